import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { parseRecurrence, type Locale } from "@planner/domain";
import en from "../../../messages/en.json";
import ko from "../../../messages/ko.json";
import { recurrenceTextInWords, type RepeatTranslate } from "./recurrence-words";
import { reminderLabel, reminderPresets, type ReminderTranslate } from "./reminder-labels";

const MESSAGES = { en, ko };
const repeatT = (locale: Locale) => createTranslator({ locale, messages: MESSAGES[locale], namespace: "schedule.repeat" }) as unknown as RepeatTranslate;
const reminderT = (locale: Locale) => createTranslator({ locale, messages: MESSAGES[locale], namespace: "schedule.reminders" }) as unknown as ReminderTranslate;

// 2026-06-01 is a Monday.
function words(rule: string, locale: Locale, start = "2026-06-01") {
  expect(parseRecurrence(rule).ok).toBe(true);
  return recurrenceTextInWords(rule, start, "Asia/Seoul", locale, repeatT(locale));
}

describe("a repeat rule in words", () => {
  it.each([
    ["RRULE:FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20260630", "Weekly on Mon, Wed · until June 30", "매주 월, 수요일 · 6월 30일까지"],
    ["RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", "Every 2 weeks on Tue", "2주마다 화요일"],
    ["RRULE:FREQ=WEEKLY", "Weekly on Mon", "매주 월요일"],
    ["RRULE:FREQ=DAILY;COUNT=6", "Daily · 6 times", "매일 · 6회"],
    ["RRULE:FREQ=DAILY;INTERVAL=3;COUNT=1", "Every 3 days · once", "3일마다 · 1회"],
    ["RRULE:FREQ=MONTHLY;BYMONTHDAY=31", "Monthly on day 31 (months without a 31st are skipped)", "매월 31일 (31일이 없는 달은 건너뜀)"],
    ["RRULE:FREQ=MONTHLY;BYMONTHDAY=30", "Monthly on day 30 (months without a 30th are skipped)", "매월 30일 (30일이 없는 달은 건너뜀)"],
    ["RRULE:FREQ=MONTHLY;BYMONTHDAY=15", "Monthly on day 15", "매월 15일"],
    ["RRULE:FREQ=MONTHLY;BYMONTHDAY=-1", "Monthly on the last day", "매월 마지막 날"],
    ["RRULE:FREQ=MONTHLY;BYDAY=2TU", "Monthly on the 2nd Tuesday", "매월 둘째 화요일"],
    ["RRULE:FREQ=MONTHLY;INTERVAL=2;BYDAY=1MO", "Every 2 months on the 1st Monday", "2개월마다 첫째 월요일"],
    ["RRULE:FREQ=MONTHLY;BYDAY=-1FR", "Monthly on the last Friday", "매월 마지막 금요일"],
    ["RRULE:FREQ=YEARLY;UNTIL=20300601", "Annually on June 1 · until June 1, 2030", "매년 6월 1일 · 2030년 6월 1일까지"],
  ])("%s", (rule, english, korean) => {
    expect(words(rule, "en")).toBe(english);
    expect(words(rule, "ko")).toBe(korean);
  });

  it("reads an UNTIL instant as the date it is in the calendar's zone", () => {
    // 15:00 UTC on 29 June is already 30 June in Seoul.
    expect(words("RRULE:FREQ=DAILY;UNTIL=20260629T150000Z", "en")).toBe("Daily · until June 30");
  });

  it("has no words for no rule", () => {
    expect(recurrenceTextInWords(null, "2026-06-01", "UTC", "en", repeatT("en"))).toBeNull();
  });
});

describe("a reminder in words", () => {
  const label = (minutes: number, allDay: boolean, locale: Locale) => reminderLabel(minutes, allDay, locale, reminderT(locale));

  it("names every timed preset", () => {
    expect(reminderPresets(false).map((minutes) => label(minutes, false, "en"))).toEqual([
      "At the start",
      "5 minutes before",
      "10 minutes before",
      "15 minutes before",
      "30 minutes before",
      "1 hour before",
      "2 hours before",
      "1 day before",
      "2 days before",
      "1 week before",
    ]);
    expect(reminderPresets(false).map((minutes) => label(minutes, false, "ko"))).toEqual([
      "시작 시간",
      "5분 전",
      "10분 전",
      "15분 전",
      "30분 전",
      "1시간 전",
      "2시간 전",
      "1일 전",
      "2일 전",
      "1주일 전",
    ]);
  });

  it("names a custom number of minutes in the largest whole unit", () => {
    expect(label(1, false, "en")).toBe("1 minute before");
    expect(label(90, false, "en")).toBe("90 minutes before");
    expect(label(180, false, "ko")).toBe("3시간 전");
  });

  it("names the all-day presets as a day and a time", () => {
    expect(reminderPresets(true).map((minutes) => label(minutes, true, "en"))).toEqual([
      "On the day at 9:00 AM",
      "The day before at 9:00 AM",
      "2 days before at 9:00 AM",
      "A week before at 9:00 AM",
    ]);
    // "오전 9:00" in a browser; Node's own ICU data may lack Korean's day periods.
    const nine = new Intl.DateTimeFormat("ko-KR", { hour: "numeric", minute: "2-digit", timeZone: "UTC" }).format(new Date(Date.UTC(2000, 0, 1, 9)));
    expect(reminderPresets(true).map((minutes) => label(minutes, true, "ko"))).toEqual([`당일 ${nine}`, `전날 ${nine}`, `2일 전 ${nine}`, `1주일 전 ${nine}`]);
    expect(label(0, true, "en")).toBe("On the day at 12:00 AM");
  });
});
