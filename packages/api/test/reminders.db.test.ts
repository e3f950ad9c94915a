import { describe, expect } from "vitest";
import { deliverDueReminders } from "../src/reminders/worker";
import { apiTest, openSharedDb } from "./fixture";
import { codeOf, createAccount, type TestAccount } from "./helpers";

const it = apiTest
  .extend("runWorker", ({ db, clock }) => () => deliverDueReminders(db, { now: clock.now }))
  .extend("notifications", ({ db }) => () => db.prisma.notification.findMany({ orderBy: { createdAt: "asc" } }))
  .extend("plan", ({ owner, callerAt, clock }) => (startInHours: number, title = "Dentist") =>
    callerAt(owner).schedule.create({ title, startAt: clock.later(startInHours), endAt: clock.later(startInHours + 1) }),
  )
  // A reminder for the account's schedule two days ahead, delivered; the clock stays where it was.
  .extend("deliverOne", ({ callerAt, clock, runWorker }) => async (account: TestAccount, title: string) => {
    await callerAt(account).schedule.create({ title, startAt: clock.later(48), endAt: clock.later(49) });
    const saved = clock.now();
    clock.advance(24);
    await runWorker();
    clock.set(saved);
  });
it.beforeAll(openSharedDb);

describe("reminders", () => {
  it("are due at the schedule's next reminder still ahead (out of the box: a day and 10 minutes before)", async ({ db, clock, plan, owner, callerAt }) => {
    const schedule = await plan(48);
    expect(await db.reminders.pendingFor(schedule.id)).toEqual(clock.later(24));
    expect(await db.reminders.pendingFor((await plan(3)).id)).toEqual(new Date(clock.later(3).getTime() - 10 * 60_000));
    // Only a day before, and that has passed: none.
    const dayBefore = await callerAt(owner).schedule.create({ title: "x", startAt: clock.later(24), endAt: clock.later(25), reminders: [{ minutesBefore: 1440 }] });
    expect(await db.reminders.pendingFor(dayBefore.id)).toBeNull();
  });

  it("are delivered once, when due, as a notification to the owner", async ({ owner, clock, runWorker, notifications, plan }) => {
    const schedule = await plan(48);
    clock.advance(23);
    expect(await runWorker()).toEqual({ claimed: 0, delivered: 0, dropped: 0 });
    clock.advance(1);
    expect(await runWorker()).toEqual({ claimed: 1, delivered: 1, dropped: 0 });
    expect(await runWorker()).toEqual({ claimed: 0, delivered: 0, dropped: 0 });
    const [notification] = await notifications();
    expect(notification).toMatchObject({ recipientId: owner.id, scheduleId: schedule.id, kind: "SCHEDULE_REMINDER", readAt: null });
    expect(notification?.text).toBe("Reminder: “Dentist” starts Monday 23 November at 10:00.");
  });

  it("are written in the owner's language: Korean for an account set to Korean", async ({ owner, clock, callerAt, runWorker, notifications, plan }) => {
    await callerAt(owner).account.updateLocale({ locale: "ko" });
    await plan(48, "치과 예약");
    clock.advance(24);
    await runWorker();
    const [notification] = await notifications();
    expect(notification?.text).toBe("알림: “치과 예약” 일정이 11월 23일 월요일 오전 10:00에 시작합니다.");
  });

  it("follow a change of language made after the schedule was planned", async ({ owner, clock, callerAt, runWorker, notifications, plan }) => {
    await callerAt(owner).account.updateLocale({ locale: "ko" });
    await plan(48);
    await callerAt(owner).account.updateLocale({ locale: "en" });
    clock.advance(24);
    await runWorker();
    expect((await notifications())[0]?.text).toBe("Reminder: “Dentist” starts Monday 23 November at 10:00.");
  });

  it("are rescheduled when the schedule moves", async ({ db, owner, clock, callerAt, runWorker, plan }) => {
    const schedule = await plan(48);
    await callerAt(owner).schedule.update({ id: schedule.id, startAt: clock.later(72), endAt: clock.later(73) });
    expect(await db.reminders.pendingFor(schedule.id)).toEqual(clock.later(48));
    clock.advance(30); // the old reminder time has passed: nothing
    expect((await runWorker()).delivered).toBe(0);
    clock.advance(18);
    expect((await runWorker()).delivered).toBe(1);
  });

  it("are cancelled when the schedule moves past its reminders, is deleted or is marked done", async ({ db, owner, clock, callerAt, runWorker, notifications, plan }) => {
    const moved = await callerAt(owner).schedule.create({ title: "moved close", startAt: clock.later(48), endAt: clock.later(49), reminders: [{ minutesBefore: 1440 }] });
    await callerAt(owner).schedule.update({ id: moved.id, startAt: clock.later(5), endAt: clock.later(6) });
    const deleted = await plan(48, "deleted");
    await callerAt(owner).schedule.delete({ id: deleted.id });
    const done = await plan(48, "done");
    await callerAt(owner).schedule.setStatus({ id: done.id, status: "CLOSED" });
    expect(await db.prisma.scheduleReminder.count()).toBe(0);
    clock.advance(25);
    await runWorker();
    expect(await notifications()).toEqual([]);
  });

  it("come back when a done schedule is planned again while there is still time", async ({ db, owner, clock, callerAt, plan }) => {
    const schedule = await plan(48);
    await callerAt(owner).schedule.setStatus({ id: schedule.id, status: "CLOSED" });
    await callerAt(owner).schedule.setStatus({ id: schedule.id, status: "OPEN" });
    expect(await db.reminders.pendingFor(schedule.id)).toEqual(clock.later(24));
  });

  it("are still sent, late, after downtime, unless the schedule has already started", async ({ db, clock, runWorker, notifications, plan }) => {
    await plan(48, "late but useful");
    await plan(30, "too late");
    clock.advance(31); // the app was down for 31 hours: both reminders are overdue
    expect(await runWorker()).toEqual({ claimed: 2, delivered: 1, dropped: 1 });
    expect((await notifications()).map((n) => n.text)).toEqual([expect.stringContaining("late but useful")]);
    expect(await db.prisma.scheduleReminder.count()).toBe(0);
  });

  it("are never created for schedules in the past", async ({ db, plan }) => {
    await plan(-5, "yesterday's");
    expect(await db.prisma.scheduleReminder.count()).toBe(0);
  });

  it("are exactly-once even when a batch is aborted midway and several workers run at once", async ({ db, clock, plan }) => {
    for (let index = 0; index < 30; index += 1) await plan(48 + index, `s${index}`);
    clock.advance(64); // all 30 due; the 17 starting at 48..64 h have started

    // A worker that fails after writing its notifications, before commit:
    await expect(
      deliverDueReminders(db, { now: clock.now, batchSize: 7, beforeCommit: () => Promise.reject(new Error("worker died")) }),
    ).rejects.toThrow("worker died");
    expect(await db.prisma.notification.count()).toBe(0);
    // Then four at once:
    const results = await Promise.all(Array.from({ length: 4 }, () => deliverDueReminders(db, { now: clock.now, batchSize: 4 })));
    expect(results.reduce((sum, r) => sum + r.delivered, 0)).toBe(13);
    expect(results.reduce((sum, r) => sum + r.dropped, 0)).toBe(17);
    expect(await db.prisma.notification.count()).toBe(13);
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
