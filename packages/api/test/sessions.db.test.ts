import { describe, expect } from "vitest";
import { DAY_SECONDS, DEFAULT_SESSION_POLICY } from "@planner/domain";
import { createContext, type SessionClaims } from "../src/context";
import { createCaller } from "../src/root";
import { logIn, logOut } from "../src/services/auth-service";
import { accountOfSession } from "../src/services/me-service";
import { apiTest as it, openSharedDb } from "./fixture";
import { PASSWORD, codeOf, createAccount, type TestAccount } from "./helpers";

it.beforeAll(openSharedDb);

// Server-side sessions: each log-in is a row, the cookie carries its id, and
// every request checks the row (with the account) in one query.

const start = new Date("2026-12-03T09:00:00Z");
const later = (seconds: number) => new Date(start.getTime() + seconds * 1000);
type Db = Parameters<typeof logIn>[0];

async function logInAt(db: Db, account: TestAccount, now: Date, userAgent = "Mozilla/5.0 (Macintosh) Firefox/140.0"): Promise<SessionClaims> {
  const result = await logIn(db, { login: account.username, password: PASSWORD }, { clientIp: "198.51.100.4", userAgent, now });
  if (!result.ok) throw new Error(`log-in failed: ${result.reason}`);
  const { id, role, sessionVersion, sessionId } = result.user;
  return { sessionId, userId: id, role, sessionVersion };
}

const callerAt = (db: Db, claims: SessionClaims, now: Date) => createCaller(createContext({ db, session: claims, now: () => now }));

