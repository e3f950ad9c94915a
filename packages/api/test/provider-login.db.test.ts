import { randomUUID } from "node:crypto";
import { describe, expect } from "vitest";
import type { TestDatabase } from "@planner/db/testing";
import { IP_FAILURE_LIMIT, type ProviderProfile } from "@planner/domain";
import type { SessionClaims } from "../src/context";
import { logIn } from "../src/services/auth-service";
import { completeProviderSecondFactor, logInWithProvider, type ProviderLogInRequest } from "../src/services/provider-login-service";
import { openPendingLogIn, sealPendingLogIn } from "../src/tokens/pending-log-in";
import { TEST_NOW as now, apiTest as it, openSharedDb } from "./fixture";
import { PASSWORD, callerFor, codeOf, totpAt, type TestAccount } from "./helpers";

it.beforeAll(openSharedDb);

// Log-in with a provider after next-auth checked its answer: accounts are
// found by the provider's id only, made on a first log-in, never taken over
// through a matching e-mail address; connecting, disconnecting, setting a first
// password; the same sessions, limits and second step as a password log-in.

const request = (extra: Partial<ProviderLogInRequest> = {}): ProviderLogInRequest => ({
  clientIp: "198.51.100.30",
  userAgent: "test",
  now,
  current: null,
  ...extra,
});

function profile(extra: Partial<ProviderProfile> = {}): ProviderProfile {
  return { provider: "oidc", providerAccountId: randomUUID(), verifiedEmail: null, unverifiedEmail: null, name: "Min Ji", handle: null, ...extra };
}

async function loggedIn(db: TestDatabase, p: ProviderProfile, extra: Partial<ProviderLogInRequest> = {}) {
  const outcome = await logInWithProvider(db, p, request(extra));
  if (outcome.kind !== "logged-in") throw new Error(`expected a log-in, got ${JSON.stringify(outcome)}`);
  return outcome;
}

/** The provider-made account as a TestAccount, for tRPC calls. */
function accountOf(user: { id: string; username: string; role: TestAccount["role"]; sessionVersion: number; sessionId: string }): TestAccount {
  const session: SessionClaims = { sessionId: user.sessionId, userId: user.id, role: user.role, sessionVersion: user.sessionVersion };
  return { id: user.id, username: user.username, email: "", role: user.role, session };
}

describe("first log-in and the next", () => {
  it("makes a USER account with a unique username, the verified address, the browser's zone and a live session; the next log-in reuses it", async ({ db }) => {
    const handle = `minji${randomUUID().slice(0, 6)}`;
    const first = await loggedIn(db, profile({ handle, verifiedEmail: `${handle}@example.test`, providerAccountId: `sub-${handle}` }), { timeZone: "Asia/Seoul", locale: "ko" });
    expect(first.created).toBe(true);
    const user = await db.users.findById(first.user.id);
    expect(user).toMatchObject({ username: handle, email: `${handle}@example.test`, name: "Min Ji", role: "USER", timeZone: "Asia/Seoul", locale: "ko" });
    expect(await callerFor(db, accountOf(first.user), null, () => now).auth.me()).toMatchObject({ id: first.user.id });

    const again = await loggedIn(db, profile({ handle, providerAccountId: `sub-${handle}` }));
    expect(again.created).toBe(false);
    expect(again.user.id).toBe(first.user.id);
    expect(again.user.sessionId).not.toBe(first.user.sessionId);

    // Another person with the same handle gets the next free name.
    const other = await loggedIn(db, profile({ handle, provider: "github" }), { timeZone: "Not/AZone" });
    expect(other.user.username).toBe(`${handle}-2`);
    expect((await db.users.findById(other.user.id))?.timeZone).toBe("UTC");
  });

  it("keeps no address the provider did not vouch for", async ({ db }) => {
    const address = `${randomUUID().slice(0, 8)}@example.test`;
    const made = await loggedIn(db, profile({ unverifiedEmail: address }));
    expect((await db.users.findById(made.user.id))?.email).toBeNull();
  });
});

