import { describe, expect } from "vitest";
import { monthRange } from "@planner/domain";
import { apiTest, openSharedDb } from "./fixture";
import { callerFor, codeOf, createAccount } from "./helpers";

const at = (iso: string) => new Date(iso);
const slot = (start: string, end: string) => ({ startAt: at(start), endAt: at(end) });
const titles = (items: { title: string }[]) => items.map((item) => item.title);

const it = apiTest
  // A subscriber granted the owner's calendar.
  .extend("follower", async ({ db, owner }) => {
    const follower = await createAccount(db, "SUBSCRIBER");
    await db.subscriptions.grant(follower.id, owner.id, owner.id);
    return follower;
  })
  // A subscriber without a grant.
  .extend("outsider", ({ db }) => createAccount(db, "SUBSCRIBER"))
  .extend("plan", ({ asOwner }) => (title: string, start: string, end: string) => asOwner().schedule.create({ title, ...slot(start, end) }));
it.beforeAll(openSharedDb);

describe("schedule.create", () => {
  it("creates an OPEN schedule on the owner's grid", async ({ db, owner, asOwner }) => {
    const created = await asOwner().schedule.create({ title: " Stand-up ", memo: "daily", ...slot("2026-12-01T09:00:00Z", "2026-12-01T09:30:00Z") });
    expect(created).toMatchObject({ title: "Stand-up", memo: "daily", status: "OPEN", ownerId: owner.id, readOnly: false });
    expect((await db.prisma.schedule.findUniqueOrThrow({ where: { id: created.id } })).createdById).toBe(owner.id);
  });

  it("uses the owner's time zone for the grid", async ({ db, owner, plan }) => {
    await db.users.setTimeZone(owner.id, "Asia/Kathmandu");
    // 09:00–10:00 in Kathmandu is 03:15–04:15 UTC
    await expect(plan("Kathmandu", "2026-12-01T03:15:00Z", "2026-12-01T04:15:00Z")).resolves.toMatchObject({ title: "Kathmandu" });
    expect(await codeOf(() => plan("UTC grid", "2026-12-01T03:00:00Z", "2026-12-01T04:00:00Z"))).toBe("BAD_REQUEST");
  });

  it.for([
    ["an end before the start", { ...slot("2026-12-01T10:00:00Z", "2026-12-01T09:00:00Z") }],
    ["an end equal to the start", { ...slot("2026-12-01T10:00:00Z", "2026-12-01T10:00:00Z") }],
    ["times off the grid", { ...slot("2026-12-01T10:10:00Z", "2026-12-01T11:00:00Z") }],
    ["more than 14 days", { ...slot("2026-12-01T10:00:00Z", "2026-12-15T10:30:00Z") }],
    ["an empty title", { title: "  " }],
    ["a 121-character title", { title: "x".repeat(121) }],
    ["a 2,001-character memo", { memo: "x".repeat(2001) }],
  ] as const)("refuses %s with BAD_REQUEST, changing nothing", async ([_label, change], { db, asOwner }) => {
    const input = { title: "ok", ...slot("2026-12-01T10:00:00Z", "2026-12-01T11:00:00Z"), ...change };
    expect(await codeOf(() => asOwner().schedule.create(input))).toBe("BAD_REQUEST");
    expect(await db.prisma.schedule.count()).toBe(0);
  });

  it("is FORBIDDEN for subscribers (their own calendar is read-only) and UNAUTHORIZED for anonymous callers", async ({ db, follower }) => {
    const input = { title: "nope", ...slot("2026-12-01T10:00:00Z", "2026-12-01T11:00:00Z") };
    expect(await codeOf(() => callerFor(db, follower).schedule.create(input))).toBe("FORBIDDEN");
    expect(await codeOf(() => callerFor(db, null).schedule.create(input))).toBe("UNAUTHORIZED");
    expect(await db.prisma.schedule.count()).toBe(0);
  });

  it("is refused by the database CHECK even if the application were bypassed", async ({ db, owner }) => {
    await expect(
      db.prisma.schedule.create({
        data: { id: "01a1fd73-7f0b-7583-b1b8-dca8ca9a0150", ownerId: owner.id, title: "bad", ...slot("2026-12-01T10:00:00Z", "2026-12-01T09:00:00Z") },
      }),
    ).rejects.toThrow();
  });
});

