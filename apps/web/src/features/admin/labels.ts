import type { Locale } from "@planner/domain";
import { formatter } from "~/features/schedule/zoned-time";

/** "Nov 21, 2026" / "2026년 11월 21일" in the page's language, on this device's clock. */
export function formatDay(date: Date, locale: Locale): string {
  return formatter(locale, Intl.DateTimeFormat().resolvedOptions().timeZone, { year: "numeric", month: "short", day: "numeric" }).format(date);
}

/** A due date ("2026-12-07") as "Dec 7, 2026" / "2026년 12월 7일": a calendar date, the same in every zone. */
export function formatDueDate(date: string, locale: Locale): string {
  return formatter(locale, "UTC", { year: "numeric", month: "short", day: "numeric" }).format(new Date(`${date}T12:00:00Z`));
}

/** A due time on the owner's clock: "3:00 PM" / "오후 3:00". */
export function formatDueTime(instant: Date, timeZone: string, locale: Locale): string {
  return formatter(locale, timeZone, { hour: "numeric", minute: "2-digit" }).format(instant);
}
