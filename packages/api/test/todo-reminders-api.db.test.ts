import { describe, expect } from "vitest";
import { deliverDueReminders } from "../src/reminders/worker";
import { apiTest, openSharedDb } from "./fixture";

// Todo reminders through the todo procedures: what each write does to the
// todo's queue row, and what the bell then lists. The clock starts on
// Saturday 21 November 2026, 10:00 UTC; the owner's zone is UTC.
const it = apiTest
  .extend("runWorker", ({ db, clock }) => () => deliverDueReminders(db, { now: clock.now }))
  .extend("pending", ({ db }) => (id: string) => db.todoReminders.pendingFor(id));
it.beforeAll(openSharedDb);

const MINUTE = 60_000;

describe("a todo's reminders follow its writes", () => {
  it("a new todo with a time gets the owner's timed defaults (a day and 10 minutes before) unless it names its own; a date alone gets none", async ({ owner, callerAt, pending }) => {
    const caller = callerAt(owner);
    const defaulted = await caller.todo.create({ contents: "Pay rent", dueOn: "2026-11-23", dueTime: "09:00" });
    expect(defaulted.reminderMinutes).toEqual([1440, 10]);
    expect(await pending(defaulted.id)).toEqual(new Date("2026-11-22T09:00:00Z"));

    const chosen = await caller.todo.create({ contents: "Call the bank", dueOn: "2026-11-21", dueTime: "12:00", reminderMinutes: [30] });
    expect(await pending(chosen.id)).toEqual(new Date("2026-11-21T11:30:00Z"));

    const none = await caller.todo.create({ contents: "No reminders", dueOn: "2026-11-21", dueTime: "12:00", reminderMinutes: [] });
    const dateOnly = await caller.todo.create({ contents: "Some day", dueOn: "2026-11-22" });
    const undated = await caller.todo.create({ contents: "Whenever" });
    expect([await pending(none.id), await pending(dateOnly.id), await pending(undated.id)]).toEqual([null, null, null]);
  });

  it("the defaults the owner chose in Settings", async ({ owner, callerAt, pending }) => {
    const caller = callerAt(owner);
    await caller.account.updateReminderDefaults({ timed: [{ minutesBefore: 60 }], allDay: [{ minutesBefore: 900 }] });
    const todo = await caller.todo.create({ contents: "Dentist", dueOn: "2026-11-21", dueTime: "15:00" });
    expect(todo.reminderMinutes).toEqual([60]);
    expect(await pending(todo.id)).toEqual(new Date("2026-11-21T14:00:00Z"));
  });

  it("moved to another time: rescheduled; the time taken away: none; a time given again: the defaults", async ({ owner, callerAt, pending }) => {
    const caller = callerAt(owner);
    const todo = await caller.todo.create({ contents: "Report", dueOn: "2026-11-21", dueTime: "12:00", reminderMinutes: [60] });
    await caller.todo.update({ id: todo.id, dueOn: "2026-11-24" });
    expect(await pending(todo.id)).toEqual(new Date("2026-11-24T11:00:00Z"));
    await caller.todo.update({ id: todo.id, dueTime: "08:30" });
    expect(await pending(todo.id)).toEqual(new Date("2026-11-24T07:30:00Z"));
    await caller.todo.update({ id: todo.id, reminderMinutes: [120, 15] });
    expect(await pending(todo.id)).toEqual(new Date("2026-11-24T06:30:00Z"));

    await caller.todo.update({ id: todo.id, dueTime: null });
    expect(await pending(todo.id)).toBeNull();
    await caller.todo.update({ id: todo.id, dueTime: "18:00" });
    expect(await pending(todo.id)).toEqual(new Date("2026-11-23T18:00:00Z"));
    // Changing only the words leaves the row alone.
    await caller.todo.update({ id: todo.id, contents: "Quarterly report" });
    expect(await pending(todo.id)).toEqual(new Date("2026-11-23T18:00:00Z"));
  });

  it("ticked off: no more reminders; opened again: the ones still ahead", async ({ owner, callerAt, pending }) => {
    const caller = callerAt(owner);
    const todo = await caller.todo.create({ contents: "Report", dueOn: "2026-11-22", dueTime: "12:00", reminderMinutes: [60] });
    await caller.todo.toggle({ id: todo.id });
    expect(await pending(todo.id)).toBeNull();
    await caller.todo.toggle({ id: todo.id });
    expect(await pending(todo.id)).toEqual(new Date("2026-11-22T11:00:00Z"));
  });

  it("deleted: the row goes; the undo brings it back, the subtasks' too", async ({ owner, callerAt, pending }) => {
    const caller = callerAt(owner);
    const parent = await caller.todo.create({ contents: "Trip", dueOn: "2026-11-25", dueTime: "07:00", reminderMinutes: [1440] });
    const subtask = await caller.todo.create({ contents: "Pack", parentId: parent.id, dueOn: "2026-11-24", dueTime: "20:00", reminderMinutes: [30] });
    expect(await pending(subtask.id)).toEqual(new Date("2026-11-24T19:30:00Z"));
    const deleted = await caller.todo.delete({ id: parent.id });
    expect([await pending(parent.id), await pending(subtask.id)]).toEqual([null, null]);
    await caller.todo.restore({
      id: deleted.id,
      contents: deleted.contents,
      done: deleted.done,
      createdAt: deleted.createdAt,
      dueOn: deleted.dueOn,
      dueAt: deleted.dueAt,
      position: deleted.position,
      reminderMinutes: deleted.reminderMinutes,
      subtasks: deleted.subtasks.map((item) => ({
        id: item.id,
        contents: item.contents,
        done: item.done,
        createdAt: item.createdAt,
        dueOn: item.dueOn,
        dueAt: item.dueAt,
        position: item.position,
        reminderMinutes: item.reminderMinutes,
      })),
    });
    expect([await pending(parent.id), await pending(subtask.id)]).toEqual([new Date("2026-11-24T07:00:00Z"), new Date("2026-11-24T19:30:00Z")]);
  });

  it("a refused write changes no reminder", async ({ owner, callerAt, pending }) => {
    const caller = callerAt(owner);
    const todo = await caller.todo.create({ contents: "Report", dueOn: "2026-11-22", dueTime: "12:00", reminderMinutes: [60] });
    await expect(caller.todo.update({ id: todo.id, dueOn: null, reminderMinutes: [30] })).rejects.toThrow();
    await expect(caller.todo.update({ id: todo.id, reminderMinutes: [-5] })).rejects.toThrow();
    expect(await pending(todo.id)).toEqual(new Date("2026-11-22T11:00:00Z"));
  });
});