describe("schedule.range", () => {
  it("returns the schedules overlapping a month, including those spanning its edges", async ({ asOwner, plan }) => {
    await plan("before", "2026-11-30T10:00:00Z", "2026-11-30T11:00:00Z");
    await plan("spans start", "2026-11-30T23:00:00Z", "2026-12-01T01:00:00Z");
    await plan("inside", "2026-12-15T10:00:00Z", "2026-12-15T11:00:00Z");
    await plan("spans end", "2026-12-31T23:30:00Z", "2027-01-01T00:30:00Z");
    await plan("ends at start", "2026-11-30T23:00:00Z", "2026-12-01T00:00:00Z");
    await plan("starts at end", "2027-01-01T00:00:00Z", "2027-01-01T01:00:00Z");
    await plan("long, from before", "2026-11-20T00:00:00Z", "2026-12-03T00:00:00Z");

    const december = monthRange(at("2026-12-10T00:00:00Z"), "UTC");
    const items = await asOwner().schedule.range(december);
    expect(titles(items)).toEqual(["long, from before", "spans start", "inside", "spans end"]);
  });

  it("uses the window it is given, so a viewer's month in another zone works", async ({ asOwner, plan }) => {
    await plan("1 Dec 03:00 UTC", "2026-12-01T03:00:00Z", "2026-12-01T04:00:00Z");
    const decemberInLosAngeles = monthRange(at("2026-12-10T00:00:00Z"), "America/Los_Angeles");
    const novemberInLosAngeles = monthRange(at("2026-11-10T00:00:00Z"), "America/Los_Angeles");
    expect(titles(await asOwner().schedule.range(decemberInLosAngeles))).toEqual([]);
    expect(titles(await asOwner().schedule.range(novemberInLosAngeles))).toEqual(["1 Dec 03:00 UTC"]);
  });

  it("adds shared calendars, read-only, only when asked and only where subscribed", async ({ db, owner, stranger, follower, outsider, plan }) => {
    await plan("owner's", "2026-12-02T10:00:00Z", "2026-12-02T11:00:00Z");
    await callerFor(db, stranger).schedule.create({ title: "stranger's", ...slot("2026-12-02T12:00:00Z", "2026-12-02T13:00:00Z") });
    const window = { from: at("2026-12-01T00:00:00Z"), to: at("2026-12-03T00:00:00Z") };

    expect(await callerFor(db, follower).schedule.range(window)).toEqual([]);
    const shared = await callerFor(db, follower).schedule.range({ ...window, includeShared: true });
    expect(shared.map((item) => [item.title, item.readOnly, item.owner.username])).toEqual([["owner's", true, owner.username]]);
    expect(await callerFor(db, outsider).schedule.range({ ...window, includeShared: true })).toEqual([]);
    expect(titles(await callerFor(db, stranger).schedule.range({ ...window, includeShared: true }))).toEqual(["stranger's"]);
  });

  it("refuses a window that ends before it starts or is over 100 days", async ({ asOwner }) => {
    expect(await codeOf(() => asOwner().schedule.range({ from: at("2026-12-02T00:00:00Z"), to: at("2026-12-01T00:00:00Z") }))).toBe("BAD_REQUEST");
    expect(await codeOf(() => asOwner().schedule.range({ from: at("2026-01-01T00:00:00Z"), to: at("2026-12-01T00:00:00Z") }))).toBe("BAD_REQUEST");
  });

  it("is UNAUTHORIZED for anonymous callers", async ({ db }) => {
    expect(await codeOf(() => callerFor(db, null).schedule.range({ from: at("2026-12-01T00:00:00Z"), to: at("2026-12-02T00:00:00Z") }))).toBe("UNAUTHORIZED");
  });
});

