import { DateTime } from "luxon";
import type { Locale } from "@planner/domain";

// Dates and times on a given zone's clock (the account's, not the browser's).
// A calendar date is a plain "YYYY-MM-DD" string, as in the URL.

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The Intl locale for each language of the app. A fixed tag per language (not
 * the browser's) keeps what the server renders equal to what the browser hydrates.
 */
export const DATE_LOCALES: Record<Locale, string> = { en: "en-US", ko: "ko-KR" };

/** "2026-11-23" for a real date; anything else is not one. */
export function isIsoDate(value: string | null | undefined): value is string {
  return !!value && ISO_DATE.test(value) && DateTime.fromISO(value, { zone: "UTC" }).isValid;
}

/** The calendar date an instant falls on in the zone. */
export function localDateOf(instant: Date, timeZone: string): string {
  return DateTime.fromJSDate(instant, { zone: timeZone }).toISODate() ?? "";
}

export function todayIn(timeZone: string, now: Date = new Date()): string {
  return localDateOf(now, timeZone);
}

/** The instant of a wall-clock time ("09:00") on a date in the zone. */
export function atLocalTime(date: string, time: string, timeZone: string): Date {
  return DateTime.fromISO(`${date}T${time}`, { zone: timeZone }).toJSDate();
}

/** Midday of a date in the zone: safely inside that day whatever its length. */
export function middayOf(date: string, timeZone: string): Date {
  return atLocalTime(date, "12:00", timeZone);
}

/** Calendar arithmetic on dates: months keep the day where they can (31 Jan + 1 month = 28 Feb). */
export function shiftDate(date: string, unit: "months" | "weeks" | "days", amount: number): string {
  return DateTime.fromISO(date, { zone: "UTC" }).plus({ [unit]: amount }).toISODate() ?? date;
}

/** The value of an <input type="datetime-local"> for an instant, on the zone's clock. */
export function toLocalInputValue(instant: Date, timeZone: string): string {
  return DateTime.fromJSDate(instant, { zone: timeZone }).toFormat("yyyy-MM-dd'T'HH:mm");
}

/** The instant a datetime-local value means in the zone; an invalid Date when it means none. */
export function fromLocalInputValue(value: string, timeZone: string): Date {
  if (!value) return new Date(Number.NaN);
  const time = DateTime.fromISO(value, { zone: timeZone });
  return time.isValid ? time.toJSDate() : new Date(Number.NaN);
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

function formatTime(instant: Date, timeZone: string, locale: Locale): string {
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
