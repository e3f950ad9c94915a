import { dateOf } from "./local-dates";
import { fromFloating, occurrencesBefore, occurrenceStartsFrom, toFloating, type RepeatingSchedule } from "./occurrences";
import { WEEKDAYS, formatRecurrence, recurrenceOf, type Recurrence, type WeekdayCode } from "./recurrence";

/**
 * The arithmetic of changing a repeating schedule: where its occurrences,
 * exceptions and overrides go when it moves, and the two rules a split
 * ("this and the following") leaves. Pure; the API's service plans the
 * rows from these.
 */

/** How a series' occurrences are expanded: all-day ones on dates (UTC), timed ones on the owner's wall clock. */
export type SeriesClock = { allDay: boolean; timeZone: string };

function zoneOf(clock: SeriesClock): string {
  return clock.allDay ? "UTC" : clock.timeZone;
}

const DAY_MS = 86_400_000;

/**
 * A move of one occurrence, as a wall-clock shift: from its start (on the old
 * clock) to its new start (on the new clock). Applying it to every start of the
 * series moves them all the same way on the wall clock, across daylight-saving
 * changes, and between timed and all-day (09:00 on a day becomes that day).
 */
export type SeriesShift = { from: SeriesClock; to: SeriesClock; floatingMs: number };

export function shiftBetween(before: { startAt: Date } & SeriesClock, after: { startAt: Date } & SeriesClock): SeriesShift {
  const floatingMs = toFloating(after.startAt, zoneOf(after)).getTime() - toFloating(before.startAt, zoneOf(before)).getTime();
  return { from: before, to: after, floatingMs };
}

export function shiftInstant(instant: Date, shift: SeriesShift): Date {
  const floating = toFloating(instant, zoneOf(shift.from)).getTime() + shift.floatingMs;
  const shifted = new Date(floating);
  // An all-day start is a date: whatever the time of day the shift carries, it lands on that date's midnight.
  return shift.to.allDay ? new Date(`${dateOf(shifted)}T00:00:00.000Z`) : fromFloating(shifted, zoneOf(shift.to));
}

/** Whole days the shift moves a start on the wall clock (negative: earlier); what weekday and date rules follow. */
export function shiftDays(shift: SeriesShift, startAt: Date): number {
  const before = toFloating(startAt, zoneOf(shift.from));
  const after = new Date(before.getTime() + shift.floatingMs);
  return Math.round((Date.parse(dateOf(after)) - Date.parse(dateOf(before))) / DAY_MS);
}

function shiftWeekday(day: WeekdayCode, days: number): WeekdayCode {
  return WEEKDAYS[(((WEEKDAYS.indexOf(day) + days) % 7) + 7) % 7]!;
}

/**
 * The rule of a series moved `days` days: weekly weekdays and the monthly
 * weekday move with it (Monday and Wednesday moved a day are Tuesday and
 * Thursday), a monthly date too while it stays within 1–31 (the last day
 * stays the last day), and an UNTIL moves as far, so no occurrence is lost
 * off the end. COUNT is kept.
 */
export function shiftRecurrence(text: string, days: number, shift: SeriesShift): string {
  const rule = recurrenceOf(text);
  const moved: Recurrence = { ...rule };
  if (days !== 0) {
    moved.weekdays = WEEKDAYS.filter((day) => rule.weekdays.some((chosen) => shiftWeekday(chosen, days) === day));
    if (rule.nthWeekday) moved.nthWeekday = { ...rule.nthWeekday, weekday: shiftWeekday(rule.nthWeekday.weekday, days) };
    if (rule.monthDay !== null && rule.monthDay > 0) moved.monthDay = Math.min(31, Math.max(1, rule.monthDay + days));
  }
  const end = rule.end;
  if (end && "untilDate" in end) moved.end = { untilDate: dateOf(new Date(Date.parse(`${end.untilDate}T00:00:00Z`) + days * DAY_MS)) };
  if (end && "until" in end) moved.end = { until: new Date(end.until.getTime() + shift.floatingMs) };
  return formatRecurrence(moved);
}

type Series = Omit<RepeatingSchedule, "exceptions">;

/**
 * The rule of a series cut just before `occurrenceStartAt` (the first part of
 * a split): COUNT becomes the occurrences before it; otherwise it ends the day
 * before (all-day) or the second before (timed).
 */
export function recurrenceEndingBefore(series: Series, occurrenceStartAt: Date): string {
  const rule = recurrenceOf(series.recurrence);
  const end: Recurrence["end"] =
    rule.end && "count" in rule.end
      ? { count: occurrencesBefore(series, occurrenceStartAt) }
      : series.allDay
        ? { untilDate: dateOf(new Date(occurrenceStartAt.getTime() - DAY_MS)) }
        : { until: new Date(occurrenceStartAt.getTime() - 1000) };
  return formatRecurrence({ ...rule, end });
}

/** The rule of the second part of a split, from `occurrenceStartAt` on: COUNT less the occurrences before it. */
export function recurrenceFrom(series: Series, occurrenceStartAt: Date): string {
  const rule = recurrenceOf(series.recurrence);
  if (!(rule.end && "count" in rule.end)) return series.recurrence;
  return formatRecurrence({ ...rule, end: { count: Math.max(1, rule.end.count - occurrencesBefore(series, occurrenceStartAt)) } });
}

/**
 * The first occurrence of a rule from `startAt` (inclusive), or null when it
 * has none. A rule need not include its start (weekly on Monday, starting on a
 * Sunday): the series is stored from its first real occurrence, as calendars show it.
 */
export function firstOccurrenceStart(series: Series): Date | null {
  return occurrenceStartsFrom({ ...series, exceptions: [] }, series.startAt, 1)[0] ?? null;
}
