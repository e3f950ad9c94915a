import { parseRecurrence, type Locale, type Recurrence, type WeekdayCode } from "@planner/domain";
import { weekdayOf } from "./repeat-draft";
import { formatter, localDateOf, middayOf } from "./zoned-time";

// A repeat rule said in the page's language, under the dialog's Repeat
// control and on an occurrence ("Weekly on Mon, Wed · until June 30",
// "매주 월, 수요일 · 6월 30일까지"). The sentences are next-intl messages
// (schedule.repeat.words*), so plurals and ordinals follow each language.

/** A translator of the `schedule.repeat` messages. */
export type RepeatTranslate = (key: string, values?: Record<string, string | number>) => string;

function dayMonth(date: string, locale: Locale): string {
  return formatter(locale, "UTC", { month: "long", day: "numeric" }).format(middayOf(date, "UTC"));
}

function fullDate(date: string, locale: Locale): string {
  return formatter(locale, "UTC", { year: "numeric", month: "long", day: "numeric" }).format(middayOf(date, "UTC"));
}

function ruleWords(rule: Recurrence, start: string, locale: Locale, t: RepeatTranslate): string {
  const interval = rule.interval;
  const long = (day: WeekdayCode) => t(`weekdayLong.${day}`);
  switch (rule.freq) {
    case "DAILY":
      return t("wordsDaily", { interval });
    case "WEEKLY": {
      const days = (rule.weekdays.length > 0 ? rule.weekdays : [weekdayOf(start)]).map((day) => t(`weekdayShort.${day}`)).join(", ");
      return t("wordsWeekly", { interval, days });
    }
    case "MONTHLY": {
      if (rule.nthWeekday) {
        const { nth, weekday } = rule.nthWeekday;
        return nth === -1 ? t("wordsMonthlyLast", { interval, weekday: long(weekday) }) : t("wordsMonthlyNth", { interval, nth, weekday: long(weekday) });
      }
      const day = rule.monthDay ?? Number(start.slice(8, 10));
      if (day === -1) return t("wordsMonthlyLastDay", { interval });
      // RFC 5545 skips the months that have no such day; say so.
      return t(day > 28 ? "wordsMonthlyDaySkipped" : "wordsMonthlyDay", { interval, day });
    }
    case "YEARLY":
      return t("wordsYearly", { interval, date: dayMonth(start, locale) });
  }
}

/** The rule in words; `start` is the first day (YYYY-MM-DD, in `timeZone`), which rules without days follow. */
export function recurrenceInWords(rule: Recurrence, start: string, timeZone: string, locale: Locale, t: RepeatTranslate): string {
  const words = ruleWords(rule, start, locale, t);
  const end = rule.end;
  if (!end) return words;
  let until: string;
  if ("count" in end) return t("wordsWithEnd", { rule: words, end: t("wordsCount", { count: end.count }) });
  if ("untilDate" in end) until = end.untilDate;
  else until = localDateOf(end.until, timeZone);
  // The year only when it is not the start's.
  const date = until.slice(0, 4) === start.slice(0, 4) ? dayMonth(until, locale) : fullDate(until, locale);
  return t("wordsWithEnd", { rule: words, end: t("wordsUntil", { date }) });
}

/** A stored rule in words; null when there is none (or it no longer parses). */
export function recurrenceTextInWords(recurrence: string | null, start: string, timeZone: string, locale: Locale, t: RepeatTranslate): string | null {
  if (!recurrence) return null;
  const parsed = parseRecurrence(recurrence);
  return parsed.ok ? recurrenceInWords(parsed.rule, start, timeZone, locale, t) : null;
}
