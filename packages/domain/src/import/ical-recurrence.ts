import { occurrenceStartsFrom } from "../schedule/occurrences";
import { parseRecurrence, formatRecurrence, RECURRENCE_FREQUENCIES } from "../schedule/recurrence";
import { LATEST_INSTANT } from "../shared/instant-range";
import { instantOn, instantOf, wallOn, type Clock, type IcalMoment, type ZoneBook } from "./ical-clock";
import { ICAL, type IcalRecur } from "./ical-library";

/**
 * A file's repeat rules against the app's: which RRULE says exactly what one
 * of the app's rules says (recurrence.ts keeps the part of RFC 5545 its dialog
 * offers), and the occurrences of any rule (ical.js expands them), for the
 * rules that do not.
 */

const WEEKDAY_OF_ICAL = ["", "SU", "MO", "TU", "WE", "TH", "FR", "SA"] as const;
const SAYABLE_PARTS = new Set(["BYDAY", "BYMONTHDAY", "BYMONTH"]);

/**
 * The app's rule for a file's RRULE, written the app's way, or null when the
 * app has no such rule. Some rules say the same as an app rule in other words
 * and are rewritten: DAILY on some weekdays is WEEKLY on them; YEARLY on the
 * start's own month and day drops them; a week start that changes nothing is
 * dropped; an UNTIL on the event's wall clock becomes the instant it is.
 * Whether the result really repeats like the file's is checked afterwards
 * (sameStarts), on the occurrences.
 */
export function appRuleOf(recur: IcalRecur, start: IcalMoment, clock: Clock): string | null {
  if (!(RECURRENCE_FREQUENCIES as readonly string[]).includes(recur.freq)) return null;
  const parts = Object.fromEntries(Object.entries(recur.parts).filter(([, values]) => values && values.length > 0)) as IcalRecur["parts"];
  if (Object.keys(parts).some((part) => !SAYABLE_PARTS.has(part))) return null;
  let freq = recur.freq;
  const interval = recur.interval || 1;
  const month = start.wall.getUTCMonth() + 1;
  const day = start.wall.getUTCDate();

  if (freq === "DAILY" && parts.BYDAY && interval === 1 && !parts.BYMONTH && !parts.BYMONTHDAY) freq = "WEEKLY";
  if (freq === "YEARLY" && parts.BYMONTH?.length === 1 && parts.BYMONTH[0] === month && !parts.BYDAY) {
    delete parts.BYMONTH;
    if (parts.BYMONTHDAY?.length === 1 && parts.BYMONTHDAY[0] === day) delete parts.BYMONTHDAY;
  }
  if (parts.BYMONTH) return null;

  const pieces = [`FREQ=${freq}`];
  if (interval !== 1) pieces.push(`INTERVAL=${interval}`);
  if (parts.BYDAY) pieces.push(`BYDAY=${parts.BYDAY.join(",")}`);
  if (parts.BYMONTHDAY) pieces.push(`BYMONTHDAY=${parts.BYMONTHDAY.join(",")}`);
  const weekStart = WEEKDAY_OF_ICAL[recur.wkst] ?? "MO";
  // The week start matters only to rules that skip weeks and pick several days in one.
  if (weekStart === "SU" || weekStart === "MO") pieces.push(`WKST=${weekStart}`);
  else if (freq === "WEEKLY" && interval > 1 && (parts.BYDAY?.length ?? 0) > 1) return null;
  if (recur.count) pieces.push(`COUNT=${recur.count}`);
  if (recur.until) pieces.push(`UNTIL=${untilText(recur.until, clock)}`);

  const parsed = parseRecurrence(`RRULE:${pieces.join(";")}`);
  return parsed.ok ? formatRecurrence(parsed.rule) : null;
}

/** RFC 5545's UNTIL: a date, or a UTC time (one on the event's own wall clock, as some tools write, becomes one). */
function untilText(until: NonNullable<IcalRecur["until"]>, clock: Clock): string {
  if (until.isDate) return `${until.year}${pad(until.month)}${pad(until.day)}`;
  const wall = new Date(Date.UTC(until.year, until.month - 1, until.day, until.hour, until.minute, until.second));
  const instant = until.zone?.tzid === "UTC" ? wall : instantOn(wall, clock);
  return instant.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

/** The most days each month can have (February's 29 in a leap year). */
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Whether a rule's month days (BYMONTHDAY) can fall in its months (BYMONTH, or
 * any). ical.js looks for the next occurrence of one that cannot without end,
 * inside a single step: one event with DAILY;BYMONTH=4;BYMONTHDAY=31 held the
 * server's thread for good, and YEARLY;BYMONTH=2;BYMONTHDAY=30;BYDAY=MO half a
 * second. Such a rule names no date; the event is skipped as a repeat the app cannot take.
 */
