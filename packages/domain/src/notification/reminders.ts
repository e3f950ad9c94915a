import { DEFAULT_LOCALE, type Locale } from "../user/locale";

/** Reminders go out this long before a schedule starts. */
export const REMINDER_LEAD_MS = 24 * 60 * 60 * 1000;

/**
 * When to remind about a schedule, or null for no reminder: only planned
 * (OPEN) schedules that start more than 24 hours from now are reminded, 24
 * hours before they start.
 */
export function reminderTimeFor(schedule: { startAt: Date; status: "OPEN" | "CLOSED" }, now: Date): Date | null {
  if (schedule.status !== "OPEN") return null;
  if (schedule.startAt.getTime() - now.getTime() <= REMINDER_LEAD_MS) return null;
  return new Date(schedule.startAt.getTime() - REMINDER_LEAD_MS);
}

/**
 * Whether a reminder that has fallen due is still worth delivering. Late is
 * fine (the app was down), too late is not: once the schedule has started its
 * reminder is dropped, as is any for a schedule that is done.
 */
export function shouldDeliverReminder(schedule: { startAt: Date; status: "OPEN" | "CLOSED" }, now: Date): boolean {
  return schedule.status === "OPEN" && schedule.startAt.getTime() > now.getTime();
}

/**
 * One reminder per schedule and start time: the unique key that makes
 * delivery exactly-once. A schedule moved after its reminder went out gets a
 * new one for the new time.
 */
export function reminderDedupeKey(scheduleId: string, startAt: Date): string {
  return `reminder:${scheduleId}:${startAt.toISOString()}`;
}

// Building an Intl.DateTimeFormat costs far more than using one; the worker
// formats thousands of reminders per second, in a handful of zones and languages.
const formatters = new Map<string, Intl.DateTimeFormat>();

const DATE_LOCALE: Record<Locale, string> = { en: "en-GB", ko: "ko-KR" };

function formatterFor(timeZone: string, locale: Locale): Intl.DateTimeFormat {
  const key = `${locale} ${timeZone}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const hour = locale === "ko" ? "numeric" : "2-digit";
    formatter = new Intl.DateTimeFormat(DATE_LOCALE[locale], { timeZone, weekday: "long", day: "numeric", month: "long", hour, minute: "2-digit" });
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * Recent ICU data (78, in Node 20.20) writes Korean's day period as "AM"/"PM";
 * Korean text says 오전/오후, so those two are put back by hand.
 */
const KOREAN_DAY_PERIODS: Record<string, string> = { AM: "오전", PM: "오후" };

function formatWhen(instant: Date, timeZone: string, locale: Locale): string {
  const parts = formatterFor(timeZone, locale).formatToParts(instant);
  return parts.map((part) => (locale === "ko" && part.type === "dayPeriod" ? (KOREAN_DAY_PERIODS[part.value] ?? part.value) : part.value)).join("");
}

/** The notification's sentence, in the recipient's own time zone and language. */
export function reminderText(schedule: { title: string; startAt: Date }, timeZone: string, locale: Locale = DEFAULT_LOCALE): string {
  const when = formatWhen(schedule.startAt, timeZone, locale);
  return locale === "ko" ? `알림: “${schedule.title}” 일정이 ${when}에 시작합니다.` : `Reminder: “${schedule.title}” starts ${when}.`;
}

/** The e-mail copy of a notification, in the recipient's language. */
export function reminderEmail(recipient: { name: string; locale: Locale }, text: string): { subject: string; body: string } {
  const subject = text.length > 78 ? `${text.slice(0, 75)}…` : text;
  const body = recipient.locale === "ko" ? `${recipient.name}님, 안녕하세요.\n\n${text}\n\n— Planner` : `Hello ${recipient.name},\n\n${text}\n\n— Planner`;
  return { subject, body };
}
