import type { Locale } from "@planner/domain";
import { DATE_LOCALES } from "~/i18n/date-locales";
import type { Notification } from "./types";

const BADGE_MAX = 9;

/** The number on the bell: hidden at 0 (null), "9+" past nine. */
export function badgeText(unread: number): string | null {
  if (unread <= 0) return null;
  return unread > BADGE_MAX ? `${BADGE_MAX}+` : String(unread);
}

/** The bell's accessible name, which carries the exact count (the badge is hidden from screen readers). */
export function bellLabel(unread: number, t: (key: "notifications.bellUnread", values: { count: number }) => string): string {
  return t("notifications.bellUnread", { count: Math.max(0, unread) });
}

const relativeFormats = new Map<Locale, Intl.RelativeTimeFormat>();
const absoluteFormats = new Map<Locale, Intl.DateTimeFormat>();

function relativeFormat(locale: Locale): Intl.RelativeTimeFormat {
  let format = relativeFormats.get(locale);
  if (!format) relativeFormats.set(locale, (format = new Intl.RelativeTimeFormat(DATE_LOCALES[locale], { numeric: "auto" })));
  return format;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const STEPS: [limit: number, unit: Intl.RelativeTimeFormatUnit, size: number][] = [
  [HOUR, "minute", MINUTE],
  [DAY, "hour", HOUR],
  [7 * DAY, "day", DAY],
  [30 * DAY, "week", 7 * DAY],
  [365 * DAY, "month", 30 * DAY],
  [Infinity, "year", 365 * DAY],
];

/**
 * "just now", "5 minutes ago", "yesterday", "3 weeks ago". A time ahead of
 * this device's clock (the server's runs a little differently) is "just now"
 * rather than "in 2 minutes".
 */
export function relativeTime(date: Date, now: number, locale: Locale, justNow: string): string {
  const elapsed = now - date.getTime();
  if (elapsed < MINUTE) return justNow;
  const [, unit, size] = STEPS.find(([limit]) => elapsed < limit)!;
  return relativeFormat(locale).format(-Math.floor(elapsed / size), unit);
}

/** The full date and time, for a tooltip. */
export function absoluteTime(date: Date, locale: Locale): string {
  let format = absoluteFormats.get(locale);
  if (!format) absoluteFormats.set(locale, (format = new Intl.DateTimeFormat(DATE_LOCALES[locale], { dateStyle: "medium", timeStyle: "short" })));
  return format.format(date);
}

// Grid times of every zone (all offsets are whole quarter hours) fall on a quarter hour in UTC.

/** When the reminded schedule (or occurrence) starts; null when the notification is about no schedule. */
export function estimatedScheduleStart(notification: Notification): Date | null {
  if (!notification.scheduleId || notification.kind !== "SCHEDULE_REMINDER") return null;
  return notification.occurrenceStartAt;
}

/** When the todo of a todo reminder was due; null for other notifications and once the todo is deleted. */
export function todoReminderDueAt(notification: Notification): Date | null {
  if (notification.kind !== "TODO_REMINDER" || !notification.todoId) return null;
  return notification.todoDueAt;
}

/** The calendar's day view on the day of `instant` in `timeZone` (this device's by default). */
export function calendarDayHref(instant: Date, timeZone?: string): string {
  return `/calendar?view=day&date=${isoDay(instant, timeZone)}`;
}

/** YYYY-MM-DD of an instant in a time zone. */
function isoDay(date: Date, timeZone?: string): string {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}
