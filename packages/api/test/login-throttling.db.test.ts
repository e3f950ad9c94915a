import { describe, expect } from "vitest";
import {
  ACCOUNT_CLIENT_FAILURE_LIMIT,
  ACCOUNT_FAILURE_CEILING,
  IP_FAILURE_LIMIT,
  LOGIN_WINDOW_SECONDS,
} from "@planner/domain";
import { logIn } from "../src/services/auth-service";
import { apiSettings } from "../src/settings";
import { TEST_NOW as now, apiTest as it, openSharedDb } from "./fixture";
import { PASSWORD, callerFor, codeOf, createAccount } from "./helpers";

it.beforeAll(openSharedDb);

// Guessing is stopped without locking the owner out (the policy: @planner/domain rate-limit.ts).

const wrong = { password: "a wrong guess" };
const seconds = (n: number) => new Date(now.getTime() + n * 1000);

describe("log-in throttling", () => {
  it("50 wrong passwords from 50 addresses do not stop the owner's correct log-in from a fresh one", async ({ db }) => {
    const account = await createAccount(db, "USER", "owner01");
    for (let attempt = 0; attempt < ACCOUNT_FAILURE_CEILING; attempt += 1) {
      expect(await logIn(db, { login: attempt % 2 ? "owner01" : "OWNER01@example.com", ...wrong }, { clientIp: `10.9.0.${attempt}`, now })).toMatchObject({
        reason: "invalid-credentials",
      });
    }
    expect(await logIn(db, { login: "owner01", password: PASSWORD }, { clientIp: "198.51.100.77", now: seconds(1) })).toMatchObject({ ok: true });
    // …and from the owner's usual browser (its device cookie) whatever happens.
    expect(await logIn(db, { login: "owner01", password: PASSWORD }, { clientIp: "10.9.0.1", trustedFor: account.id, now: seconds(1) })).toMatchObject({ ok: true });
  });

  it("past the ceiling, untrusted clients wait growing delays; the owner's browser does not", async ({ db }) => {
    const account = await createAccount(db, "USER", "owner02");
    for (let attempt = 0; attempt <= ACCOUNT_FAILURE_CEILING; attempt += 1) {
      await logIn(db, { login: "owner02", ...wrong }, { clientIp: `10.8.0.${attempt}`, now });
    }
    const fresh = (at: Date, password = PASSWORD) => logIn(db, { login: "owner02", password }, { clientIp: `198.51.100.${at.getTime() % 200}`, now: at });
    // One past the ceiling: 2 s after the last failure; then each failure doubles it.
    expect(await fresh(seconds(1))).toEqual({ ok: false, reason: "rate-limited", retryAfterSeconds: 1 });
    expect(await fresh(seconds(2), wrong.password)).toMatchObject({ reason: "invalid-credentials" });
    expect(await fresh(seconds(3))).toEqual({ ok: false, reason: "rate-limited", retryAfterSeconds: 3 });
    expect(await fresh(seconds(6))).toMatchObject({ ok: true });
    // The owner's usual browser never waits for other clients' failures.
    expect(await logIn(db, { login: "owner02", password: PASSWORD }, { clientIp: "10.8.0.1", trustedFor: account.id, now: seconds(2) })).toMatchObject({ ok: true });
  });

  it("limits one client's guesses at one account, counting its username and e-mail as one", async ({ db }) => {
    await createAccount(db, "USER", "ada");
    for (let attempt = 0; attempt < ACCOUNT_CLIENT_FAILURE_LIMIT; attempt += 1) {
      await logIn(db, { login: attempt % 2 ? "ada" : "ada@example.com", ...wrong }, { clientIp: "203.0.113.5", now });
    }
    const blocked = await logIn(db, { login: "ADA", password: PASSWORD }, { clientIp: "203.0.113.5", now });
    expect(blocked).toEqual({ ok: false, reason: "rate-limited", retryAfterSeconds: LOGIN_WINDOW_SECONDS });
    // Another client is not held back by this one's failures.
    expect(await logIn(db, { login: "ada", password: PASSWORD }, { clientIp: "198.51.100.5", now })).toMatchObject({ ok: true });
    expect(await logIn(db, { login: "ada", password: PASSWORD }, { clientIp: "203.0.113.5", now: seconds(LOGIN_WINDOW_SECONDS) })).toMatchObject({ ok: true });
  });

  it("limits one address across accounts, unknown ones included, but not the owner's own browser behind it", async ({ db }) => {
    const account = await createAccount(db, "USER", "natuser");
    for (let attempt = 0; attempt < IP_FAILURE_LIMIT; attempt += 1) {
      await logIn(db, { login: `stranger${attempt}`, ...wrong }, { clientIp: "203.0.113.9", now });
    }
    expect(await logIn(db, { login: "natuser", password: PASSWORD }, { clientIp: "203.0.113.9", now })).toMatchObject({ reason: "rate-limited" });
    // Behind the same NAT, a browser that logged in to this account before still can.
    expect(await logIn(db, { login: "natuser", password: PASSWORD }, { clientIp: "203.0.113.9", trustedFor: account.id, now })).toMatchObject({ ok: true });
    // A device cookie for another account earns nothing.
    const other = await createAccount(db, "USER", "natother");
    expect(await logIn(db, { login: "natuser", password: PASSWORD }, { clientIp: "203.0.113.9", trustedFor: other.id, now })).toMatchObject({ reason: "rate-limited" });
  });

  it("forgets a client's failures after its successful log-in", async ({ db }) => {
    await createAccount(db, "USER", "bea");
    for (let round = 0; round < 3; round += 1) {
      for (let attempt = 0; attempt < ACCOUNT_CLIENT_FAILURE_LIMIT - 1; attempt += 1) {
        await logIn(db, { login: "bea", ...wrong }, { clientIp: "192.0.2.8", now });
      }
      expect(await logIn(db, { login: "bea", password: PASSWORD }, { clientIp: "192.0.2.8", now })).toMatchObject({ ok: true });
    }
  });
});

describe("sign-up throttling", () => {
  it("allows a few sign-ups per address an hour, then says when to try again", async ({ db }) => {
    const signUp = (n: number, clientIp: string) =>
      codeOf(() => callerFor(db, null, clientIp, () => now).auth.signUp({ username: `flood${n}`, email: `flood${n}@example.com`, password: PASSWORD, confirmPassword: PASSWORD }));
    for (let n = 0; n < apiSettings().SIGN_UPS_PER_IP_PER_HOUR; n += 1) expect(await signUp(n, "203.0.113.60")).toBe("OK");
    expect(await signUp(100, "203.0.113.60")).toBe("TOO_MANY_REQUESTS");
    expect(await db.prisma.user.count({ where: { username: "flood100" } })).toBe(0);
    expect(await signUp(101, "203.0.113.61")).toBe("OK");
  });
});
