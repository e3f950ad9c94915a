import { allDayReminderParts, leadTimeWords, type Locale } from "@planner/domain";

type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * "9:00 AM" / "오전 9:00", written by hand: Intl's Korean day period differs
 * between Node's ICU and the browser's ("AM" against "오전"), and the page is
 * rendered on both.
 */
export function timeOfDayLabel(minuteOfDay: number, locale: Locale): string {
  const hour = Math.floor(minuteOfDay / 60);
  const minute = String(minuteOfDay % 60).padStart(2, "0");
  const hour12 = hour % 12 === 0 ? 12 : hour % 12;
  return locale === "ko" ? `${hour < 12 ? "오전" : "오후"} ${hour12}:${minute}` : `${hour12}:${minute} ${hour < 12 ? "AM" : "PM"}`;
}

/** "At the start", "10 minutes before", "1 hour 30 minutes before" / "시작할 때", "10분 전". */
export function timedReminderLabel(minutes: number, locale: Locale, t: Translate): string {
  return minutes === 0 ? t("reminderAtStart") : t("reminderBefore", { lead: leadTimeWords(minutes, locale) });
}

/** "On the day at 9:00 AM", "The day before at 9:00 AM", "3 days before at 6:30 PM", "A week before at 9:00 AM". */
export function allDayReminderLabel(minutes: number, locale: Locale, t: Translate): string {
  const { daysBefore, minuteOfDay } = allDayReminderParts(minutes);
  const time = timeOfDayLabel(minuteOfDay, locale);
  if (daysBefore === 0) return t("reminderOnTheDay", { time });
  if (daysBefore === 1) return t("reminderDayBefore", { time });
  if (daysBefore === 7) return t("reminderWeekBefore", { time });
  return t("reminderDaysBefore", { days: daysBefore, time });
}
