import { z } from "zod";
import { plainText } from "../shared/text";

/** The longest search: a phrase, not a document. */
export const SEARCH_QUERY_MAX = 100;
/**
 * At most this many schedules on each side of today, and this many todos: a
 * search is a way to find something, not an export, and a bound keeps every
 * answer one short index walk.
 */
export const SEARCH_RESULT_LIMIT = 50;

/** What to look for in the caller's schedules (title, memo) and todos: part of the text, any case. */
export const searchInput = z.strictObject({
  query: plainText(
    z
      .string({ error: "Type something to search for." })
      .trim()
      .min(1, "Type something to search for.")
      .max(SEARCH_QUERY_MAX, `Keep the search to ${SEARCH_QUERY_MAX} characters.`),
    "The search",
  ),
});
export type SearchInput = z.input<typeof searchInput>;
export type SearchValues = z.output<typeof searchInput>;
