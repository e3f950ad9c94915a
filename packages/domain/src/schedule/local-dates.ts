import { isInstantInRange } from "../shared/instant-range";

/**
 * All-day schedules live on local dates, not instants: a birthday is on 24
 * December wherever the owner is. They are stored as UTC midnights (start:
 * the first day; end: the day after the last, exclusive, as RFC 5545's
 * DTEND;VALUE=DATE), so they sort and index with timed ones, and are read back
 * as dates. The API speaks dates: `startDate` and `endDate`, the last day, inclusive.
 */
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

export function isLocalDate(value: string): boolean {
  if (!DATE_PATTERN.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value) && isInstantInRange(parsed);
}

/** The stored start of a date: its UTC midnight. */
export function dateStart(date: string): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

/** The stored (exclusive) end of a run of days whose last day is `lastDate`. */
export function dateEndExclusive(lastDate: string): Date {
  return new Date(dateStart(lastDate).getTime() + DAY_MS);
}

/** The date of a stored all-day start. */
export function dateOf(start: Date): string {
  return start.toISOString().slice(0, 10);
}

/** The last day (inclusive) of a stored all-day end. */
export function lastDateOf(endExclusive: Date): string {
  return dateOf(new Date(endExclusive.getTime() - DAY_MS));
}

/** Whether an instant is a stored all-day boundary (a UTC midnight). */
export function isDateBoundary(instant: Date): boolean {
  return instant.getTime() % DAY_MS === 0;
}
