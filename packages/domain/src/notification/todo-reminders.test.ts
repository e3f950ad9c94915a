import { describe, expect, it } from "vitest";
import {
  dueAtOfTodoReminderKey,
  nextTodoRemindAt,
  todoReminderKey,
  todoReminderText,
  todoRemindersToSend,
} from "./todo-reminders";

const MINUTE = 60_000;
// Monday 8 June 2026, 10:00 in Seoul.
const dueAt = new Date("2026-06-08T01:00:00Z");
const before = (minutes: number) => new Date(dueAt.getTime() - minutes * MINUTE);
const todo = { dueAt, done: false, reminderMinutes: [1440, 10], ownerTimeZone: "Asia/Seoul" };

describe("todoReminderText names how long is left, in the owner's language and clock", () => {
  it.each([
    [10, "Reminder: “Pay rent” is due in 10 minutes, Monday 8 June 10:00.", "알림: 할 일 “월세 내기”의 마감이 10분 후(6월 8일 월요일 오전 10:00)입니다."],
    [90, "Reminder: “Pay rent” is due in 1 hour 30 minutes, Monday 8 June 10:00.", "알림: 할 일 “월세 내기”의 마감이 1시간 30분 후(6월 8일 월요일 오전 10:00)입니다."],
    [1440, "Reminder: “Pay rent” is due in 1 day, Monday 8 June 10:00.", "알림: 할 일 “월세 내기”의 마감이 1일 후(6월 8일 월요일 오전 10:00)입니다."],
    [10080, "Reminder: “Pay rent” is due in 1 week, Monday 8 June 10:00.", "알림: 할 일 “월세 내기”의 마감이 1주일 후(6월 8일 월요일 오전 10:00)입니다."],
    [0, "Reminder: “Pay rent” is due now, Monday 8 June 10:00.", "알림: 할 일 “월세 내기”의 마감 시간(6월 8일 월요일 오전 10:00)이 되었습니다."],
  ])("%i minutes before", (minutes, english, korean) => {
    expect(todoReminderText({ contents: "Pay rent", dueAt }, before(minutes), "Asia/Seoul", "en")).toBe(english);
    expect(todoReminderText({ contents: "월세 내기", dueAt }, before(minutes), "Asia/Seoul", "ko")).toBe(korean);
  });

  it("says the time on the owner's clock and rounds a late worker's seconds away", () => {
    expect(todoReminderText({ contents: "Pay rent", dueAt }, new Date(before(60).getTime() + 12_000), "America/New_York", "en")).toBe(
      "Reminder: “Pay rent” is due in 1 hour, Sunday 7 June 21:00.",
    );
  });
});

describe("when a todo is reminded", () => {
  it("the next reminder after now, then the one after it, then none once both have passed", () => {
    expect(nextTodoRemindAt(todo, before(3000))).toEqual(before(1440));
    expect(nextTodoRemindAt(todo, before(1440))).toEqual(before(10));
    expect(nextTodoRemindAt(todo, before(10))).toBeNull();
  });

  it("never for a done todo, one without a time or without reminders", () => {
    expect(nextTodoRemindAt({ ...todo, done: true }, before(3000))).toBeNull();
    expect(nextTodoRemindAt({ ...todo, dueAt: null }, before(3000))).toBeNull();
    expect(nextTodoRemindAt({ ...todo, reminderMinutes: [] }, before(3000))).toBeNull();
    expect(todoRemindersToSend({ ...todo, done: true }, before(10), before(9))).toEqual([]);
  });

  it("after downtime only the latest reminder still ahead of the due time, and none once it has passed", () => {
    expect(todoRemindersToSend(todo, before(1440), before(5))).toEqual([{ occurrenceStartAt: dueAt, minutesBefore: 10, remindAt: before(10) }]);
    expect(todoRemindersToSend(todo, before(1440), new Date(dueAt.getTime() + 5 * MINUTE))).toEqual([]);
  });
});

describe("todo reminder keys", () => {
  it("name the todo, its due time and the reminder, and give the due time back", () => {
    const key = todoReminderKey("0192f0c4-0000-7000-8000-000000000001", dueAt, 10);
    expect(key).toBe("todo-reminder:0192f0c4-0000-7000-8000-000000000001:2026-06-08T01:00:00.000Z:10");
    expect(dueAtOfTodoReminderKey(key)).toEqual(dueAt);
    expect(dueAtOfTodoReminderKey("reminder:0192f0c4-0000-7000-8000-000000000001:2026-06-08T01:00:00.000Z:10")).toBeNull();
  });
});
