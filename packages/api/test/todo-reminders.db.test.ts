import { describe, expect } from "vitest";
import type { Mailer } from "../src/reminders/mailer";
import { deliverDueReminders } from "../src/reminders/worker";
import { syncTodoReminders } from "../src/services/todo-reminders";
import { apiTest, openSharedDb } from "./fixture";
import { insertRemindedSchedule } from "./support/reminded-schedule";
import { insertRemindedTodo, type RemindedTodoInput } from "./support/reminded-todo";

const MINUTE = 60_000;

// Todos are written with their queue row as the todo service leaves it
// (support/reminded-todo.ts); the clock then moves past their reminders.
// todo-reminders-api.db.test.ts covers the same through the todo procedures.
const it = apiTest
  .extend("runWorker", ({ db, clock }) => () => deliverDueReminders(db, { now: clock.now }))
  .extend("texts", ({ db }) => async () => (await db.prisma.notification.findMany({ orderBy: [{ createdAt: "asc" }, { dedupeKey: "asc" }] })).map((n) => n.text))
  .extend("plan", ({ db, owner, clock }) => (input: RemindedTodoInput) => insertRemindedTodo(db, owner.id, input, clock.now()))
  // Whole minutes from the clock's now (hours as fractions would not be exact).
  .extend("inMinutes", ({ clock }) => (minutes: number) => new Date(clock.now().getTime() + minutes * MINUTE));
it.beforeAll(openSharedDb);

// A mailer the worker only needs to know exists: e-mails are queued, not sent, by delivery.
const queueOnlyMailer: Mailer = { send: () => Promise.resolve(), sendMessage: () => Promise.resolve(), close: () => undefined };

