import { describe, expect, it } from "vitest";
import { leadTimeWords, reminderEmail, reminderText } from "./reminder-text";

const MINUTE = 60_000;
// Monday 8 June 2026, 10:00 in Seoul.
const standup = { title: "Standup", startAt: new Date("2026-06-08T01:00:00Z"), allDay: false };
const meeting = { ...standup, title: "회의" };
const before = (minutes: number) => new Date(standup.startAt.getTime() - minutes * MINUTE);

describe("reminderText for a timed schedule names how long is left", () => {
  it.each([
    [10, "Reminder: “Standup” starts in 10 minutes, Monday 8 June 10:00.", "알림: “회의” 일정이 10분 후(6월 8일 월요일 오전 10:00)에 시작합니다."],
    [1, "Reminder: “Standup” starts in 1 minute, Monday 8 June 10:00.", "알림: “회의” 일정이 1분 후(6월 8일 월요일 오전 10:00)에 시작합니다."],
    [60, "Reminder: “Standup” starts in 1 hour, Monday 8 June 10:00.", "알림: “회의” 일정이 1시간 후(6월 8일 월요일 오전 10:00)에 시작합니다."],
    [120, "Reminder: “Standup” starts in 2 hours, Monday 8 June 10:00.", "알림: “회의” 일정이 2시간 후(6월 8일 월요일 오전 10:00)에 시작합니다."],
    [90, "Reminder: “Standup” starts in 1 hour 30 minutes, Monday 8 June 10:00.", "알림: “회의” 일정이 1시간 30분 후(6월 8일 월요일 오전 10:00)에 시작합니다."],
    [1440, "Reminder: “Standup” starts in 1 day, Monday 8 June 10:00.", "알림: “회의” 일정이 1일 후(6월 8일 월요일 오전 10:00)에 시작합니다."],
    [2880, "Reminder: “Standup” starts in 2 days, Monday 8 June 10:00.", "알림: “회의” 일정이 2일 후(6월 8일 월요일 오전 10:00)에 시작합니다."],
    [10080, "Reminder: “Standup” starts in 1 week, Monday 8 June 10:00.", "알림: “회의” 일정이 1주일 후(6월 8일 월요일 오전 10:00)에 시작합니다."],
    [20160, "Reminder: “Standup” starts in 2 weeks, Monday 8 June 10:00.", "알림: “회의” 일정이 2주 후(6월 8일 월요일 오전 10:00)에 시작합니다."],
    [0, "Reminder: “Standup” starts now, Monday 8 June 10:00.", "알림: “회의” 일정이 지금(6월 8일 월요일 오전 10:00) 시작합니다."],
  ])("%i minutes before", (minutes, english, korean) => {
    expect(reminderText(standup, before(minutes), "Asia/Seoul", "en")).toBe(english);
    expect(reminderText(meeting, before(minutes), "Asia/Seoul", "ko")).toBe(korean);
  });

  it("rounds a worker's few seconds of lateness away, and says the time on the owner's clock", () => {
    expect(reminderText(standup, new Date(before(10).getTime() + 14_000), "Asia/Seoul", "en")).toBe("Reminder: “Standup” starts in 10 minutes, Monday 8 June 10:00.");
    expect(reminderText(standup, before(60), "Europe/Berlin", "en")).toBe("Reminder: “Standup” starts in 1 hour, Monday 8 June 03:00.");
    expect(reminderText(meeting, before(60), "America/New_York", "ko")).toBe("알림: “회의” 일정이 1시간 후(6월 7일 일요일 오후 9:00)에 시작합니다.");
  });

  it("says now once the start has come (an at-start reminder a little late)", () => {
    expect(reminderText(standup, new Date(standup.startAt.getTime() + 40_000), "Asia/Seoul", "en")).toBe("Reminder: “Standup” starts now, Monday 8 June 10:00.");
  });
});

describe("reminderText for an all-day schedule counts days on the owner's calendar", () => {
  // Thursday 24 December, a local date.
  const trip = { title: "Trip", startAt: new Date("2026-12-24T00:00:00Z"), allDay: true };
  const korean = { ...trip, title: "여행" };

  it("the day before at 09:00, in +09:00 and −05:00", () => {
    expect(reminderText(trip, new Date("2026-12-23T00:00:00Z"), "Asia/Seoul", "en")).toBe("Reminder: “Trip” is tomorrow (Thursday 24 December).");
    expect(reminderText(korean, new Date("2026-12-23T00:00:00Z"), "Asia/Seoul", "ko")).toBe("알림: “여행” 일정은 내일(12월 24일 목요일)입니다.");
    expect(reminderText(trip, new Date("2026-12-23T14:00:00Z"), "America/Bogota", "en")).toBe("Reminder: “Trip” is tomorrow (Thursday 24 December).");
  });

  it("on the day, two days and a week before", () => {
    expect(reminderText(trip, new Date("2026-12-24T00:00:00Z"), "Asia/Seoul", "en")).toBe("Reminder: “Trip” is today (Thursday 24 December).");
    expect(reminderText(korean, new Date("2026-12-24T00:00:00Z"), "Asia/Seoul", "ko")).toBe("알림: “여행” 일정은 오늘(12월 24일 목요일)입니다.");
    expect(reminderText(trip, new Date("2026-12-22T00:00:00Z"), "Asia/Seoul", "en")).toBe("Reminder: “Trip” is in 2 days (Thursday 24 December).");
    expect(reminderText(korean, new Date("2026-12-22T00:00:00Z"), "Asia/Seoul", "ko")).toBe("알림: “여행” 일정은 모레(12월 24일 목요일)입니다.");
    expect(reminderText(trip, new Date("2026-12-17T00:00:00Z"), "Asia/Seoul", "en")).toBe("Reminder: “Trip” is in a week (Thursday 24 December).");
    expect(reminderText(korean, new Date("2026-12-17T00:00:00Z"), "Asia/Seoul", "ko")).toBe("알림: “여행” 일정은 일주일 후(12월 24일 목요일)입니다.");
    expect(reminderText(korean, new Date("2026-12-19T00:00:00Z"), "Asia/Seoul", "ko")).toBe("알림: “여행” 일정은 5일 후(12월 24일 목요일)입니다.");
  });
});

describe("leadTimeWords", () => {
  it("uses the largest units that say the time exactly", () => {
    expect(leadTimeWords(1500, "en")).toBe("1 day 1 hour");
    expect(leadTimeWords(1500, "ko")).toBe("1일 1시간");
    expect(leadTimeWords(40_320, "en")).toBe("4 weeks");
  });
});

describe("reminderEmail", () => {
  it("greets the e-mail's recipient in their language, with the sentence as subject", () => {
    const text = "알림: “회의” 일정이 10분 후(6월 8일 월요일 오전 10:00)에 시작합니다.";
    expect(reminderEmail({ name: "민지", locale: "ko" }, text)).toEqual({ subject: text, body: `민지님, 안녕하세요.\n\n${text}\n\n— Planner` });
    expect(reminderEmail({ name: "Sam", locale: "en" }, "Reminder").body).toBe("Hello Sam,\n\nReminder\n\n— Planner");
    expect(reminderEmail({ name: "Sam", locale: "en" }, "x".repeat(100)).subject).toBe(`${"x".repeat(75)}…`);
  });
});