describe("schedule.list", () => {
  it("lists own schedules by start, filtered by status, with a cursor that is stable while rows are inserted", async ({ db, stranger, asOwner, plan }) => {
    for (let day = 1; day <= 5; day += 1) await plan(`day ${day}`, `2026-12-0${day}T10:00:00Z`, `2026-12-0${day}T11:00:00Z`);
    await callerFor(db, stranger).schedule.create({ title: "not mine", ...slot("2026-12-01T08:00:00Z", "2026-12-01T09:00:00Z") });

    const first = await asOwner().schedule.list({ limit: 2 });
    expect(titles(first.items)).toEqual(["day 1", "day 2"]);
    await plan("inserted earlier", "2026-11-01T10:00:00Z", "2026-11-01T11:00:00Z");
    await plan("inserted between", "2026-12-02T12:00:00Z", "2026-12-02T13:00:00Z");
    const second = await asOwner().schedule.list({ limit: 2, cursor: first.nextCursor });
    expect(titles(second.items)).toEqual(["inserted between", "day 3"]);
    const third = await asOwner().schedule.list({ limit: 2, cursor: second.nextCursor });
    expect(titles(third.items)).toEqual(["day 4", "day 5"]);
    expect(third.nextCursor).toBeNull();

    const [dayOne] = first.items;
    await asOwner().schedule.setStatus({ id: dayOne!.id, status: "CLOSED" });
    expect(titles((await asOwner().schedule.list({ status: "CLOSED" })).items)).toEqual(["day 1"]);
  });

  it("is UNAUTHORIZED for anonymous callers", async ({ db }) => {
    expect(await codeOf(() => callerFor(db, null).schedule.list({}))).toBe("UNAUTHORIZED");
  });
});

