import { describe, expect } from "vitest";
import type { TestDatabase } from "@planner/db/testing";
import { logIn } from "../src/services/auth-service";
import { deliverDueReminders } from "../src/reminders/worker";
import { TEST_NOW, apiTest, openSharedDb } from "./fixture";
import { PASSWORD, callerFor, codeOf, createAccount, type TestAccount } from "./helpers";

const clock = TEST_NOW;
const at = (hours: number) => new Date(clock.getTime() + hours * 3_600_000);

const it = apiTest
  .extend("asAdmin", ({ db, admin }) => () => callerFor(db, admin, null, () => clock))
  .extend("records", ({ db }) => async (userId: string) => ({
    role: (await db.prisma.user.findUniqueOrThrow({ where: { id: userId } })).role,
    admin: await db.prisma.admin.findUnique({ where: { userId } }),
    subscriber: await db.prisma.subscriber.findUnique({ where: { userId } }),
  }));
it.beforeAll(openSharedDb);

describe("changing roles", () => {
  it("keeps the Admin and Subscriber records in step with the role, recording who granted admin and when", async ({ db, admin, asAdmin, records }) => {
    const user = await createAccount(db, "USER");
    await asAdmin().admin.users.setRole({ userId: user.id, role: "ADMIN" });
    const promoted = await records(user.id);
    expect(promoted).toMatchObject({ role: "ADMIN", admin: { grantedById: admin.id }, subscriber: null });
    expect(promoted.admin?.grantedAt).toBeInstanceOf(Date);

    await asAdmin().admin.users.setRole({ userId: user.id, role: "SUBSCRIBER" });
    expect(await records(user.id)).toMatchObject({ role: "SUBSCRIBER", admin: null, subscriber: { userId: user.id } });

    const owner = await createAccount(db, "USER");
    await db.subscriptions.grant(user.id, owner.id, owner.id);
    await asAdmin().admin.users.setRole({ userId: user.id, role: "USER" });
    expect(await records(user.id)).toMatchObject({ role: "USER", admin: null, subscriber: null });
    expect(await db.prisma.subscription.count()).toBe(0);
  });

  it("never demotes or deletes the last admin, even when two admins demote each other at once", async ({ db, admin, asAdmin }) => {
    expect(await codeOf(() => asAdmin().admin.users.setRole({ userId: admin.id, role: "USER" }))).toBe("CONFLICT");
    expect(await codeOf(() => asAdmin().admin.users.delete({ userId: admin.id }))).toBe("CONFLICT");
    expect(await codeOf(() => asAdmin().account.deleteAccount({ password: PASSWORD }))).toBe("CONFLICT");

    const second = await createAccount(db, "ADMIN");
    const outcomes = await Promise.all([
      codeOf(() => asAdmin().admin.users.setRole({ userId: second.id, role: "USER" })),
      codeOf(() => callerFor(db, second).admin.users.setRole({ userId: admin.id, role: "USER" })),
    ]);
    // One wins. The other is refused: CONFLICT when it got past the session check before the
    // winner's demotion committed, FORBIDDEN when its session check already saw itself demoted.
    expect(outcomes.filter((outcome) => outcome === "OK")).toHaveLength(1);
    expect(["CONFLICT", "FORBIDDEN"]).toContain(outcomes.find((outcome) => outcome !== "OK"));
    expect(await db.prisma.user.count({ where: { role: "ADMIN" } })).toBe(1);
    expect(await db.prisma.admin.count()).toBe(1);
  });

  it("lets an admin demote themselves while another admin remains", async ({ db, admin, asAdmin, records }) => {
    await createAccount(db, "ADMIN");
    await asAdmin().admin.users.setRole({ userId: admin.id, role: "USER" });
    expect(await records(admin.id)).toMatchObject({ role: "USER", admin: null });
  });
});