describe("the bell lists a todo reminder", () => {
  it("in the owner's language, with the todo and the due time it was for; once, however often the worker runs", async ({ db, owner, clock, callerAt, runWorker }) => {
    await db.prisma.user.update({ where: { id: owner.id }, data: { locale: "ko", timeZone: "Asia/Seoul" } });
    const caller = callerAt(owner);
    // 21:00 in Seoul is 12:00 UTC.
    const todo = await caller.todo.create({ contents: "보고서 제출", dueOn: "2026-11-21", dueTime: "21:00", reminderMinutes: [10] });
    clock.set(new Date(new Date("2026-11-21T12:00:00Z").getTime() - 10 * MINUTE));
    expect((await runWorker()).delivered).toBe(1);
    expect((await runWorker()).delivered).toBe(0);
    expect(await caller.notification.unreadCount()).toBe(1);
    const { items } = await caller.notification.list({});
    expect(items).toEqual([
      expect.objectContaining({
        kind: "TODO_REMINDER",
        todoId: todo.id,
        todoDueAt: new Date("2026-11-21T12:00:00Z"),
        scheduleId: null,
        occurrenceStartAt: null,
        text: "알림: 할 일 “보고서 제출”의 마감이 10분 후(11월 21일 토요일 오후 9:00)입니다.",
      }),
    ]);
  });

  it("nothing for a todo ticked off before its reminder", async ({ owner, clock, callerAt, runWorker }) => {
    const caller = callerAt(owner);
    const todo = await caller.todo.create({ contents: "Report", dueOn: "2026-11-21", dueTime: "12:00", reminderMinutes: [60] });
    await caller.todo.toggle({ id: todo.id });
    clock.advance(1.5);
    expect(await runWorker()).toEqual({ claimed: 0, delivered: 0, skipped: 0 });
    expect(await caller.notification.unreadCount()).toBe(0);
  });
});
