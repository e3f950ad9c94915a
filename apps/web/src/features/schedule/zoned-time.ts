import { TZDate, tzOffset } from "@date-fns/tz";
import { addDays, addMonths, addWeeks } from "date-fns";
import type { Locale } from "@planner/domain";
import { DATE_LOCALES } from "~/i18n/date-locales";

// Dates and times on a given zone's clock (the account's, not the browser's).
// A calendar date is a plain "YYYY-MM-DD" string, as in the URL.
// Arithmetic is @date-fns/tz's TZDate (the domain's month and week ranges use it
// too) and display is Intl: no luxon in the pages' own code (FullCalendar's
// luxon plugin brings it in the calendar's own chunk, loaded after the page).

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** What an <input type="datetime-local"> gives: minutes, optionally seconds and milliseconds. */
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/;

export { DATE_LOCALES } from "~/i18n/date-locales";

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

/** "2026-11-23" of a TZDate, on its zone's clock. */
function dateOf(local: Date): string {
  return `${pad(local.getFullYear(), 4)}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
}

/** Year, month (1–12) and day of a "YYYY-MM-DD" that names a real day; null otherwise. */
function partsOf(value: string): [number, number, number] | null {
  if (!ISO_DATE.test(value)) return null;
  const [year, month, day] = value.split("-").map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? [year, month, day] : null;
}

/** "2026-11-23" for a real date; anything else is not one. */
export function isIsoDate(value: string | null | undefined): value is string {
  return !!value && partsOf(value) !== null;
}

/** The calendar date an instant falls on in the zone. */
export function localDateOf(instant: Date, timeZone: string): string {
  if (Number.isNaN(instant.getTime())) return "";
  return dateOf(new TZDate(instant.getTime(), timeZone));
}

export function todayIn(timeZone: string, now: Date = new Date()): string {
  return localDateOf(now, timeZone);
}

/** The instant of a wall-clock time ("09:00") on a date in the zone. */
export function atLocalTime(date: string, time: string, timeZone: string): Date {
  return fromLocalInputValue(`${date}T${time}`, timeZone);
}

/** Midday of a date in the zone: safely inside that day whatever its length. */
export function middayOf(date: string, timeZone: string): Date {
  return atLocalTime(date, "12:00", timeZone);
}

/** Calendar arithmetic on dates: months keep the day where they can (31 Jan + 1 month = 28 Feb). */
export function shiftDate(date: string, unit: "months" | "weeks" | "days", amount: number): string {
  const parts = partsOf(date);
  if (!parts) return date;
  const day = new TZDate(parts[0], parts[1] - 1, parts[2], "UTC");
  const add = unit === "months" ? addMonths : unit === "weeks" ? addWeeks : addDays;
  return dateOf(add(day, amount));
}

/** The value of an <input type="datetime-local"> for an instant, on the zone's clock. */
export function toLocalInputValue(instant: Date, timeZone: string): string {
  const local = new TZDate(instant.getTime(), timeZone);
  return `${dateOf(local)}T${pad(local.getHours())}:${pad(local.getMinutes())}`;
}

/** The instant a datetime-local value means in the zone; an invalid Date when it means none. */
export function fromLocalInputValue(value: string, timeZone: string): Date {
  const match = LOCAL_DATE_TIME.exec(value);
  if (!match || !partsOf(value.slice(0, 10))) return new Date(Number.NaN);
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  if (hour > 23 || minute > 59 || second > 59) return new Date(Number.NaN);
  const wallClock = new Date(0);
  wallClock.setUTCFullYear(year, month - 1, day);
  wallClock.setUTCHours(hour, minute, second, match[7] ? Number(match[7].padEnd(3, "0")) : 0);
  return new Date(instantOfWallClock(wallClock.getTime(), timeZone));
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The instant at which the zone's clocks show `wallClock` (its digits as if in
 * UTC). The offsets a day before and after bracket any change of the clocks:
 * a time shown twice (clocks going back) is the earlier instant; a time never
 * shown (clocks going forward) is read with the offset from before the change,
 * so 02:30 in a gap from 02:00 to 03:00 is 03:30, as luxon (used here before) read it.
 */
function instantOfWallClock(wallClock: number, timeZone: string): number {
  const before = tzOffset(timeZone, new Date(wallClock - DAY_MS));
  const after = tzOffset(timeZone, new Date(wallClock + DAY_MS));
  const shown = [before, after]
    .map((offset) => wallClock - offset * 60_000)
    .filter((instant) => tzOffset(timeZone, new Date(instant)) * 60_000 === wallClock - instant);
  return shown.length > 0 ? Math.min(...shown) : wallClock - before * 60_000;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

export function formatter(locale: Locale, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(DATE_LOCALES[locale], { ...options, timeZone });
    formatters.set(key, format);
  }
  return format;
}

/** "Mon, Nov 23" / "11월 23일 (월)" (with the year when it is not this year's). */
export function formatDay(instant: Date, timeZone: string, locale: Locale, now: Date = new Date()): string {
  const sameYear = localDateOf(instant, timeZone).slice(0, 4) === localDateOf(now, timeZone).slice(0, 4);
  return formatter(locale, timeZone, { weekday: "short", month: "short", day: "numeric", ...(sameYear ? {} : { year: "numeric" }) }).format(instant);
}

/** "10:00" / "오전 10:00" on the zone's clock. */
export function formatTime(instant: Date, timeZone: string, locale: Locale): string {
  return formatter(locale, timeZone, { hour: "numeric", minute: "2-digit" }).format(instant);
}

/** "10:00 – 11:30", or with the end's day when it ends on another day. */
export function formatTimeRange(startAt: Date, endAt: Date, timeZone: string, locale: Locale): string {
  const sameDay = localDateOf(startAt, timeZone) === localDateOf(new Date(endAt.getTime() - 1), timeZone);
  const end = sameDay ? formatTime(endAt, timeZone, locale) : `${formatDay(endAt, timeZone, locale)}${locale === "ko" ? " " : ", "}${formatTime(endAt, timeZone, locale)}`;
  return `${formatTime(startAt, timeZone, locale)} – ${end}`;
}

/** "Monday, November 23, 2026" for a calendar date. */
export function formatLongDate(date: string, locale: Locale): string {
  return formatter(locale, "UTC", { weekday: "long", month: "long", day: "numeric", year: "numeric" }).format(middayOf(date, "UTC"));
}
