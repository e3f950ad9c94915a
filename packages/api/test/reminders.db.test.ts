import { describe, expect } from "vitest";
import { deliverDueReminders } from "../src/reminders/worker";
import { apiTest, openSharedDb } from "./fixture";
import { codeOf, createAccount, type TestAccount } from "./helpers";
import { insertRemindedSchedule, type RemindedScheduleInput } from "./support/reminded-schedule";

const MINUTE = 60_000;

// Schedules are written with their queue row as a schedule write leaves it
// (support/reminded-schedule.ts); the clock then moves past their reminders.
const it = apiTest
  .extend("runWorker", ({ db, clock }) => () => deliverDueReminders(db, { now: clock.now }))
  .extend("texts", ({ db }) => async () => (await db.prisma.notification.findMany({ orderBy: [{ createdAt: "asc" }, { dedupeKey: "asc" }] })).map((n) => n.text))
  .extend("plan", ({ db, owner, clock }) => (input: RemindedScheduleInput, account: TestAccount = owner) => insertRemindedSchedule(db, account.id, input, clock.now()))
  // Runs the worker every `stepMinutes` from now until `hours` later, as the real one polls.
  .extend("runFor", ({ clock, runWorker }) => async (hours: number, stepMinutes: number) => {
    const end = clock.later(hours);
    let delivered = 0;
    while (clock.now() < end) {
      clock.set(new Date(clock.now().getTime() + stepMinutes * MINUTE));
      delivered += (await runWorker()).delivered;
    }
    return delivered;
  })
  // A reminder for the account's schedule two days ahead, delivered; the clock stays where it was.
  .extend("deliverOne", ({ db, clock, runWorker }) => async (account: TestAccount, title: string) => {
    await insertRemindedSchedule(db, account.id, { title, startAt: clock.later(48), endAt: clock.later(49), reminderMinutes: [1440] }, clock.now());
    const saved = clock.now();
    clock.advance(24);
    await runWorker();
    clock.set(saved);
  });
it.beforeAll(openSharedDb);

describe("chosen reminders", () => {
  it("a schedule made 3 hours ahead with 1-hour and 10-minute reminders gets exactly those two, once each", async ({ db, owner, clock, plan, runWorker, runFor, texts }) => {
    // Saturday 21 November 2026, 10:00 UTC: the schedule is at 13:00.
    const schedule = await plan({ startAt: clock.later(3), endAt: clock.later(4), reminderMinutes: [60, 10] });
    expect(schedule.remindAt).toEqual(clock.later(2));
    expect(await runWorker()).toEqual({ claimed: 0, delivered: 0, skipped: 0 });

    expect(await runFor(2, 5)).toBe(1);
    expect(await texts()).toEqual(["Reminder: “Standup” starts in 1 hour, Saturday 21 November 13:00."]);
    expect(await db.reminders.pendingFor(schedule.id)).toEqual(clock.later(5 / 6));

    expect(await runFor(2, 5)).toBe(1);
    expect(await texts()).toEqual(["Reminder: “Standup” starts in 1 hour, Saturday 21 November 13:00.", "Reminder: “Standup” starts in 10 minutes, Saturday 21 November 13:00."]);
    expect(await db.reminders.pendingFor(schedule.id)).toBeNull();
    const notifications = await db.prisma.notification.findMany({ where: { scheduleId: schedule.id } });
    expect(notifications.map((n) => n.recipientId)).toEqual([owner.id, owner.id]);
  });

  it("remind each occurrence of a weekly schedule, on the owner's clock, except the ones taken out", async ({ db, owner, clock, plan, runFor, texts }) => {
    await db.prisma.user.update({ where: { id: owner.id }, data: { timeZone: "Asia/Seoul", locale: "ko" } });
    // Mondays and Wednesdays at 10:00 in Seoul from Monday 23 November; Wednesday 2 December taken out.
    await plan({
      title: "주간 회의",
      startAt: new Date("2026-11-23T01:00:00Z"),
      endAt: new Date("2026-11-23T02:00:00Z"),
      recurrence: "RRULE:FREQ=WEEKLY;BYDAY=MO,WE",
      exceptions: [new Date("2026-12-02T01:00:00Z")],
      reminderMinutes: [60],
    });
    expect(await runFor(17 * 24, 60)).toBe(4);
    expect(await texts()).toEqual([
      "알림: “주간 회의” 일정이 1시간 후(11월 23일 월요일 오전 10:00)에 시작합니다.",
      "알림: “주간 회의” 일정이 1시간 후(11월 25일 수요일 오전 10:00)에 시작합니다.",
      "알림: “주간 회의” 일정이 1시간 후(11월 30일 월요일 오전 10:00)에 시작합니다.",
      "알림: “주간 회의” 일정이 1시간 후(12월 7일 월요일 오전 10:00)에 시작합니다.",
    ]);
    expect(clock.now()).toEqual(new Date("2026-12-08T10:00:00Z"));
  });

  it("remind an all-day schedule at 09:00 the day before and on the day, in the owner's zone", async ({ db, owner, clock, plan, runWorker, texts }) => {
    await db.prisma.user.update({ where: { id: owner.id }, data: { timeZone: "America/New_York" } });
    // Tuesday 24 November, all day: 09:00 in New York is 14:00 UTC.
    await plan({ title: "Trip", startAt: new Date("2026-11-24T00:00:00Z"), endAt: new Date("2026-11-27T00:00:00Z"), allDay: true, reminderMinutes: [900, -540] });
    clock.set(new Date("2026-11-23T13:59:00Z"));
    expect((await runWorker()).delivered).toBe(0);
    clock.set(new Date("2026-11-23T14:00:00Z"));
    expect((await runWorker()).delivered).toBe(1);
    clock.set(new Date("2026-11-24T14:00:30Z"));
    expect((await runWorker()).delivered).toBe(1);
    expect(await texts()).toEqual(["Reminder: “Trip” is tomorrow (Tuesday 24 November).", "Reminder: “Trip” is today (Tuesday 24 November)."]);
    expect(await db.prisma.scheduleReminder.count()).toBe(0);
  });

  it("give nothing for a done schedule, and take it off the queue", async ({ db, clock, plan, runWorker, texts }) => {
    const schedule = await plan({ startAt: clock.later(3), endAt: clock.later(4), reminderMinutes: [60] });
    await db.prisma.schedule.update({ where: { id: schedule.id }, data: { status: "CLOSED" } });
    clock.advance(2.5);
    expect(await runWorker()).toEqual({ claimed: 1, delivered: 0, skipped: 1 });
    expect(await texts()).toEqual([]);
    expect(await db.reminders.pendingFor(schedule.id)).toBeNull();
  });

  it("after downtime, deliver late one for the occurrence still ahead: no burst of passed ones", async ({ clock, plan, runWorker, texts }) => {
    const downAt = clock.now();
    // Every day at 10:30 UTC from Wednesday 18 November, a day and an hour before; made on the 17th.
    clock.set(new Date("2026-11-17T00:00:00Z"));
    await plan({ title: "Daily", startAt: new Date("2026-11-18T10:30:00Z"), endAt: new Date("2026-11-18T11:00:00Z"), recurrence: "RRULE:FREQ=DAILY", reminderMinutes: [1440, 60] });
    // The app was down from the 17th until Saturday 21 November 10:00: both of Saturday's are still worth sending.
    clock.set(downAt);
    expect(await runWorker()).toEqual({ claimed: 1, delivered: 1, skipped: 0 });
    expect(await texts()).toEqual(["Reminder: “Daily” starts in 30 minutes, Saturday 21 November 10:30."]);
    // Sunday's day-before reminder is next.
    clock.set(new Date("2026-11-21T10:30:00Z"));
    expect((await runWorker()).delivered).toBe(1);
  });

  it("are exactly-once even when a batch is aborted midway and several workers run at once", async ({ db, clock, plan }) => {
    for (let index = 0; index < 30; index += 1) await plan({ title: `s${index}`, startAt: clock.later(2 + index), endAt: clock.later(3 + index), reminderMinutes: [120, 60] });
    clock.advance(16.5); // 17 due: 15 have begun, 2 are still ahead

    // A worker that fails after writing its notifications, before commit:
    await expect(
      deliverDueReminders(db, { now: clock.now, batchSize: 7, beforeCommit: () => Promise.reject(new Error("worker died")) }),
    ).rejects.toThrow("worker died");
    expect(await db.prisma.notification.count()).toBe(0);
    // Then four at once:
    const results = await Promise.all(Array.from({ length: 4 }, () => deliverDueReminders(db, { now: clock.now, batchSize: 4 })));
    expect(results.reduce((sum, r) => sum + r.delivered, 0)).toBe(2);
    expect(results.reduce((sum, r) => sum + r.skipped, 0)).toBe(15);
    expect(await db.prisma.notification.count()).toBe(2);
    expect(await db.prisma.scheduleReminder.count()).toBe(14); // the one still to remind again, and the 13 not yet due
  });
});