describe("an address that an account already has", () => {
  it("never logs in to that account, verified or not; it counts as a failed log-in from the address", async ({ db, owner }) => {
    for (const p of [profile({ unverifiedEmail: owner.email.toUpperCase() }), profile({ verifiedEmail: owner.email })]) {
      expect(await logInWithProvider(db, p, request({ clientIp: "198.51.100.31" }))).toEqual({ kind: "refused", reason: "email-taken" });
    }
    expect(await db.providerAccounts.listFor(owner.id)).toEqual([]);
    expect((await db.rateLimits.peek("login:ip:198.51.100.31", 900, now)).count).toBe(2);
  });

  it("is linked once its owner logs in with the password and comes back from the provider", async ({ db, owner }) => {
    const p = profile({ verifiedEmail: owner.email, provider: "google" });
    expect((await logInWithProvider(db, p, request())).kind).toBe("refused");
    const password = await logIn(db, { login: owner.username, password: PASSWORD }, { clientIp: "198.51.100.30", now });
    if (!password.ok) throw new Error("password log-in failed");
    const current = { sessionId: password.user.sessionId, userId: owner.id, role: owner.role, sessionVersion: 0 };
    expect(await logInWithProvider(db, p, request({ current }))).toEqual({ kind: "connected" });
    const next = await loggedIn(db, p);
    expect(next.user.id).toBe(owner.id);
    expect(await callerFor(db, owner).account.signInMethods()).toEqual({ hasPassword: true, providers: [{ provider: "google", connectedAt: now }] });
  });

  it("refuses to connect a provider account that signs in to someone else, or a second one of the same provider", async ({ db, owner }) => {
    const elsewhere = await loggedIn(db, profile({ provider: "kakao" }));
    const theirs = await db.providerAccounts.listFor(elsewhere.user.id);
    expect(theirs.map((row) => row.provider)).toEqual(["kakao"]);
    const kakaoId = (await db.prisma.providerAccount.findFirstOrThrow({ where: { userId: elsewhere.user.id } })).providerAccountId;
    expect(await logInWithProvider(db, profile({ provider: "kakao", providerAccountId: kakaoId }), request({ current: owner.session }))).toEqual({ kind: "refused", reason: "linked-elsewhere" });
    expect(await logInWithProvider(db, profile({ provider: "naver" }), request({ current: owner.session }))).toEqual({ kind: "connected" });
    expect(await logInWithProvider(db, profile({ provider: "naver" }), request({ current: owner.session }))).toEqual({ kind: "refused", reason: "provider-taken" });
  });

  it("connects nothing for a session that has ended: the log-in goes on as a stranger's", async ({ db, owner }) => {
    await db.sessions.delete(owner.session.sessionId, owner.id);
    const outcome = await logInWithProvider(db, profile({ provider: "github" }), request({ current: owner.session }));
    expect(outcome.kind).toBe("logged-in");
    expect(await db.providerAccounts.listFor(owner.id)).toEqual([]);
  });
});

