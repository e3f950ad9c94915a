import type { Locale } from "@planner/domain";
import { formatter } from "~/features/schedule/zoned-time";

/** "Nov 21, 2026" / "2026년 11월 21일" in the page's language, on this device's clock. */
export function formatDay(date: Date, locale: Locale): string {
  return formatter(locale, Intl.DateTimeFormat().resolvedOptions().timeZone, { year: "numeric", month: "short", day: "numeric" }).format(date);
}

/** A due date (the owner's calendar date, "YYYY-MM-DD") as that date, whatever this device's zone. */
export function formatDueDate(date: string, locale: Locale): string {
  return formatter(locale, "UTC", { year: "numeric", month: "short", day: "numeric" }).format(new Date(`${date}T00:00:00Z`));
}