describe("schedule.byId, update, setStatus and delete", () => {
  it("let the owner read, edit, move, resize, mark done and delete", async ({ db, asOwner, plan }) => {
    const created = await plan("draft", "2026-12-01T09:00:00Z", "2026-12-01T10:00:00Z");
    expect(await asOwner().schedule.byId({ id: created.id })).toMatchObject({ title: "draft", readOnly: false });
    expect(await asOwner().schedule.update({ id: created.id, title: "final", memo: "notes" })).toMatchObject({ title: "final", memo: "notes" });
    const moved = await asOwner().schedule.update({ id: created.id, ...slot("2026-12-02T14:00:00Z", "2026-12-02T15:00:00Z") });
    expect(moved).toMatchObject(slot("2026-12-02T14:00:00Z", "2026-12-02T15:00:00Z"));
    const resized = await asOwner().schedule.update({ id: created.id, endAt: at("2026-12-02T16:30:00Z") });
    expect(resized).toMatchObject(slot("2026-12-02T14:00:00Z", "2026-12-02T16:30:00Z"));
    expect(await asOwner().schedule.setStatus({ id: created.id, status: "CLOSED" })).toMatchObject({ status: "CLOSED" });
    expect(await asOwner().schedule.delete({ id: created.id })).toEqual({ id: created.id });
    expect(await db.prisma.schedule.count()).toBe(0);
  });

  it("refuse a resize that would end before the start, changing nothing", async ({ asOwner, plan }) => {
    const created = await plan("keep", "2026-12-01T09:00:00Z", "2026-12-01T10:00:00Z");
    expect(await codeOf(() => asOwner().schedule.update({ id: created.id, endAt: at("2026-12-01T09:00:00Z") }))).toBe("BAD_REQUEST");
    expect(await codeOf(() => asOwner().schedule.update({ id: created.id, startAt: at("2026-12-01T10:30:00Z") }))).toBe("BAD_REQUEST");
    expect(await asOwner().schedule.byId({ id: created.id })).toMatchObject(slot("2026-12-01T09:00:00Z", "2026-12-01T10:00:00Z"));
  });

  it("show a subscribed follower the schedule read-only and refuse their changes with FORBIDDEN", async ({ db, follower, asOwner, plan }) => {
    const created = await plan("shared", "2026-12-01T09:00:00Z", "2026-12-01T10:00:00Z");
    const asFollower = callerFor(db, follower);
    expect(await asFollower.schedule.byId({ id: created.id })).toMatchObject({ title: "shared", readOnly: true });
    expect(await codeOf(() => asFollower.schedule.update({ id: created.id, title: "mine now" }))).toBe("FORBIDDEN");
    expect(await codeOf(() => asFollower.schedule.setStatus({ id: created.id, status: "CLOSED" }))).toBe("FORBIDDEN");
    expect(await codeOf(() => asFollower.schedule.delete({ id: created.id }))).toBe("FORBIDDEN");
    expect(await asOwner().schedule.byId({ id: created.id })).toMatchObject({ title: "shared", status: "OPEN" });
  });

  it("treat another user's schedule, and an unsubscribed subscriber's view of it, as NOT_FOUND", async ({ db, stranger, outsider, asOwner, plan }) => {
    const created = await plan("private", "2026-12-01T09:00:00Z", "2026-12-01T10:00:00Z");
    for (const account of [stranger, outsider]) {
      const caller = callerFor(db, account);
      expect(await codeOf(() => caller.schedule.byId({ id: created.id }))).toBe("NOT_FOUND");
      expect(await codeOf(() => caller.schedule.update({ id: created.id, title: "x" }))).toBe("NOT_FOUND");
      expect(await codeOf(() => caller.schedule.setStatus({ id: created.id, status: "CLOSED" }))).toBe("NOT_FOUND");
      expect(await codeOf(() => caller.schedule.delete({ id: created.id }))).toBe("NOT_FOUND");
    }
    expect(await asOwner().schedule.byId({ id: created.id })).toMatchObject({ title: "private", status: "OPEN" });
  });

  it("let an admin read and change anyone's schedule", async ({ db, admin, plan }) => {
    const created = await plan("owner's", "2026-12-01T09:00:00Z", "2026-12-01T10:00:00Z");
    const asAdmin = callerFor(db, admin);
    expect(await asAdmin.schedule.byId({ id: created.id })).toMatchObject({ readOnly: false });
    expect(await asAdmin.schedule.setStatus({ id: created.id, status: "CLOSED" })).toMatchObject({ status: "CLOSED" });
  });

  it("are UNAUTHORIZED for anonymous callers", async ({ db, plan }) => {
    const created = await plan("x", "2026-12-01T09:00:00Z", "2026-12-01T10:00:00Z");
    const anonymous = callerFor(db, null);
    expect(await codeOf(() => anonymous.schedule.byId({ id: created.id }))).toBe("UNAUTHORIZED");
    expect(await codeOf(() => anonymous.schedule.update({ id: created.id, title: "y" }))).toBe("UNAUTHORIZED");
    expect(await codeOf(() => anonymous.schedule.setStatus({ id: created.id, status: "CLOSED" }))).toBe("UNAUTHORIZED");
    expect(await codeOf(() => anonymous.schedule.delete({ id: created.id }))).toBe("UNAUTHORIZED");
  });
});

