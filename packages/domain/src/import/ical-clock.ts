import { fromFloating, toFloating } from "../schedule/occurrences";
import { isValidTimeZone } from "../user/rules";
import { ICAL, type IcalTime, type IcalTimezone } from "./ical-library";

/**
 * A date or time as the file wrote it: its wall clock (written as if it were
 * UTC, as occurrences.ts does), whether it is a date (VALUE=DATE), and whose
 * wall clock it is: a TZID, UTC (a time ending in Z), or nobody's (floating).
 */
export type IcalMoment = { wall: Date; date: boolean; utc: boolean; tzid: string | null };

/** The moment of one value of ical.js; `tzid` is its property's TZID parameter. */
export function momentOf(time: IcalTime, tzid: string | null): IcalMoment {
  const wall = new Date(Date.UTC(time.year, time.month - 1, time.day, time.isDate ? 0 : time.hour, time.isDate ? 0 : time.minute, time.isDate ? 0 : time.second));
  const utc = !time.isDate && time.zone?.tzid === "UTC";
  return { wall, date: time.isDate, utc, tzid: utc || time.isDate ? null : tzid };
}

/**
 * Whose wall clock a time is on, as the import can compute with it: an IANA
 * zone the runtime knows (most files name those: Google, Apple, Thunderbird),
 * or a zone the file itself defines in a VTIMEZONE under another name
 * (Outlook's "W. Europe Standard Time").
 */
export type Clock = { kind: "iana"; zone: string } | { kind: "defined"; timezone: IcalTimezone };

/**
 * What resolving a file's times needs: the owner's zone (for floating times),
 * the file's own VTIMEZONEs, and the clock each TZID was found to name (asking
 * the runtime whether a zone exists costs a formatter each time, and a file
 * names the same few zones thousands of times).
 */
export type ZoneBook = { ownerTimeZone: string; defined: ReadonlyMap<string, IcalTimezone>; clocks: Map<string, Clock> };

/** The book of one import: the owner's zone and the texts of the file's VTIMEZONEs. */
export function zoneBook(ownerTimeZone: string, timeZoneTexts: readonly string[]): ZoneBook {
  return { ownerTimeZone, defined: readTimeZones(timeZoneTexts), clocks: new Map() };
}

// ical.js works a defined zone's changes out by expanding its observances'
// rules from their first date: a zone's real rules change once or twice a year
// (YEARLY), a few rule sets over its history. A file that defined its zone by
// a DAILY or MINUTELY observance from 1600, or by thousands of them, made that
// expansion take seconds and then all the server's memory. Such a definition is
// left out (its times are then the owner's), and so is any past the first few.
const MAX_DEFINED_ZONES = 50;
const MAX_OBSERVANCES = 500;
const MAX_RULED_OBSERVANCES = 20;

/** The file's VTIMEZONE definitions by TZID; one that cannot be read, or is not a zone's (see above), is left out. */
function readTimeZones(texts: readonly string[]): Map<string, IcalTimezone> {
  const zones = new Map<string, IcalTimezone>();
  for (const text of texts.slice(0, MAX_DEFINED_ZONES)) {
    try {
      const component = new ICAL.Component(ICAL.parse(text) as unknown[]);
      if (!isPlainZone(component)) continue;
      const timezone = new ICAL.Timezone(component);
      if (timezone.tzid) zones.set(timezone.tzid, timezone);
    } catch {
      // An unreadable definition: times naming it fall back to the owner's zone.
    }
  }
  return zones;
}

/** Whether a VTIMEZONE changes as zones do: a bounded number of observances, whose rules are yearly. */
function isPlainZone(component: InstanceType<typeof ICAL.Component>): boolean {
  const observances = [...component.getAllSubcomponents("standard"), ...component.getAllSubcomponents("daylight")];
  if (observances.length > MAX_OBSERVANCES) return false;
  const rules = observances.flatMap((observance) => observance.getAllProperties("rrule").map((property) => property.getFirstValue() as { freq?: string } | null));
  return rules.length <= MAX_RULED_OBSERVANCES && rules.every((rule) => rule?.freq === "YEARLY");
}

/**
 * The IANA zone a TZID names: itself, or the end of a path some tools write
 * ("/mozilla.org/20050126_1/Europe/Berlin"), or null.
 */
export function ianaZoneOf(tzid: string): string | null {
  if (isValidTimeZone(tzid)) return tzid;
  const segments = tzid.split("/").filter(Boolean);
  for (let take = Math.min(3, segments.length - 1); take >= 1; take -= 1) {
    const candidate = segments.slice(-take).join("/");
    if (candidate.includes("/") && isValidTimeZone(candidate)) return candidate;
  }
  return null;
}

/** The clock of a moment: UTC, its TZID's zone, the file's definition of it, or (floating, unknown) the owner's. */
export function clockOf(moment: IcalMoment, book: ZoneBook): Clock {
  if (moment.date || moment.utc) return { kind: "iana", zone: "UTC" };
  if (!moment.tzid) return { kind: "iana", zone: book.ownerTimeZone };
  let clock = book.clocks.get(moment.tzid);
  if (!clock) {
    const iana = ianaZoneOf(moment.tzid);
    const defined = book.defined.get(moment.tzid);
    clock = iana ? { kind: "iana", zone: iana } : defined ? { kind: "defined", timezone: defined } : { kind: "iana", zone: book.ownerTimeZone };
    book.clocks.set(moment.tzid, clock);
  }
  return clock;
}

/** The zone a repeating schedule keeps its wall clock in: the clock's, or the owner's for a zone only the file defines. */
export function seriesZoneOf(clock: Clock, book: ZoneBook): string {
  return clock.kind === "iana" ? clock.zone : book.ownerTimeZone;
}

/** The instant a wall-clock time has on a clock. */
export function instantOn(wall: Date, clock: Clock): Date {
  if (clock.kind === "iana") return fromFloating(wall, clock.zone);
  const time = new ICAL.Time(
    { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate(), hour: wall.getUTCHours(), minute: wall.getUTCMinutes(), second: wall.getUTCSeconds(), isDate: false },
    clock.timezone,
  );
  return new Date(time.toUnixTime() * 1000);
}

/** The wall clock of an instant on a clock (the inverse of instantOn). */
export function wallOn(instant: Date, clock: Clock): Date {
  if (clock.kind === "iana") return toFloating(instant, clock.zone);
  const time = ICAL.Time.fromJSDate(instant, true).convertToZone(clock.timezone);
  return new Date(Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second));
}

/** The instant of a moment: a date's UTC midnight (all-day schedules are stored so), a time on its clock. */
export function instantOf(moment: IcalMoment, book: ZoneBook): Date {
  if (moment.date) return new Date(moment.wall.getTime());
  return instantOn(moment.wall, clockOf(moment, book));
}