describe("sessions", () => {
  it("are made at log-in with where and what they came from", async ({ db }) => {
    const account = await createAccount(db);
    const claims = await logInAt(db, account, start);
    const row = await db.prisma.session.findUniqueOrThrow({ where: { id: claims.sessionId } });
    expect(row).toMatchObject({ userId: account.id, ip: "198.51.100.4", userAgent: "Mozilla/5.0 (Macintosh) Firefox/140.0", createdAt: start, lastActiveAt: start });
    expect(row.expiresAt).toEqual(later(DEFAULT_SESSION_POLICY.lifetimeSeconds));
    expect((await callerAt(db, claims, later(1)).auth.me()).id).toBe(account.id);
  });

  it("end at log-out: a copy of the cookie taken before is refused", async ({ db }) => {
    const account = await createAccount(db);
    const claims = await logInAt(db, account, start);
    const copy = { ...claims };
    await logOut(db, claims);
    expect(await codeOf(() => callerAt(db, copy, later(1)).auth.me())).toBe("UNAUTHORIZED");
    expect(await codeOf(() => callerAt(db, copy, later(1)).todo.list({}))).toBe("UNAUTHORIZED");
  });

  it("end after the idle timeout, and at their lifetime however active", async ({ db }) => {
    const account = await createAccount(db);
    const idle = await logInAt(db, account, start);
    expect(await codeOf(() => callerAt(db, idle, later(DEFAULT_SESSION_POLICY.idleSeconds - 60)).auth.me())).toBe("OK");
    // That request counted as activity: the idle clock starts again from it.
    expect(await codeOf(() => callerAt(db, idle, later(2 * DEFAULT_SESSION_POLICY.idleSeconds - 120)).auth.me())).toBe("OK");
    expect(await codeOf(() => callerAt(db, idle, later(3 * DEFAULT_SESSION_POLICY.idleSeconds)).auth.me())).toBe("UNAUTHORIZED");

    const busy = await logInAt(db, account, start);
    for (let day = 1; day < 30; day += 1) expect(await codeOf(() => callerAt(db, busy, later(day * DAY_SECONDS)).auth.me())).toBe("OK");
    expect(await codeOf(() => callerAt(db, busy, later(DEFAULT_SESSION_POLICY.lifetimeSeconds)).auth.me())).toBe("UNAUTHORIZED");
  });

  it("record activity at most once a minute", async ({ db }) => {
    const account = await createAccount(db);
    const claims = await logInAt(db, account, start);
    const lastActive = async () => (await db.prisma.session.findUniqueOrThrow({ where: { id: claims.sessionId } })).lastActiveAt;
    await callerAt(db, claims, later(59)).auth.me();
    expect(await lastActive()).toEqual(start);
    await callerAt(db, claims, later(61)).auth.me();
    expect(await lastActive()).toEqual(later(61));
  });

  it("are listed for their account with this one marked; one can be signed out, or all the others", async ({ db }) => {
    const account = await createAccount(db);
    await db.sessions.deleteAllOf(account.id); // only the log-ins below
    const phone = await logInAt(db, account, start, "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) Safari/604.1");
    const laptop = await logInAt(db, account, later(10));
    const tablet = await logInAt(db, account, later(20), "Mozilla/5.0 (iPad) Safari/604.1");
    const stranger = await logInAt(db, await createAccount(db), later(30));

    const listed = await callerAt(db, laptop, later(100)).account.sessions();
    // The laptop was active last (this very request, a minute on), then the tablet, then the phone; nobody else's.
    expect(listed.map((session) => [session.id, session.current])).toEqual([
      [laptop.sessionId, true],
      [tablet.sessionId, false],
      [phone.sessionId, false],
    ]);
    expect(listed[2]).toMatchObject({ ip: "198.51.100.4", userAgent: expect.stringContaining("iPhone") });

    // Another account's session is not found, and stays.
    expect(await codeOf(() => callerAt(db, laptop, later(110)).account.endSession({ id: stranger.sessionId }))).toBe("NOT_FOUND");
    expect(await codeOf(() => callerAt(db, stranger, later(110)).auth.me())).toBe("OK");

    await callerAt(db, laptop, later(120)).account.endSession({ id: phone.sessionId });
    expect(await codeOf(() => callerAt(db, phone, later(130)).auth.me())).toBe("UNAUTHORIZED");
    expect(await codeOf(() => callerAt(db, tablet, later(130)).auth.me())).toBe("OK");

    expect(await callerAt(db, laptop, later(140)).account.endOtherSessions()).toEqual({ ended: 1 });
    expect(await codeOf(() => callerAt(db, tablet, later(150)).auth.me())).toBe("UNAUTHORIZED");
    expect(await codeOf(() => callerAt(db, laptop, later(150)).auth.me())).toBe("OK");
    expect((await callerAt(db, laptop, later(160)).account.sessions()).map((session) => session.id)).toEqual([laptop.sessionId]);
  });

  it("all end when the password changes", async ({ db }) => {
    const account = await createAccount(db);
    const one = await logInAt(db, account, start);
    const two = await logInAt(db, account, start);
    await callerAt(db, one, later(1)).account.changePassword({ currentPassword: PASSWORD, newPassword: "another fine password", confirmPassword: "another fine password" });
    expect(await db.prisma.session.count({ where: { userId: account.id } })).toBe(0);
    expect(await codeOf(() => callerAt(db, two, later(2)).auth.me())).toBe("UNAUTHORIZED");
  });

  it("that ended are swept, with spent rate-limit counters", async ({ db }) => {
    const account = await createAccount(db);
    const old = await logInAt(db, account, start);
    const fresh = await logInAt(db, account, later(20 * DAY_SECONDS));
    await db.rateLimits.hit("sweep:old", 60, start);
    await db.rateLimits.hit("sweep:fresh", 60, later(20 * DAY_SECONDS));
    expect(await db.sessions.sweep(DEFAULT_SESSION_POLICY, later(20 * DAY_SECONDS + 1))).toBeGreaterThanOrEqual(1);
    expect(await db.prisma.session.findUnique({ where: { id: old.sessionId } })).toBeNull();
    expect(await db.prisma.session.findUnique({ where: { id: fresh.sessionId } })).not.toBeNull();
    expect(await db.rateLimits.sweep(DAY_SECONDS, later(20 * DAY_SECONDS + 1))).toBeGreaterThanOrEqual(1);
    expect(await db.prisma.rateLimitCounter.findUnique({ where: { key: "sweep:old" } })).toBeNull();
    expect(await db.prisma.rateLimitCounter.findUnique({ where: { key: "sweep:fresh" } })).not.toBeNull();
  });

  it("give the pages the account auth.me gives, and nothing where auth.me refuses", async ({ db }) => {
    const account = await createAccount(db);
    const claims = await logInAt(db, account, start);
    const pageAccount = await accountOfSession(() => Promise.resolve(db), claims, later(1));
    expect(pageAccount).toEqual(await callerAt(db, claims, later(1)).auth.me());
    // No cookie: the database is not even opened.
    expect(await accountOfSession(() => Promise.reject(new Error("not opened")), null, later(1))).toBeNull();
    expect(await accountOfSession(() => Promise.resolve(db), { ...claims, sessionVersion: claims.sessionVersion + 1 }, later(1))).toBeNull();
    expect(await accountOfSession(() => Promise.resolve(db), claims, later(DEFAULT_SESSION_POLICY.lifetimeSeconds))).toBeNull();
    await logOut(db, claims);
    expect(await accountOfSession(() => Promise.resolve(db), claims, later(2))).toBeNull();
  });
});
