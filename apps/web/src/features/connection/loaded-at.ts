import type { Locale } from "@planner/domain";
import { DATE_LOCALES } from "~/i18n/date-locales";

// "2:05 PM" for the offline banner, on the account's clock and in the page's
// language; with the day too ("Mar 3, 2:05 PM") when it was not today there.
// Plain Intl: the banner is on every page, so no date library for it.

const TIME = { hour: "numeric", minute: "2-digit" } as const;
const DAY = { month: "short", day: "numeric" } as const;

function dayIn(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(instant);
}

/** The time what is shown was loaded at, and its day when that was not today on the account's clock (else null). */
export function loadedAtWords(loadedAt: Date, now: Date, locale: Locale, timeZone: string): { time: string; day: string | null } {
  const time = new Intl.DateTimeFormat(DATE_LOCALES[locale], { ...TIME, timeZone }).format(loadedAt);
  const sameDay = dayIn(loadedAt, timeZone) === dayIn(now, timeZone);
  return { time, day: sameDay ? null : new Intl.DateTimeFormat(DATE_LOCALES[locale], { ...DAY, timeZone }).format(loadedAt) };
}
