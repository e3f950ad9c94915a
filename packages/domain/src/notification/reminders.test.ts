import { describe, expect, it } from "vitest";
import { REMINDER_LEAD_MS, reminderDedupeKey, reminderEmail, reminderText, reminderTimeFor, shouldDeliverReminder } from "./reminders";

const now = new Date("2026-11-21T10:00:00Z");
const hoursFromNow = (hours: number) => new Date(now.getTime() + hours * 3_600_000);

describe("reminderTimeFor", () => {
  it("reminds 24 hours before a schedule that starts more than 24 hours from now", () => {
    const startAt = hoursFromNow(48);
    expect(reminderTimeFor({ startAt, status: "OPEN" }, now)).toEqual(new Date(startAt.getTime() - REMINDER_LEAD_MS));
  });

  it("does not remind about schedules 24 hours away or less, past ones, or done ones", () => {
    expect(reminderTimeFor({ startAt: hoursFromNow(24), status: "OPEN" }, now)).toBeNull();
    expect(reminderTimeFor({ startAt: hoursFromNow(2), status: "OPEN" }, now)).toBeNull();
    expect(reminderTimeFor({ startAt: hoursFromNow(-2), status: "OPEN" }, now)).toBeNull();
    expect(reminderTimeFor({ startAt: hoursFromNow(48), status: "CLOSED" }, now)).toBeNull();
  });
});

describe("shouldDeliverReminder", () => {
  it("delivers a late reminder while the schedule has not started, never for a started or done one", () => {
    expect(shouldDeliverReminder({ startAt: hoursFromNow(1), status: "OPEN" }, now)).toBe(true);
    expect(shouldDeliverReminder({ startAt: now, status: "OPEN" }, now)).toBe(false);
    expect(shouldDeliverReminder({ startAt: hoursFromNow(-1), status: "OPEN" }, now)).toBe(false);
    expect(shouldDeliverReminder({ startAt: hoursFromNow(1), status: "CLOSED" }, now)).toBe(false);
  });
});

describe("reminder text and key", () => {
  it("says when in the recipient's zone", () => {
    const schedule = { title: "Dentist", startAt: new Date("2026-11-23T08:30:00Z") };
    expect(reminderText(schedule, "Europe/Berlin")).toBe("Reminder: “Dentist” starts Monday 23 November at 09:30.");
    expect(reminderText(schedule, "Asia/Kathmandu")).toBe("Reminder: “Dentist” starts Monday 23 November at 14:15.");
  });

  it("changes the key when the start time changes", () => {
    const id = "01a1fd73-7f0b-7583-b1b8-dca8ca9a0150";
    expect(reminderDedupeKey(id, new Date("2026-11-23T08:30:00Z"))).not.toBe(reminderDedupeKey(id, new Date("2026-11-23T09:00:00Z")));
  });
});

describe("reminders in the recipient's language", () => {
  const schedule = { title: "치과 예약", startAt: new Date("2026-11-23T01:00:00Z") };

  it("words the notification in Korean, on the recipient's clock, with 오전/오후", () => {
    expect(reminderText(schedule, "Asia/Seoul", "ko")).toBe("알림: “치과 예약” 일정이 11월 23일 월요일 오전 10:00에 시작합니다.");
    expect(reminderText({ ...schedule, startAt: new Date("2026-11-23T06:30:00Z") }, "Asia/Seoul", "ko")).toBe(
      "알림: “치과 예약” 일정이 11월 23일 월요일 오후 3:30에 시작합니다.",
    );
  });

  it("keeps English for English readers", () => {
    expect(reminderText({ title: "Dentist", startAt: schedule.startAt }, "Asia/Seoul", "en")).toBe("Reminder: “Dentist” starts Monday 23 November at 10:00.");
  });

  it("greets the e-mail's recipient in their language", () => {
    expect(reminderEmail({ name: "민지", locale: "ko" }, "알림").body).toBe("민지님, 안녕하세요.\n\n알림\n\n— Planner");
    expect(reminderEmail({ name: "Sam", locale: "en" }, "Reminder").body).toBe("Hello Sam,\n\nReminder\n\n— Planner");
  });
});