describe("todo reminders through the reminder engine", () => {
  it("a todo due in 3 hours with 1-hour and 10-minute reminders gets exactly those two, once each, as TODO_REMINDERs of the todo", async ({ db, owner, clock, plan, runWorker, texts, inMinutes }) => {
    // Saturday 21 November 2026, 10:00 UTC: due at 13:00.
    const todo = await plan({ dueAt: clock.later(3), reminderMinutes: [60, 10] });
    expect(todo.remindAt).toEqual(clock.later(2));
    expect(await runWorker()).toEqual({ claimed: 0, delivered: 0, skipped: 0 });

    clock.advance(2);
    expect(await runWorker()).toEqual({ claimed: 1, delivered: 1, skipped: 0 });
    expect(await db.todoReminders.pendingFor(todo.id)).toEqual(inMinutes(50));
    // The same instant again: nothing new.
    expect((await runWorker()).delivered).toBe(0);

    clock.set(inMinutes(50));
    expect((await runWorker()).delivered).toBe(1);
    expect(await texts()).toEqual(["Reminder: “Pay rent” is due in 1 hour, Saturday 21 November 13:00.", "Reminder: “Pay rent” is due in 10 minutes, Saturday 21 November 13:00."]);
    expect(await db.todoReminders.pendingFor(todo.id)).toBeNull();
    const notifications = await db.prisma.notification.findMany({ where: { todoId: todo.id }, orderBy: { createdAt: "asc" } });
    expect(notifications.map((n) => [n.kind, n.recipientId, n.scheduleId, n.emailStatus])).toEqual([
      ["TODO_REMINDER", owner.id, null, "NONE"],
      ["TODO_REMINDER", owner.id, null, "NONE"],
    ]);
    expect(notifications.map((n) => n.dedupeKey)).toEqual([
      `todo-reminder:${todo.id}:${inMinutes(10).toISOString()}:60`,
      `todo-reminder:${todo.id}:${inMinutes(10).toISOString()}:10`,
    ]);
  });

  it("speak the owner's language on the owner's clock", async ({ db, owner, clock, plan, runWorker, texts }) => {
    await db.prisma.user.update({ where: { id: owner.id }, data: { timeZone: "Asia/Seoul", locale: "ko" } });
    await plan({ contents: "보고서 제출", dueAt: clock.later(1), reminderMinutes: [30] });
    clock.advance(0.5);
    await runWorker();
    // 11:00 UTC is 20:00 in Seoul.
    expect(await texts()).toEqual(["알림: 할 일 “보고서 제출”의 마감이 30분 후(11월 21일 토요일 오후 8:00)입니다."]);
  });

  it("queue an e-mail copy when e-mail is on and the owner has an address", async ({ db, clock, plan }) => {
    const todo = await plan({ dueAt: clock.later(1), reminderMinutes: [30] });
    clock.advance(0.5);
    await deliverDueReminders(db, { now: clock.now, mailer: queueOnlyMailer });
    expect((await db.prisma.notification.findFirstOrThrow({ where: { todoId: todo.id } })).emailStatus).toBe("PENDING");
  });

  it("give nothing for a todo ticked off meanwhile, and take it off the queue", async ({ db, clock, plan, runWorker, texts }) => {
    const todo = await plan({ dueAt: clock.later(3), reminderMinutes: [60] });
    // Done without the service's sync (as a crash between the two would leave it): the worker still says nothing.
    await db.prisma.todo.update({ where: { id: todo.id }, data: { done: true } });
    clock.advance(2.5);
    expect(await runWorker()).toEqual({ claimed: 1, delivered: 0, skipped: 1 });
    expect(await texts()).toEqual([]);
    expect(await db.todoReminders.pendingFor(todo.id)).toBeNull();
  });

  it("after downtime, send only the latest reminder still ahead of the due time; none once it has passed", async ({ clock, plan, runWorker, texts }) => {
    await plan({ contents: "Late", dueAt: clock.later(25), reminderMinutes: [1440, 60] });
    await plan({ contents: "Missed", dueAt: clock.later(3), reminderMinutes: [120] });
    clock.advance(24.5);
    expect(await runWorker()).toEqual({ claimed: 2, delivered: 1, skipped: 1 });
    expect(await texts()).toEqual(["Reminder: “Late” is due in 30 minutes, Sunday 22 November 11:00."]);
  });

  it("follow the todo's changes: a new due time is reminded at its own time, never at the old one", async ({ db, clock, plan, runWorker, texts }) => {
    const todo = await plan({ dueAt: clock.later(3), reminderMinutes: [60] });
    // Moved a day later (as todo.update writes it), then synced.
    await db.prisma.todo.update({ where: { id: todo.id }, data: { dueAt: clock.later(27), dueOn: new Date("2026-11-22T00:00:00Z") } });
    await syncTodoReminders(db, [todo.id], clock.now());
    expect(await db.todoReminders.pendingFor(todo.id)).toEqual(clock.later(26));
    clock.advance(2.5);
    expect((await runWorker()).claimed).toBe(0);
    clock.advance(24);
    expect((await runWorker()).delivered).toBe(1);
    expect(await texts()).toEqual(["Reminder: “Pay rent” is due in 30 minutes, Sunday 22 November 13:00."]);
  });

  it("a todo moved while a worker holds its row ends up queued for its new time (the sync waits, then writes last)", async ({ db, clock, plan, inMinutes }) => {
    const todo = await plan({ dueAt: clock.later(3), reminderMinutes: [60] });
    clock.advance(2);
    const worker = deliverDueReminders(db, { now: clock.now, beforeCommit: () => new Promise((resolve) => setTimeout(resolve, 400)) });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const moved = (async () => {
      await db.prisma.todo.update({ where: { id: todo.id }, data: { dueAt: clock.later(25), dueOn: new Date("2026-11-22T00:00:00Z") } });
      await syncTodoReminders(db, [todo.id], clock.now());
    })();
    const [delivery] = await Promise.all([worker, moved]);
    // The worker took the row as it was (the old time's reminder went out) …
    expect(delivery.delivered).toBe(1);
    // … and the sync, after it, put the row at the new time's reminder.
    expect(await db.todoReminders.pendingFor(todo.id)).toEqual(inMinutes(24 * 60));
  });

  it("drop the queue row when a todo is deleted; its reminders already given stay, no longer linked", async ({ db, clock, plan, runWorker }) => {
    const todo = await plan({ dueAt: clock.later(3), reminderMinutes: [120, 60] });
    clock.advance(1);
    await runWorker();
    await db.prisma.todo.delete({ where: { id: todo.id } });
    expect(await db.todoReminders.pendingFor(todo.id)).toBeNull();
    expect((await db.prisma.notification.findMany()).map((n) => [n.kind, n.todoId])).toEqual([["TODO_REMINDER", null]]);
    // Syncing a deleted todo is harmless.
    await syncTodoReminders(db, [todo.id], clock.now());
    expect(await db.prisma.todoReminder.count()).toBe(0);
  });

  it("deliver schedules' and todos' reminders in the same run", async ({ db, owner, clock, plan, runWorker }) => {
    await plan({ dueAt: clock.later(2), reminderMinutes: [60] });
    await insertRemindedSchedule(db, owner.id, { startAt: clock.later(2), endAt: clock.later(3), reminderMinutes: [60] }, clock.now());
    clock.advance(1);
    expect(await runWorker()).toEqual({ claimed: 2, delivered: 2, skipped: 0 });
    expect((await db.prisma.notification.findMany({ orderBy: { kind: "asc" } })).map((n) => n.kind)).toEqual(["SCHEDULE_REMINDER", "TODO_REMINDER"]);
  });

  it("are exactly-once with a batch aborted midway and two workers at once", async ({ db, clock, plan, inMinutes }) => {
    // Due every 15 minutes from 12:00 to 17:45, each reminded 2 hours and 1 hour before.
    for (let index = 0; index < 24; index += 1) await plan({ contents: `t${index}`, dueAt: inMinutes(120 + index * 15), reminderMinutes: [120, 60] });
    // 13:30. Due before 13:30: passed, nothing (6 todos). Due 13:30 to 14:30: the 1-hour
    // reminder, the latest of the two (5). Due 14:45 to 15:30: the 2-hour one (4). Later: not yet due (9).
    clock.set(inMinutes(210));

    await expect(deliverDueReminders(db, { now: clock.now, batchSize: 5, beforeCommit: () => Promise.reject(new Error("worker died")) })).rejects.toThrow("worker died");
    expect(await db.prisma.notification.count()).toBe(0);

    const results = await Promise.all([deliverDueReminders(db, { now: clock.now, batchSize: 3 }), deliverDueReminders(db, { now: clock.now, batchSize: 3 })]);
    expect(results.reduce((sum, result) => sum + result.delivered, 0)).toBe(9);
    expect(results.reduce((sum, result) => sum + result.skipped, 0)).toBe(6);
    const keys = (await db.prisma.notification.findMany({ select: { dedupeKey: true } })).map((n) => n.dedupeKey);
    expect(new Set(keys).size).toBe(9);
    expect([keys.filter((key) => key.endsWith(":60")).length, keys.filter((key) => key.endsWith(":120")).length]).toEqual([5, 4]);
    // The four reminded 2 hours before wait for their 1-hour reminder; the nine later ones are untouched.
    expect(await db.prisma.todoReminder.count({ where: { remindAt: { lte: clock.now() } } })).toBe(0);
    expect(await db.prisma.todoReminder.count()).toBe(13);
    // Running again at the same instant changes nothing.
    expect((await deliverDueReminders(db, { now: clock.now })).delivered).toBe(0);
    expect(await db.prisma.notification.count()).toBe(9);
  });
});