describe("deleting a user", () => {
  it("leaves no row of theirs in any table", async ({ db, asAdmin }) => {
    const doomed = await createAccount(db, "USER");
    const other = await createAccount(db, "USER");
    const follower = await createAccount(db, "SUBSCRIBER");
    const asDoomed = callerFor(db, doomed, "198.51.100.7", () => clock);
    await asDoomed.todo.create({ contents: "mine" });
    await asDoomed.schedule.create({ title: "mine", startAt: at(48), endAt: at(49) });
    await asDoomed.schedule.create({ title: "reminded", startAt: at(26), endAt: at(27) });
    await asDoomed.share.grant({ subscriber: follower.username });
    await asAdmin().admin.schedules.create({ ownerId: other.id, title: "set for other", startAt: at(50), endAt: at(51) });
    await callerFor(db, doomed).admin.todos.list({}).catch(() => undefined);
    await deliverDueReminders(db, { now: () => at(3) });
    await logIn(db, { login: doomed.username, password: "wrong password" }, { clientIp: null, now: clock });
    await asAdmin().admin.users.setRole({ userId: follower.id, role: "SUBSCRIBER" });

    expect(await rowsReferencing(db, doomed)).toBeGreaterThan(5);
    await asAdmin().admin.users.delete({ userId: doomed.id });
    expect(await rowsReferencing(db, doomed)).toBe(0);
    // Other people's rows stay: the other user's schedule, the follower's account.
    expect(await db.prisma.schedule.count({ where: { ownerId: other.id } })).toBe(1);
    expect(await db.prisma.user.count({ where: { id: follower.id } })).toBe(1);
  });

  it("answers NOT_FOUND for an unknown user", async ({ asAdmin }) => {
    expect(await codeOf(() => asAdmin().admin.users.delete({ userId: "01a1fd73-7f0b-7583-b1b8-dca8ca9a0150" }))).toBe("NOT_FOUND");
  });
});

/** Rows in every table with any uuid column equal to the user's id, or a rate-limit key naming them. */
async function rowsReferencing(db: TestDatabase, account: TestAccount): Promise<number> {
  const columns = await db.prisma.$queryRaw<{ table_name: string; column_name: string }[]>`
    SELECT table_name, column_name FROM information_schema.columns
    WHERE table_schema = 'public' AND data_type = 'uuid'`;
  let total = 0;
  for (const { table_name, column_name } of columns) {
    const rows = await db.prisma.$queryRawUnsafe<{ n: bigint }[]>(
      `SELECT count(*) AS n FROM "${table_name}" WHERE "${column_name}" = $1::uuid`,
      account.id,
    );
    total += Number(rows[0]?.n);
  }
  total += await db.prisma.rateLimitCounter.count({ where: { key: { contains: account.username } } });
  return total;
}

describe("sessions follow the database", () => {
  it("a deleted account's session is refused on its next request", async ({ db, asAdmin }) => {
    const user = await createAccount(db, "USER");
    await asAdmin().admin.users.delete({ userId: user.id });
    expect(await codeOf(() => callerFor(db, user).todo.list({}))).toBe("UNAUTHORIZED");
  });

  it("a demoted admin's session loses admin rights on its next request", async ({ db, asAdmin }) => {
    const second = await createAccount(db, "ADMIN");
    expect(await codeOf(() => callerFor(db, second).admin.users.list({}))).toBe("OK");
    await asAdmin().admin.users.setRole({ userId: second.id, role: "USER" });
    expect(await codeOf(() => callerFor(db, second).admin.users.list({}))).toBe("FORBIDDEN");
    expect(await codeOf(() => callerFor(db, second).todo.list({}))).toBe("OK");
  });

  it("a password change elsewhere ends every older session; the new password works, the old does not", async ({ db }) => {
    const user = await createAccount(db, "USER");
    const otherDevice = callerFor(db, user);
    await callerFor(db, user).account.changePassword({ currentPassword: PASSWORD, newPassword: "brand new secret", confirmPassword: "brand new secret" });
    expect(await codeOf(() => otherDevice.todo.list({}))).toBe("UNAUTHORIZED");
    expect(await logIn(db, { login: user.username, password: PASSWORD }, { clientIp: null, now: clock })).toMatchObject({ ok: false });
    const fresh = await logIn(db, { login: user.username, password: "brand new secret" }, { clientIp: null, now: clock });
    expect(fresh).toMatchObject({ ok: true, user: { sessionVersion: 1 } });
  });
});

