import { tzOffset } from "@date-fns/tz";
import { LATEST_INSTANT } from "../shared/instant-range";
import { recurrenceOf, type Recurrence } from "./recurrence";
import { RRule, type RRuleInstance, type RRuleOptions } from "./rrule-library";

const RRULE_WEEKDAYS = { MO: RRule.MO, TU: RRule.TU, WE: RRule.WE, TH: RRule.TH, FR: RRule.FR, SA: RRule.SA, SU: RRule.SU } as const;

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

function zoneOf(schedule: { allDay: boolean; timeZone: string }): string {
  return schedule.allDay ? "UTC" : schedule.timeZone;
}

// Every occurrence passes through these two, so they read the zone's offset
// directly (tzOffset keeps one Intl formatter per zone) instead of building a
// TZDate each time (a third of a month view's cost with 10% repeating schedules).
const MINUTE_MS = 60_000;

/** The wall clock of `instant` in `timeZone`, written as a UTC date. */
export function toFloating(instant: Date, timeZone: string): Date {
  if (timeZone === "UTC") return new Date(instant.getTime());
  return new Date(instant.getTime() + tzOffset(timeZone, instant) * MINUTE_MS);
}

/**
 * The instant a wall-clock time (written as UTC) has in `timeZone`. A time the
 * clocks skip (02:30 when they go forward) moves forward by the change (03:30);
 * a time they pass twice (01:30 when they go back) is the first of the two.
 */
export function fromFloating(floating: Date, timeZone: string): Date {
  if (timeZone === "UTC") return new Date(floating.getTime());
  const wall = floating.getTime();
  const first = tzOffset(timeZone, floating);
  const guess = wall - first * MINUTE_MS;
  const atGuess = tzOffset(timeZone, new Date(guess));
  if (atGuess === first) return new Date(guess);
  const second = wall - atGuess * MINUTE_MS;
  if (tzOffset(timeZone, new Date(second)) === atGuess) return new Date(second);
  // In the gap: neither offset gives back this wall clock; the later instant is the one after the change.
  return new Date(Math.max(guess, second));
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
 * rrule walks every occurrence from DTSTART to reach a window (a daily rule
 * begun in January takes 3 ms to reach June; the calendar's month asks this
 * of every repeating schedule it shows). A rule without COUNT repeats the same
 * way from any start a whole number of its periods on, so the walk may begin
 * there: a period before the window (so that occurrences a first period skips
 * before its start are outside it), with what the start implied (the weekday,
 * the day of the month, the month) written out. COUNT rules walk from the start:
 * their count runs from there.
 */
function fastForward(rule: Recurrence, options: Partial<RRuleOptions>, dtstart: Date, floatingFrom: Date): Partial<RRuleOptions> {
  if ((rule.end && "count" in rule.end) || floatingFrom <= dtstart) return options;
  const time = [dtstart.getUTCHours(), dtstart.getUTCMinutes(), dtstart.getUTCSeconds()] as const;
  if (rule.freq === "DAILY" || rule.freq === "WEEKLY") {
    const period = rule.interval * (rule.freq === "DAILY" ? 1 : 7) * DAY_MS;
    const periods = Math.floor((floatingFrom.getTime() - dtstart.getTime()) / period) - 1;
    if (periods <= 0) return options;
    const byweekday = rule.freq === "WEEKLY" && rule.weekdays.length === 0 ? [RRULE_WEEKDAYS[WEEKDAY_CODES[dtstart.getUTCDay()]!]] : options.byweekday;
    return { ...options, dtstart: new Date(dtstart.getTime() + periods * period), ...(byweekday ? { byweekday } : {}) };
  }
  const monthsApart = (floatingFrom.getUTCFullYear() - dtstart.getUTCFullYear()) * 12 + floatingFrom.getUTCMonth() - dtstart.getUTCMonth();
  const periodMonths = rule.interval * (rule.freq === "MONTHLY" ? 1 : 12);
  const periods = Math.floor(monthsApart / periodMonths) - 1;
  if (periods <= 0) return options;
  // The first of a month (a date every month has) a whole number of periods on.
  const moved = new Date(Date.UTC(dtstart.getUTCFullYear(), dtstart.getUTCMonth() + periods * periodMonths, 1, ...time));
  const implied: Partial<RRuleOptions> = {};
  if (!options.byweekday && !options.bymonthday) implied.bymonthday = [dtstart.getUTCDate()];
  if (rule.freq === "YEARLY") implied.bymonth = [dtstart.getUTCMonth() + 1];
  return { ...options, ...implied, dtstart: moved };
}

const WEEKDAY_CODES = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"] as const;

/** The rule's iterator; given `floatingFrom`, one that may start nearer to it (see fastForward). */
function rruleFor(schedule: RepeatingSchedule, floatingFrom?: Date): RRuleInstance {
  const timeZone = zoneOf(schedule);
  const rule = recurrenceOf(schedule.recurrence);
  const dtstart = toFloating(schedule.startAt, timeZone);
  const options = ruleOptions(rule, dtstart, timeZone);
  return new RRule(floatingFrom ? fastForward(rule, options, dtstart, floatingFrom) : options);
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
  const rule = rruleFor(schedule, new Date(floating.getTime() - 1));
  const match = rule.between(new Date(floating.getTime() - 1), new Date(floating.getTime() + 1), true);
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
  const rrule = rruleFor({ ...schedule, exceptions: [] });
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