export function monthDaysCanOccur(rule: IcalRecur): boolean {
  const monthDays = rule.parts.BYMONTHDAY ?? [];
  if (monthDays.length === 0) return true;
  const months = rule.parts.BYMONTH?.length ? rule.parts.BYMONTH : [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
  return months.some((month) => monthDays.some((day) => day !== 0 && Math.abs(day) <= (MONTH_DAYS[month - 1] ?? 0)));
}

/**
 * Whether a date ical.js gave is on one of the rule's month days: it rolls a day
 * a month lacks over into the next month (BYMONTHDAY=29 in February 2027 gave
 * 1 March), where RFC 5545 skips it.
 */
function onRuleMonthDay(rule: IcalRecur, year: number, month: number, day: number): boolean {
  const monthDays = rule.parts.BYMONTHDAY ?? [];
  if (monthDays.length === 0) return true;
  const length = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return monthDays.some((wanted) => (wanted > 0 ? wanted : length + 1 + wanted) === day);
}

/** At most this many occurrences are compared, or expanded from one rule. */
const MAX_ITERATIONS = 100_000;

/** Which starts to collect: at most `limit`, and (optionally) only those in [from, to). */
export type StartWindow = { limit: number; from?: Date; to?: Date };

/**
 * The starts of a file's repeating event, by ical.js: every RRULE from the
 * start, plus its RDATEs, each on the event's wall clock (an UNTIL in UTC is
 * turned into that wall clock first, so the rule ends where the file means),
 * without EXDATEs (the caller takes those out). Throws on a rule ical.js refuses.
 */
export function icalStarts(rules: readonly IcalRecur[], extraDates: readonly IcalMoment[], start: IcalMoment, clock: Clock, book: ZoneBook, window: StartWindow): Date[] {
  const to = window.to ?? LATEST_INSTANT;
  const from = window.from ?? new Date(-8.64e15);
  const found = new Map<number, Date>();
  const first = ICAL.Time.fromData(wallFields(start.wall, start.date));
  for (const rule of rules) {
    const iterator = wallClockRule(rule, clock).iterator(first);
    let taken = 0;
    for (let step = 0; step < MAX_ITERATIONS && taken < window.limit; step += 1) {
      const next = iterator.next();
      if (!next) break;
      // The start itself is the first occurrence whatever the rule says (RFC 5545).
      if (next.compare(first) !== 0 && !onRuleMonthDay(rule, next.year, next.month, next.day)) continue;
      const wall = new Date(Date.UTC(next.year, next.month - 1, next.day, next.hour, next.minute, next.second));
      const instant = start.date ? wall : instantOn(wall, clock);
      if (instant >= to) break;
      if (instant < from) continue;
      found.set(instant.getTime(), instant);
      taken += 1;
    }
  }
  for (const extra of extraDates) {
    const instant = start.date ? extra.wall : instantOf(extra, book);
    if (instant >= from && instant < to) found.set(instant.getTime(), instant);
  }
  return [...found.values()].sort((a, b) => a.getTime() - b.getTime()).slice(0, window.limit);
}

function wallFields(wall: Date, isDate: boolean) {
  return { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate(), hour: wall.getUTCHours(), minute: wall.getUTCMinutes(), second: wall.getUTCSeconds(), isDate };
}

/** The rule with a UTC UNTIL moved onto the event's wall clock: ical.js compares it with floating occurrences as they are. */
function wallClockRule(rule: IcalRecur, clock: Clock): IcalRecur {
  const until = rule.until;
  if (!until || until.isDate || until.zone?.tzid !== "UTC") return rule;
  const wall = wallOn(new Date(until.toUnixTime() * 1000), clock);
  return new ICAL.Recur({ ...rule.toJSON(), until: ICAL.Time.fromData(wallFields(wall, false)) } as ConstructorParameters<typeof ICAL.Recur>[0]);
}

/** Occurrences compared to call a rule the same as the app's: enough to see any rule's pattern, cheap for thousands of events. */
export const SAME_STARTS_CHECKED = 24;

/**
 * Whether the app, keeping `recurrence` on `timeZone`'s wall clock from
 * `startAt`, repeats the event exactly as ical.js reads the file: the same
 * first starts. (A DTSTART that is not one of its rule's own dates is an
 * occurrence to RFC 5545 and ical.js, not to the app: such a rule is not kept.)
 */
export function sameStarts(expected: readonly Date[], series: { startAt: Date; endAt: Date; allDay: boolean; timeZone: string; recurrence: string }): boolean {
  const planner = occurrenceStartsFrom({ ...series, exceptions: [] }, series.startAt, expected.length + 1);
  const compared = expected.length < SAME_STARTS_CHECKED ? planner : planner.slice(0, expected.length);
  return compared.length === expected.length && compared.every((start, index) => start.getTime() === expected[index]!.getTime());
}