describe("settings", () => {
  it("update name and time zone", async ({ db }) => {
    const user = await createAccount(db, "USER");
    await callerFor(db, user).account.updateProfile({ name: "  Kim Minji ", timeZone: "Asia/Seoul" });
    expect(await callerFor(db, user).auth.me()).toMatchObject({ name: "Kim Minji", timeZone: "Asia/Seoul" });
    expect(await codeOf(() => callerFor(db, user).account.updateProfile({ name: "", timeZone: "Asia/Seoul" }))).toBe("BAD_REQUEST");
  });

  it("refuse a wrong current password, a weak or mismatched new one, changing nothing", async ({ db }) => {
    const user = await createAccount(db, "USER");
    const caller = callerFor(db, user);
    expect(await codeOf(() => caller.account.changePassword({ currentPassword: "nope", newPassword: "brand new secret", confirmPassword: "brand new secret" }))).toBe("BAD_REQUEST");
    expect(await codeOf(() => caller.account.changePassword({ currentPassword: PASSWORD, newPassword: "short", confirmPassword: "short" }))).toBe("BAD_REQUEST");
    expect(await codeOf(() => caller.account.changePassword({ currentPassword: PASSWORD, newPassword: "brand new secret", confirmPassword: "other" }))).toBe("BAD_REQUEST");
    expect(await codeOf(() => caller.todo.list({}))).toBe("OK");
  });

  it("delete the own account only with the right password", async ({ db }) => {
    const user = await createAccount(db, "USER");
    expect(await codeOf(() => callerFor(db, user).account.deleteAccount({ password: "wrong" }))).toBe("BAD_REQUEST");
    expect(await db.prisma.user.count({ where: { id: user.id } })).toBe(1);
    await callerFor(db, user).account.deleteAccount({ password: PASSWORD });
    expect(await db.prisma.user.count({ where: { id: user.id } })).toBe(0);
  });
});

describe("sharing", () => {
  it("an owner grants by username or email, sees followers, and revokes; the subscriber sees only what is shared", async ({ db }) => {
    const owner = await createAccount(db, "USER");
    const stranger = await createAccount(db, "USER");
    const viewer = await createAccount(db, "SUBSCRIBER");
    const asOwner = callerFor(db, owner, null, () => clock);
    await asOwner.schedule.create({ title: "shared plan", startAt: at(2), endAt: at(3) });
    await callerFor(db, stranger, null, () => clock).schedule.create({ title: "private plan", startAt: at(2), endAt: at(3) });
    const window = { from: at(0), to: at(24), includeShared: true };

    const followers = await asOwner.share.grant({ subscriber: viewer.email.toUpperCase() });
    expect(followers).toEqual([{ subscriber: expect.objectContaining({ id: viewer.id }), grantedAt: expect.any(Date), grantedBy: owner.username }]);
    expect(await asOwner.share.grant({ subscriber: viewer.username })).toHaveLength(1); // idempotent
    expect(await callerFor(db, viewer).share.sharedWithMe()).toEqual([{ owner: expect.objectContaining({ id: owner.id }), grantedAt: expect.any(Date) }]);
    expect((await callerFor(db, viewer).schedule.range(window)).map((s) => [s.title, s.readOnly])).toEqual([["shared plan", true]]);

    await asOwner.share.revoke({ subscriberId: viewer.id });
    expect(await asOwner.share.followers()).toEqual([]);
    expect(await callerFor(db, viewer).schedule.range(window)).toEqual([]);
  });

  it("refuses unknown accounts and non-subscribers with BAD_REQUEST at the field", async ({ db }) => {
    const owner = await createAccount(db, "USER");
    const plainUser = await createAccount(db, "USER");
    expect(await codeOf(() => callerFor(db, owner).share.grant({ subscriber: "nobody_here" }))).toBe("BAD_REQUEST");
    expect(await codeOf(() => callerFor(db, owner).share.grant({ subscriber: plainUser.username }))).toBe("BAD_REQUEST");
    expect(await db.prisma.subscription.count()).toBe(0);
  });

  it("names a non-subscriber as the caller did: an e-mail address does not come back as its username", async ({ db }) => {
    const owner = await createAccount(db, "USER");
    const plainUser = await createAccount(db, "USER");
    const refusal = (await callerFor(db, owner)
      .share.grant({ subscriber: plainUser.email })
      .catch((error: unknown) => error)) as { cause: { params: { username: string }; fieldErrors: Record<string, string[]> } };
    expect(refusal.cause.params.username).toBe(plainUser.email);
    expect(refusal.cause.fieldErrors.subscriber).toEqual([`${plainUser.email} is not a subscriber account.`]);
  });

  it("an admin grants and revokes for anyone", async ({ db, admin, asAdmin }) => {
    const owner = await createAccount(db, "USER");
    const viewer = await createAccount(db, "SUBSCRIBER");
    const granted = await asAdmin().admin.shares.grant({ ownerId: owner.id, subscriber: viewer.username });
    expect(granted).toEqual([expect.objectContaining({ grantedBy: admin.username })]);
    expect(await asAdmin().admin.shares.list({ ownerId: owner.id })).toHaveLength(1);
    expect(await asAdmin().admin.shares.revoke({ ownerId: owner.id, subscriberId: viewer.id })).toEqual([]);
    expect(await codeOf(() => asAdmin().admin.shares.revoke({ ownerId: owner.id, subscriberId: viewer.id }))).toBe("NOT_FOUND");
  });
});

