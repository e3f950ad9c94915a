import { TZDate } from "@date-fns/tz";
import { LATEST_INSTANT } from "../shared/instant";
import { recurrenceOf, type Recurrence } from "./recurrence";
import { RRule, type RRuleInstance, type RRuleOptions } from "./rrule-library";

/**
 * A repeating schedule as stored: its first occurrence's times, the rule, the
 * zone whose wall clock the occurrences keep, and the starts it no longer has
 * (deleted occurrences, and those changed into schedules of their own).
 */
export type RepeatingSchedule = {
  startAt: Date;
  endAt: Date;
  allDay: boolean;
  /** The zone of the wall clock; all-day schedules live on dates and ignore it. */
  timeZone: string;
  recurrence: string;
  exceptions: readonly Date[];
};

export type Occurrence = { startAt: Date; endAt: Date };

/** A repeating schedule that never ends is stored as ending at the last instant the app handles. */
export const REPEATS_FOREVER = LATEST_INSTANT;

// The portable recipe from STACK.md: rrule works on "floating" times (the wall
// clock written as if it were UTC), and each result becomes an instant in the
// zone, so 09:30 in New York stays 09:30 across March and November whatever
// zone the server runs in. All-day schedules are dates: UTC midnights, expanded as they are.

const RRULE_WEEKDAYS = { MO: RRule.MO, TU: RRule.TU, WE: RRule.WE, TH: RRule.TH, FR: RRule.FR, SA: RRule.SA, SU: RRule.SU } as const;

function zoneOf(schedule: { allDay: boolean; timeZone: string }): string {
  return schedule.allDay ? "UTC" : schedule.timeZone;
}

/** The wall clock of `instant` in `timeZone`, written as a UTC date. */
export function toFloating(instant: Date, timeZone: string): Date {
  const local = new TZDate(instant.getTime(), timeZone);
  return new Date(Date.UTC(local.getFullYear(), local.getMonth(), local.getDate(), local.getHours(), local.getMinutes(), local.getSeconds()));
}

/** The instant a wall-clock time (written as UTC) has in `timeZone`; a time skipped by a clock change moves forward. */
export function fromFloating(floating: Date, timeZone: string): Date {
  const local = new TZDate(
    floating.getUTCFullYear(),
    floating.getUTCMonth(),
    floating.getUTCDate(),
    floating.getUTCHours(),
    floating.getUTCMinutes(),
    floating.getUTCSeconds(),
    timeZone,
  );
  return new Date(local.getTime());
}

function ruleOptions(rule: Recurrence, dtstart: Date, timeZone: string): Partial<RRuleOptions> {
  const options: Partial<RRuleOptions> = {
    freq: RRule[rule.freq],
    interval: rule.interval,
    dtstart,
    wkst: RRULE_WEEKDAYS[rule.weekStart],
  };
  if (rule.freq === "WEEKLY" && rule.weekdays.length > 0) options.byweekday = rule.weekdays.map((day) => RRULE_WEEKDAYS[day]);
  if (rule.nthWeekday) options.byweekday = [RRULE_WEEKDAYS[rule.nthWeekday.weekday].nth(rule.nthWeekday.nth)];
  if (rule.monthDay !== null) options.bymonthday = [rule.monthDay];
  const end = rule.end;
  if (end && "count" in end) options.count = end.count;
  // Through the whole of the last date, in the schedule's own wall clock.
  if (end && "untilDate" in end) options.until = new Date(`${end.untilDate}T23:59:59.999Z`);
  if (end && "until" in end) options.until = toFloating(end.until, timeZone);
  return options;
}

const DAY_MS = 86_400_000;

/**
 * rrule walks every occurrence from the first one, so a daily rule begun in
 * 1900 would cost 40,000 steps on every calendar request. A daily or weekly
 * rule without COUNT repeats exactly every `interval` days or weeks of wall
 * clock, so it may start whole periods later, just before `near`, with the
 * same occurrences from there on. (COUNT rules need their start to count, and
 * stop within 1,000; monthly and yearly ones take at most 3,600 steps to 2200.)
 */
function fastForwardStart(rule: Recurrence, floatingStart: Date, floatingNear: Date | undefined): Date {
  if (!floatingNear || (rule.end && "count" in rule.end)) return floatingStart;
  const periodDays = rule.freq === "DAILY" ? rule.interval : rule.freq === "WEEKLY" ? rule.interval * 7 : 0;
  if (periodDays === 0) return floatingStart;
  const periodMs = periodDays * DAY_MS;
  const periods = Math.floor((floatingNear.getTime() - floatingStart.getTime()) / periodMs) - 1;
  return periods > 0 ? new Date(floatingStart.getTime() + periods * periodMs) : floatingStart;
}

