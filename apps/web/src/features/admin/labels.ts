import type { Locale } from "@planner/domain";
import { formatter } from "~/features/schedule/zoned-time";

/** "Nov 21, 2026" / "2026년 11월 21일" in the page's language, on this device's clock. */
export function formatDay(date: Date, locale: Locale): string {
  return formatter(locale, Intl.DateTimeFormat().resolvedOptions().timeZone, { year: "numeric", month: "short", day: "numeric" }).format(date);
}