describe("admin.users.list", () => {
  it("searches username and email, filters by role, sorts and paginates with a total", async ({ db, admin, asAdmin }) => {
    await createAccount(db, "USER", "alice");
    await createAccount(db, "USER", "bob");
    await createAccount(db, "SUBSCRIBER", "carol");
    const list = (input: Parameters<ReturnType<typeof asAdmin>["admin"]["users"]["list"]>[0]) => asAdmin().admin.users.list(input);

    expect((await list({ search: "ALI" })).items.map((u) => u.username)).toEqual(["alice"]);
    expect((await list({ search: "bob@example" })).items.map((u) => u.username)).toEqual(["bob"]);
    expect((await list({ role: "SUBSCRIBER" })).items.map((u) => u.username)).toEqual(["carol"]);
    const sorted = await list({ sort: "username", order: "asc", limit: 2 });
    expect(sorted.total).toBe(4);
    expect(sorted.items.map((u) => u.username)).toEqual([admin.username, "alice"]);
    const secondPage = await list({ sort: "username", order: "asc", offset: 2, limit: 2 });
    expect(secondPage.items.map((u) => u.username)).toEqual(["bob", "carol"]);
    expect(secondPage.items[0]).toMatchObject({ todoCount: 0, scheduleCount: 0 });
    expect(secondPage.items[0]).not.toHaveProperty("passwordHash");
  });

  it("counts each listed user's own todos and schedules", async ({ db, asAdmin }) => {
    const dora = await createAccount(db, "USER", "dora");
    const ed = await createAccount(db, "USER", "ed");
    await db.prisma.$executeRaw`
      INSERT INTO todos (id, owner_id, contents, position, updated_at)
      SELECT gen_random_uuid(), ${dora.id}::uuid, 'todo ' || n, 'a' || n, now() FROM generate_series(1, 3) AS n`;
    await db.prisma.$executeRaw`
      INSERT INTO schedules (id, owner_id, title, start_at, end_at, updated_at)
      VALUES (gen_random_uuid(), ${ed.id}::uuid, 'x', '2026-12-01T09:00:00Z', '2026-12-01T10:00:00Z', now())`;
    const rows = (await asAdmin().admin.users.list({ sort: "username", order: "asc" })).items;
    expect(rows.find((row) => row.username === "dora")).toMatchObject({ todoCount: 3, scheduleCount: 0 });
    expect(rows.find((row) => row.username === "ed")).toMatchObject({ todoCount: 0, scheduleCount: 1 });
  });
});
