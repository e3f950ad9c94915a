import { dateOf } from "../schedule/local-dates";
import { DEFAULT_LOCALE, type Locale } from "../user/locale";

/** What a reminder's sentence is about: one occurrence of a schedule. */
export type RemindedOccurrence = { title: string; startAt: Date; allDay: boolean };

const MINUTE_MS = 60_000;
const HOUR = 60;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

// Building an Intl.DateTimeFormat costs far more than using one; the worker
// formats thousands of reminders per second, in a handful of zones and languages.
const formatters = new Map<string, Intl.DateTimeFormat>();

const DATE_LOCALE: Record<Locale, string> = { en: "en-GB", ko: "ko-KR" };

function formatter(locale: Locale, timeZone: string, part: "date" | "time" | "isoDate"): Intl.DateTimeFormat {
  const key = `${locale} ${timeZone} ${part}`;
  let format = formatters.get(key);
  if (!format) {
    const options: Record<typeof part, Intl.DateTimeFormatOptions> = {
      date: { timeZone, weekday: "long", day: "numeric", month: "long" },
      time: { timeZone, hour: locale === "ko" ? "numeric" : "2-digit", minute: "2-digit" },
      isoDate: { timeZone, year: "numeric", month: "2-digit", day: "2-digit" },
    };
    // en-CA writes dates as YYYY-MM-DD.
    format = new Intl.DateTimeFormat(part === "isoDate" ? "en-CA" : DATE_LOCALE[locale], options[part]);
    formatters.set(key, format);
  }
  return format;
}

/**
 * Recent ICU data (78, in Node 20.20) writes Korean's day period as "AM"/"PM";
 * Korean text says 오전/오후, so those two are put back by hand.
 */
const KOREAN_DAY_PERIODS: Record<string, string> = { AM: "오전", PM: "오후" };

/** "Monday 8 June 10:00" / "6월 8일 월요일 오전 10:00"; all-day: the date alone, which is the same everywhere. */
export function formatReminderWhen(occurrence: RemindedOccurrence, timeZone: string, locale: Locale): string {
  if (occurrence.allDay) return formatter(locale, "UTC", "date").format(occurrence.startAt);
  const date = formatter(locale, timeZone, "date").format(occurrence.startAt);
  const time = formatter(locale, timeZone, "time")
    .formatToParts(occurrence.startAt)
    .map((part) => (locale === "ko" && part.type === "dayPeriod" ? (KOREAN_DAY_PERIODS[part.value] ?? part.value) : part.value))
    .join("");
  return `${date} ${time}`;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * How long `minutes` is, in the largest units that say it exactly: "2 hours",
 * "1 hour 30 minutes", "1 week" / "2시간", "1시간 30분", "1주일".
 */
export function leadTimeWords(minutes: number, locale: Locale): string {
  if (minutes % WEEK === 0) return locale === "ko" ? (minutes === WEEK ? "1주일" : `${minutes / WEEK}주`) : plural(minutes / WEEK, "week", "weeks");
  const units: [size: number, en: [string, string], ko: string][] = [
    [DAY, ["day", "days"], "일"],
    [HOUR, ["hour", "hours"], "시간"],
    [1, ["minute", "minutes"], "분"],
  ];
  const words: string[] = [];
  let rest = minutes;
  for (const [size, [one, many], korean] of units) {
    const count = Math.floor(rest / size);
    rest -= count * size;
    if (count > 0) words.push(locale === "ko" ? `${count}${korean}` : plural(count, one, many));
  }
  return words.join(" ");
}

/** Whole days from one date (YYYY-MM-DD) to another. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / (DAY * MINUTE_MS));
}

/** The date `instant` has on the wall clock of `timeZone`, YYYY-MM-DD. */
function localDate(instant: Date, timeZone: string): string {
  return formatter("en", timeZone, "isoDate").format(instant);
}

/** "today", "tomorrow", "in 3 days" / "오늘", "내일", "모레", "3일 후": from the owner's today to an all-day start. */
function dayWords(days: number, locale: Locale): string {
  if (locale === "ko") {
    const named = ["오늘", "내일", "모레"][days];
    return named ?? (days === 7 ? "일주일 후" : `${days}일 후`);
  }
  if (days === 0) return "today";
  if (days === 1) return "tomorrow";
  return days === 7 ? "in a week" : `in ${days} days`;
}

/**
 * The notification's sentence, in the owner's zone and language, naming how
 * long is left at `now` (when it is written): "Reminder: “Standup” starts in
 * 10 minutes, Monday 8 June 10:00." An all-day schedule counts days on the
 * owner's calendar: "Reminder: “Trip” is tomorrow (Thursday 24 December)."
 * Minutes are rounded: a worker a few seconds late still says "in 10 minutes".
 */
export function reminderText(occurrence: RemindedOccurrence, now: Date, timeZone: string, locale: Locale = DEFAULT_LOCALE): string {
  const when = formatReminderWhen(occurrence, timeZone, locale);
  const title = occurrence.title;
  if (occurrence.allDay) {
    const days = Math.max(0, daysBetween(localDate(now, timeZone), dateOf(occurrence.startAt)));
    const words = dayWords(days, locale);
    return locale === "ko" ? `알림: “${title}” 일정은 ${words}(${when})입니다.` : `Reminder: “${title}” is ${words} (${when}).`;
  }
  const minutes = Math.round((occurrence.startAt.getTime() - now.getTime()) / MINUTE_MS);
  if (minutes <= 0) return locale === "ko" ? `알림: “${title}” 일정이 지금(${when}) 시작합니다.` : `Reminder: “${title}” starts now, ${when}.`;
  const lead = leadTimeWords(minutes, locale);
  return locale === "ko" ? `알림: “${title}” 일정이 ${lead} 후(${when})에 시작합니다.` : `Reminder: “${title}” starts in ${lead}, ${when}.`;
}

/** The e-mail copy of a notification, in the recipient's language: the sentence is the subject and the body. */
export function reminderEmail(recipient: { name: string; locale: Locale }, text: string): { subject: string; body: string } {
  const subject = text.length > 78 ? `${text.slice(0, 75)}…` : text;
  const body = recipient.locale === "ko" ? `${recipient.name}님, 안녕하세요.\n\n${text}\n\n— Planner` : `Hello ${recipient.name},\n\n${text}\n\n— Planner`;
  return { subject, body };
}