describe("the same sessions and limits as passwords", () => {
  it("asks for the second step when the account has it on, and logs in only with a right code", async ({ db }) => {
    const made = await loggedIn(db, profile({ provider: "github" }));
    const account = accountOf(made.user);
    const { secret } = await callerFor(db, account, null, () => now).account.twoFactor.start();
    await callerFor(db, account, null, () => now).account.twoFactor.confirm({ code: totpAt(secret, now) });
    const p = { ...profile({ provider: "github" }), providerAccountId: (await db.prisma.providerAccount.findFirstOrThrow({ where: { userId: made.user.id } })).providerAccountId };
    const later = new Date(now.getTime() + 60_000);
    const outcome = await logInWithProvider(db, p, request({ now: later }));
    expect(outcome).toEqual({ kind: "second-factor", userId: made.user.id });
    expect(await completeProviderSecondFactor(db, made.user.id, "000000", { clientIp: null, userAgent: null, now: later })).toEqual({ ok: false, reason: "second-factor-invalid" });
    const done = await completeProviderSecondFactor(db, made.user.id, totpAt(secret, later), { clientIp: null, userAgent: null, now: later });
    expect(done.ok).toBe(true);
  });

  it("refuses the callback while the address is over the failed log-in limit", async ({ db }) => {
    const ip = "198.51.100.77";
    for (let i = 0; i < IP_FAILURE_LIMIT; i += 1) await db.rateLimits.hit(`login:ip:${ip}`, 900, now);
    const outcome = await logInWithProvider(db, profile(), request({ clientIp: ip }));
    expect(outcome).toMatchObject({ kind: "refused", reason: "rate-limited" });
  });

  it("ends a provider log-in's session when the account is demoted or deleted", async ({ db, admin }) => {
    const made = await loggedIn(db, profile());
    const account = accountOf(made.user);
    await callerFor(db, admin).admin.users.setRole({ userId: made.user.id, role: "SUBSCRIBER" });
    // The role comes from the database on every request: the cookie's claim of USER no longer lets it write.
    expect(await codeOf(() => callerFor(db, account, null, () => now).todo.create({ contents: "x" }))).toBe("FORBIDDEN");
    await callerFor(db, admin).admin.users.delete({ userId: made.user.id });
    expect(await codeOf(() => callerFor(db, account, null, () => now).auth.me())).toBe("UNAUTHORIZED");
  });

  it("seals the second step's note: altered, foreign or old notes name no one", () => {
    const note = sealPendingLogIn("0193a1b2-0000-7000-8000-000000000001", now);
    expect(openPendingLogIn(note, now)).toBe("0193a1b2-0000-7000-8000-000000000001");
    expect(openPendingLogIn(`${note.slice(0, -2)}AA`, now)).toBeNull();
    expect(openPendingLogIn(note, new Date(now.getTime() + 6 * 60_000))).toBeNull();
    expect(openPendingLogIn(undefined, now)).toBeNull();
  });
});

describe("Settings → Connected accounts", () => {
  it("refuses to disconnect the last way to sign in; a password-less account sets a password, logs in with it, and may then disconnect", async ({ db }) => {
    const made = await loggedIn(db, profile({ provider: "naver" }));
    const account = accountOf(made.user);
    const caller = callerFor(db, account, null, () => now);
    expect(await caller.account.signInMethods()).toEqual({ hasPassword: false, providers: [{ provider: "naver", connectedAt: now }] });
    expect(await codeOf(() => caller.account.disconnectProvider({ provider: "naver" }))).toBe("CONFLICT");
    expect(await codeOf(() => caller.account.disconnectProvider({ provider: "google" }))).toBe("NOT_FOUND");

    expect(await caller.account.setPassword({ newPassword: "a new password", confirmPassword: "a new password" })).toEqual({ passwordSet: true });
    expect(await codeOf(() => caller.account.setPassword({ newPassword: "another one!", confirmPassword: "another one!" }))).toBe("CONFLICT");
    const password = await logIn(db, { login: made.user.username, password: "a new password" }, { clientIp: null, now });
    expect(password.ok).toBe(true);

    expect(await caller.account.disconnectProvider({ provider: "naver" })).toEqual({ disconnected: true });
    expect(await caller.account.signInMethods()).toEqual({ hasPassword: true, providers: [] });
  });

  it("never sets a password over an API token", async ({ db }) => {
    const made = await loggedIn(db, profile());
    const { secret: token } = await callerFor(db, accountOf(made.user), null, () => now).account.apiTokens.create({ name: "t", scope: "READ_WRITE", expiresInDays: 30 });
    const { createCaller } = await import("../src/root");
    const { createContext } = await import("../src/context");
    const viaToken = createCaller(createContext({ db, session: null, bearer: token, now: () => now }));
    expect(await codeOf(() => viaToken.account.setPassword({ newPassword: "a new password", confirmPassword: "a new password" }))).toBe("FORBIDDEN");
  });

  it("shows admins how an account signs in", async ({ db, admin, owner }) => {
    expect(await callerFor(db, admin).admin.users.signInMethods({ userId: owner.id })).toEqual({ hasPassword: true, providers: [] });
  });
});
