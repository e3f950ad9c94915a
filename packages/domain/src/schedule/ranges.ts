import { TZDate } from "@date-fns/tz";
import { addDays, addMonths, addWeeks, startOfDay, startOfMonth, startOfWeek } from "date-fns";
import { DEFAULT_WEEK_START, type WeekStart } from "./week-start";

export { DEFAULT_WEEK_START, WEEK_START_BY_LOCALE, type WeekStart } from "./week-start";

/** A half-open window of instants: from ≤ t < to. */
export type DateRange = { from: Date; to: Date };

// date-fns does its arithmetic on a TZDate in that zone's local clock, so a
// day is 23 or 25 hours across a daylight-saving change, as it should be.

export function dayRange(instant: Date, timeZone: string): DateRange {
  const from = startOfDay(new TZDate(instant.getTime(), timeZone));
  return toRange(from, addDays(from, 1));
}

export function weekRange(instant: Date, timeZone: string, weekStartsOn: WeekStart = DEFAULT_WEEK_START): DateRange {
  const from = startOfWeek(new TZDate(instant.getTime(), timeZone), { weekStartsOn });
  return toRange(from, addWeeks(from, 1));
}

export function monthRange(instant: Date, timeZone: string): DateRange {
  const from = startOfMonth(new TZDate(instant.getTime(), timeZone));
  return toRange(from, addMonths(from, 1));
}

/** The weeks a month grid shows: from the week holding the 1st to the week holding the last day. */
export function monthGridRange(instant: Date, timeZone: string, weekStartsOn: WeekStart = DEFAULT_WEEK_START): DateRange {
  const month = monthRange(instant, timeZone);
  const from = startOfWeek(new TZDate(month.from.getTime(), timeZone), { weekStartsOn });
  const lastDay = addDays(new TZDate(month.to.getTime(), timeZone), -1);
  const to = addWeeks(startOfWeek(lastDay, { weekStartsOn }), 1);
  return toRange(from, to);
}

/** Whether [startAt, endAt) and the window share any instant. */
export function overlaps(slot: { startAt: Date; endAt: Date }, range: DateRange): boolean {
  return slot.startAt.getTime() < range.to.getTime() && slot.endAt.getTime() > range.from.getTime();
}

function toRange(from: Date, to: Date): DateRange {
  return { from: new Date(from.getTime()), to: new Date(to.getTime()) };
}