describe("schedule.restore", () => {
  it("puts a deleted schedule back with its id, memo, times, status and reminders, once", async ({ db, owner, asOwner, plan }) => {
    const created = await plan("stand-up", "2026-12-01T09:00:00Z", "2026-12-01T10:00:00Z");
    await asOwner().schedule.update({ id: created.id, memo: "room 4" });
    const done = await asOwner().schedule.setStatus({ id: created.id, status: "CLOSED" });
    await asOwner().schedule.delete({ id: created.id });
    const undo = { id: done.id, title: done.title, memo: done.memo, startAt: done.startAt, endAt: done.endAt, status: done.status, reminders: done.reminders };
    const restored = await asOwner().schedule.restore(undo);
    expect(restored).toMatchObject({ ...undo, ownerId: created.ownerId, readOnly: false });
    expect(await asOwner().schedule.byId({ id: created.id })).toMatchObject(undo);
    // Done: no reminder to send.
    expect(await db.prisma.scheduleReminder.count({ where: { scheduleId: created.id } })).toBe(0);
    expect(await codeOf(() => asOwner().schedule.restore(undo))).toBe("CONFLICT");

    await asOwner().schedule.delete({ id: created.id });
    // Two days before it starts, a planned one gets its reminder back.
    const twoDaysBefore = () => at("2026-11-29T09:00:00Z");
    await callerFor(db, owner, null, twoDaysBefore).schedule.restore({ ...undo, status: "OPEN" });
    expect(await db.prisma.scheduleReminder.count({ where: { scheduleId: created.id } })).toBe(1);
  });

  it("keeps the grid and the owner's rules: off-grid times are BAD_REQUEST, subscribers FORBIDDEN, other calendars only for admins", async ({ db, owner, stranger, admin, follower, asOwner, plan }) => {
    const created = await plan("gone", "2026-12-01T09:00:00Z", "2026-12-01T10:00:00Z");
    await asOwner().schedule.delete({ id: created.id });
    const undo = { id: created.id, title: "gone", memo: "", ...slot("2026-12-01T09:00:00Z", "2026-12-01T10:00:00Z"), status: "OPEN" as const };
    expect(await codeOf(() => asOwner().schedule.restore({ ...undo, startAt: at("2026-12-01T09:10:00Z") }))).toBe("BAD_REQUEST");
    expect(await codeOf(() => callerFor(db, follower).schedule.restore(undo))).toBe("FORBIDDEN");
    expect(await codeOf(() => callerFor(db, stranger).schedule.restore({ ...undo, ownerId: owner.id }))).toBe("FORBIDDEN");
    expect(await codeOf(() => callerFor(db, null).schedule.restore(undo))).toBe("UNAUTHORIZED");
    expect(await db.prisma.schedule.count()).toBe(0);
    expect(await callerFor(db, admin).schedule.restore({ ...undo, ownerId: owner.id })).toMatchObject({ id: created.id, ownerId: owner.id });
  });
});