/** The rrule of a schedule; `near` (floating) lets it start close to where it will be asked. */
function rruleFor(schedule: RepeatingSchedule, near?: Date): RRuleInstance {
  const timeZone = zoneOf(schedule);
  const rule = recurrenceOf(schedule.recurrence);
  return new RRule(ruleOptions(rule, fastForwardStart(rule, toFloating(schedule.startAt, timeZone), near), timeZone));
}

/**
 * The occurrences overlapping [from, to), by start, without the exceptions.
 * Each keeps the first occurrence's wall-clock start and its length.
 */
export function occurrencesInRange(schedule: RepeatingSchedule, range: { from: Date; to: Date }): Occurrence[] {
  const timeZone = zoneOf(schedule);
  const length = schedule.endAt.getTime() - schedule.startAt.getTime();
  // Floating bounds, widened by a day each side (no zone is more than 14 hours
  // from UTC) and by the length, then cut exactly once turned into instants.
  const floatingFrom = new Date(toFloating(range.from, timeZone).getTime() - length - DAY_MS);
  const floatingTo = new Date(toFloating(range.to, timeZone).getTime() + DAY_MS);
  const excluded = new Set(schedule.exceptions.map((start) => start.getTime()));
  return rruleFor(schedule, floatingFrom)
    .between(floatingFrom, floatingTo, true)
    .map((floating) => {
      const startAt = fromFloating(floating, timeZone);
      return { startAt, endAt: new Date(startAt.getTime() + length) };
    })
    .filter((occurrence) => occurrence.startAt < range.to && occurrence.endAt > range.from && !excluded.has(occurrence.startAt.getTime()));
}

/** Whether `startAt` is one of the rule's occurrences (excepted or not): what a single-occurrence change must name. */
export function isOccurrenceStart(schedule: RepeatingSchedule, startAt: Date): boolean {
  const timeZone = zoneOf(schedule);
  const floating = toFloating(startAt, timeZone);
  const match = rruleFor(schedule, floating).between(new Date(floating.getTime() - 1), new Date(floating.getTime() + 1), true);
  return match.some((candidate) => fromFloating(candidate, timeZone).getTime() === startAt.getTime());
}

/**
 * The end of the last occurrence (REPEATS_FOREVER when the rule has no end),
 * or null when the rule gives no occurrence at all. Stored with the schedule:
 * the calendar finds a repeating schedule by its first start and this end.
 */
export function lastOccurrenceEnd(schedule: Omit<RepeatingSchedule, "exceptions">): Date | null {
  const rule = recurrenceOf(schedule.recurrence);
  if (!rule.end) return REPEATS_FOREVER;
  const timeZone = zoneOf(schedule);
  const untilFloating = "count" in rule.end ? undefined : "untilDate" in rule.end ? new Date(`${rule.end.untilDate}T23:59:59.999Z`) : toFloating(rule.end.until, timeZone);
  const rrule = rruleFor({ ...schedule, exceptions: [] }, untilFloating);
  const last = "count" in rule.end ? rrule.all().at(-1) : rrule.before(new Date(8.64e15), true);
  if (!last) return null;
  const length = schedule.endAt.getTime() - schedule.startAt.getTime();
  return new Date(fromFloating(last, timeZone).getTime() + length);
}

/** How many occurrences start before `startAt` (for cutting a COUNT rule in two). */
export function occurrencesBefore(schedule: Omit<RepeatingSchedule, "exceptions">, startAt: Date): number {
  const timeZone = zoneOf(schedule);
  const floating = toFloating(startAt, timeZone);
  return rruleFor({ ...schedule, exceptions: [] }).between(new Date(-8.64e15), floating, false).length;
}

/** Up to `limit` occurrence starts at or after `from`, by start, without the exceptions (reminders walk these). */
export function occurrenceStartsFrom(schedule: RepeatingSchedule, from: Date, limit: number): Date[] {
  const timeZone = zoneOf(schedule);
  const excluded = new Set(schedule.exceptions.map((start) => start.getTime()));
  const floatingFrom = new Date(toFloating(from, timeZone).getTime() - DAY_MS);
  const starts: Date[] = [];
  // One pass of rrule's iterator, stopped as soon as enough are found.
  rruleFor(schedule, floatingFrom).between(floatingFrom, new Date(8.64e15), true, (floating) => {
    const startAt = fromFloating(floating, timeZone);
    if (startAt >= from && !excluded.has(startAt.getTime())) starts.push(startAt);
    return starts.length < limit;
  });
  return starts;
}