describe("notification router", () => {
  it("lists the caller's notifications, counts unread, and marks one or all read", async ({ db, owner, callerAt, deliverOne }) => {
    const other = await createAccount(db, "USER");
    await deliverOne(owner, "first");
    await deliverOne(owner, "second");
    await deliverOne(other, "not yours");

    const asOwner = callerAt(owner);
    expect(await asOwner.notification.unreadCount()).toBe(2);
    const { items } = await asOwner.notification.list({});
    expect(items.map((n) => n.text)).toEqual([expect.stringContaining("second"), expect.stringContaining("first")]);

    await asOwner.notification.markRead({ id: items[0]!.id });
    expect(await asOwner.notification.unreadCount()).toBe(1);
    expect((await asOwner.notification.list({ unreadOnly: true })).items).toHaveLength(1);
    expect(await asOwner.notification.markAllRead()).toEqual({ marked: 1 });
    expect(await asOwner.notification.unreadCount()).toBe(0);
    expect(await callerAt(other).notification.unreadCount()).toBe(1);
  });

  it("treats another user's notification as NOT_FOUND", async ({ db, owner, callerAt, deliverOne }) => {
    const other = await createAccount(db, "USER");
    await deliverOne(other, "theirs");
    const [theirs] = (await callerAt(other).notification.list({})).items;
    expect(await codeOf(() => callerAt(owner).notification.markRead({ id: theirs!.id }))).toBe("NOT_FOUND");
    expect(await callerAt(other).notification.unreadCount()).toBe(1);
  });

  it("serves subscribers and admins their own, and refuses anonymous callers", async ({ db, callerAt }) => {
    const subscriber = await createAccount(db, "SUBSCRIBER");
    const admin = await createAccount(db, "ADMIN");
    expect(await callerAt(subscriber).notification.unreadCount()).toBe(0);
    expect(await callerAt(admin).notification.list({})).toEqual({ items: [], nextCursor: null });
    for (const call of [
      () => callerAt(null).notification.list({}),
      () => callerAt(null).notification.unreadCount(),
      () => callerAt(null).notification.markAllRead(),
      () => callerAt(null).notification.markRead({ id: "01a1fd73-7f0b-7583-b1b8-dca8ca9a0150" }),
    ]) {
      expect(await codeOf(call)).toBe("UNAUTHORIZED");
    }
  });
});