describe("admin.schedules", () => {
  it("create, update and delete for any user, and list everyone's with filters, cursor pages and a bounded total", async ({ db, owner, stranger, admin }) => {
    const asAdmin = callerFor(db, admin);
    const forOwner = await asAdmin.admin.schedules.create({ ownerId: owner.id, title: "set by admin", ...slot("2026-12-01T09:00:00Z", "2026-12-01T10:00:00Z") });
    expect(forOwner).toMatchObject({ ownerId: owner.id });
    expect((await db.prisma.schedule.findUniqueOrThrow({ where: { id: forOwner.id } })).createdById).toBe(admin.id);
    await callerFor(db, stranger).schedule.create({ title: "stranger's", ...slot("2026-12-05T09:00:00Z", "2026-12-05T10:00:00Z") });

    expect(await asAdmin.admin.schedules.update({ id: forOwner.id, title: "renamed" })).toMatchObject({ title: "renamed" });
    const all = await asAdmin.admin.schedules.list({});
    expect(all.total).toEqual({ count: 2, capped: false });
    expect(all.items.map((item) => [item.title, item.owner.username])).toEqual([
      ["stranger's", stranger.username],
      ["renamed", owner.username],
    ]);
    expect((await asAdmin.admin.schedules.list({ ownerId: owner.id })).total).toEqual({ count: 1, capped: false });
    const first = await asAdmin.admin.schedules.list({ limit: 1 });
    expect(first.items.map((item) => item.title)).toEqual(["stranger's"]);
    const second = await asAdmin.admin.schedules.list({ limit: 1, cursor: first.nextCursor });
    expect(second).toMatchObject({ items: [{ title: "renamed" }], nextCursor: null, total: null });
    expect((await asAdmin.admin.schedules.list({ from: at("2026-12-04T00:00:00Z"), to: at("2026-12-06T00:00:00Z") })).items.map((i) => i.title)).toEqual(["stranger's"]);
    expect((await asAdmin.admin.schedules.list({ status: "CLOSED" })).total).toEqual({ count: 0, capped: false });
    // A window keeps what overlaps it, including a schedule that began before `from`.
    expect((await asAdmin.admin.schedules.list({ from: at("2026-12-01T09:30:00Z"), to: at("2026-12-02T00:00:00Z") })).items.map((i) => i.title)).toEqual(["renamed"]);
    // An account that does not exist is not found, not an empty calendar (nor an empty list of followers).
    const nobody = "00000000-0000-7000-8000-000000000000";
    expect(await codeOf(() => asAdmin.admin.schedules.range({ ownerId: nobody, from: at("2026-11-30T00:00:00Z"), to: at("2026-12-07T00:00:00Z") }))).toBe("NOT_FOUND");
    expect(await codeOf(() => asAdmin.admin.shares.list({ ownerId: nobody }))).toBe("NOT_FOUND");
    // A window that ends before it starts is a mistake to say, not an empty page.
    await expect(asAdmin.admin.schedules.list({ from: at("2026-12-02T00:00:00Z"), to: at("2026-12-01T00:00:00Z") })).rejects.toThrow("The window must end after it starts.");
    const ownersWeek = await asAdmin.admin.schedules.range({ ownerId: owner.id, from: at("2026-11-30T00:00:00Z"), to: at("2026-12-07T00:00:00Z") });
    expect(ownersWeek.map((item) => [item.title, item.readOnly])).toEqual([["renamed", false]]);
    expect(await asAdmin.admin.schedules.delete({ id: forOwner.id })).toEqual({ id: forOwner.id });
  });

  it("refuse an unknown owner with NOT_FOUND", async ({ db, admin }) => {
    const input = { ownerId: "01a1fd73-7f0b-7583-b1b8-dca8ca9a0150", title: "x", ...slot("2026-12-01T09:00:00Z", "2026-12-01T10:00:00Z") };
    expect(await codeOf(() => callerFor(db, admin).admin.schedules.create(input))).toBe("NOT_FOUND");
  });

  it("are FORBIDDEN for users and subscribers, UNAUTHORIZED for anonymous callers", async ({ db, owner, follower, plan }) => {
    const created = await plan("x", "2026-12-01T09:00:00Z", "2026-12-01T10:00:00Z");
    const createInput = { ownerId: owner.id, title: "y", ...slot("2026-12-01T09:00:00Z", "2026-12-01T10:00:00Z") };
    for (const [account, code] of [
      [owner, "FORBIDDEN"],
      [follower, "FORBIDDEN"],
      [null, "UNAUTHORIZED"],
    ] as const) {
      const caller = callerFor(db, account);
      expect(await codeOf(() => caller.admin.schedules.list({}))).toBe(code);
      expect(await codeOf(() => caller.admin.schedules.range({ ownerId: owner.id, from: at("2026-12-01T00:00:00Z"), to: at("2026-12-02T00:00:00Z") }))).toBe(code);
      expect(await codeOf(() => caller.admin.schedules.create(createInput))).toBe(code);
      expect(await codeOf(() => caller.admin.schedules.update({ id: created.id, title: "z" }))).toBe(code);
      expect(await codeOf(() => caller.admin.schedules.delete({ id: created.id }))).toBe(code);
    }
    expect(await db.prisma.schedule.count()).toBe(1);
  });
});

describe("account.updateTimeZone", () => {
  it("changes the caller's zone and refuses unknown ones", async ({ db, asOwner }) => {
    await asOwner().account.updateTimeZone({ timeZone: "Europe/Berlin" });
    expect((await asOwner().auth.me()).timeZone).toBe("Europe/Berlin");
    expect(await codeOf(() => asOwner().account.updateTimeZone({ timeZone: "Mars/Base" }))).toBe("BAD_REQUEST");
    expect(await codeOf(() => callerFor(db, null).account.updateTimeZone({ timeZone: "UTC" }))).toBe("UNAUTHORIZED");
  });
});
