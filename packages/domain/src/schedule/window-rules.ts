import { MAX_RANGE_DAYS } from "./schedule-values";

// The rules of a time window ({ from, to }) that every window input states:
// the calendar's, an admin's look at one account, the todos in a range, the
// admin's filter. For zod's refine: `.refine(windowEndsAfterStart, WINDOW_ORDER_ISSUE)`.

type Window = { from?: Date; to?: Date };

/** The window ends after it starts; a side left out (an optional filter) bounds nothing. */
export function windowEndsAfterStart(range: Window): boolean {
  return !range.from || !range.to || range.to.getTime() > range.from.getTime();
}

export const WINDOW_ORDER_ISSUE = { path: ["to"], message: "The window must end after it starts." };

/** The window is at most MAX_RANGE_DAYS long; a side left out bounds nothing. */
export function windowWithinMaxDays(range: Window): boolean {
  return !range.from || !range.to || range.to.getTime() - range.from.getTime() <= MAX_RANGE_DAYS * 86_400_000;
}

export const WINDOW_LENGTH_ISSUE = { path: ["to"], message: `Ask for at most ${MAX_RANGE_DAYS} days at a time.` };
