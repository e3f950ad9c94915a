import type { Locale } from "@planner/domain";
import { formatter, localDateOf, shiftDate } from "./zoned-time";

// A schedule over midnight is drawn as one piece per day; each piece names the
// whole span, so a reader of any one day sees when it really starts and ends.

/** The two ways of saying a span; the page's messages (schedule.spanNextDay, schedule.spanDays). */
export type SpanWords = (key: "spanNextDay" | "spanDays", values: Record<string, string>) => string;

const TIME = { hour: "numeric", minute: "2-digit" } as const;
const DAY = { month: "short", day: "numeric" } as const;

/**
 * "11:00 PM – 1:00 AM (next day)" when it ends the day after it starts,
 * "Dec 6, 11:00 PM – Dec 8, 1:00 AM" when later; on the calendar's clock, in
 * the page's language. Null for a schedule within one day (one ending at
 * midnight included): the calendar's own time text says it.
 */
export function spanLabel(startAt: Date, endAt: Date, timeZone: string, locale: Locale, words: SpanWords): string | null {
  const firstDay = localDateOf(startAt, timeZone);
  const lastDay = localDateOf(new Date(endAt.getTime() - 1), timeZone);
  if (firstDay === lastDay) return null;
  const time = formatter(locale, timeZone, TIME);
  const start = time.format(startAt);
  const end = time.format(endAt);
  if (shiftDate(firstDay, "days", 1) === lastDay) return words("spanNextDay", { start, end });
  const day = formatter(locale, timeZone, DAY);
  return words("spanDays", { startDay: day.format(startAt), start, endDay: day.format(endAt), end });
}
