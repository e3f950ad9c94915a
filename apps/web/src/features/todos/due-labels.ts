import type { Locale } from "@planner/domain";
import { formatter, middayOf, shiftDate } from "~/features/schedule/zoned-time";

// A todo's due date and time as the list shows them, in the page's language:
// "Today", "Tomorrow", "Yesterday" near today, the date otherwise (with the
// year when it is another year's), and the time on the owner's clock.

/** A translator of the `todos.due` messages. */
export type DueTranslate = (key: "today" | "tomorrow" | "yesterday") => string;

type Due = { dueOn: string | null; dueAt: Date | null };

/** A calendar date as an instant that is that date in UTC, for Intl to print. */
const asInstant = (date: string) => middayOf(date, "UTC");

function relativeWord(date: string, today: string): "today" | "tomorrow" | "yesterday" | null {
  if (date === today) return "today";
  if (date === shiftDate(today, "days", 1)) return "tomorrow";
  if (date === shiftDate(today, "days", -1)) return "yesterday";
  return null;
}

/** "Dec 24" / "12월 24일", with the year when it is not `today`'s. */
export function shortDate(date: string, today: string, locale: Locale): string {
  const sameYear = date.slice(0, 4) === today.slice(0, 4);
  return formatter(locale, "UTC", { month: "short", day: "numeric", ...(sameYear ? {} : { year: "numeric" }) }).format(asInstant(date));
}

/** The time of day on the owner's clock: "3:00 PM" / "오후 3:00". */
export function dueTime(dueAt: Date, timeZone: string, locale: Locale): string {
  return formatter(locale, timeZone, { hour: "numeric", minute: "2-digit" }).format(dueAt);
}

/** The due chip: "Tomorrow 3:00 PM", "Dec 24", "Yesterday"; null without a due date. */
export function dueLabel(todo: Due, today: string, locale: Locale, timeZone: string, t: DueTranslate): string | null {
  if (!todo.dueOn) return null;
  const word = relativeWord(todo.dueOn, today);
  const day = word ? t(word) : shortDate(todo.dueOn, today, locale);
  return todo.dueAt ? `${day} ${dueTime(todo.dueAt, timeZone, locale)}` : day;
}

/** A day's heading in Upcoming: "Mon, Dec 7" / "12월 7일 (월)", the year only when it changes. */
export function dayHeading(date: string, today: string, locale: Locale): string {
  const sameYear = date.slice(0, 4) === today.slice(0, 4);
  return formatter(locale, "UTC", { weekday: "short", month: "short", day: "numeric", ...(sameYear ? {} : { year: "numeric" }) }).format(asInstant(date));
}

/** The word before a heading near today ("Today", "Tomorrow"); null further out. */
export function dayWord(date: string, today: string): "today" | "tomorrow" | null {
  const word = relativeWord(date, today);
  return word === "yesterday" ? null : word;
}

/** A run of quiet days: "Wed, Dec 9 – Fri, Dec 11" / "12월 9일 (수) ~ 11일 (금)". */
export function dayRange(from: string, to: string, today: string, locale: Locale): string {
  if (from === to) return dayHeading(from, today, locale);
  const sameYear = from.slice(0, 4) === today.slice(0, 4) && to.slice(0, 4) === today.slice(0, 4);
  return formatter(locale, "UTC", { weekday: "short", month: "short", day: "numeric", ...(sameYear ? {} : { year: "numeric" }) }).formatRange(
    asInstant(from),
    asInstant(to),
  );
}
