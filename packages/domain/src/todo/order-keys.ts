import { generateKeyBetween } from "fractional-indexing";

/**
 * The manual order of todos (and of projects) is a string key per row,
 * compared byte by byte: a move writes one row, never renumbers the others.
 * Keys come from the `fractional-indexing` library (Figma's scheme), which
 * always finds a key strictly between two others.
 */

/** What a key is made of: the library's base-62 digits. */
export const ORDER_KEY_PATTERN = /^[0-9A-Za-z]+$/;

/** A key before `first` (null: the list is empty): where new todos go. */
export function orderKeyBefore(first: string | null): string {
  return generateKeyBetween(null, first);
}

/** A key after `last` (null: the list is empty): where new projects go. */
export function orderKeyAfter(last: string | null): string {
  return generateKeyBetween(last, null);
}

/** A key strictly between two neighbours (null: that end of the list). */
export function orderKeyBetween(before: string | null, after: string | null): string {
  return generateKeyBetween(before, after);
}
