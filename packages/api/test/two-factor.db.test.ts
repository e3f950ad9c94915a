import { describe, expect } from "vitest";
import type { TestDatabase } from "@planner/db/testing";
import { RECOVERY_CODE_COUNT, TWO_FACTOR_FAILURE_LIMIT, TWO_FACTOR_WINDOW_SECONDS } from "@planner/domain";
import { logIn } from "../src/services/auth-service";
import { TEST_NOW as now, apiTest as it, openSharedDb } from "./fixture";
import { PASSWORD, callerFor, codeOf, totpAt, type TestAccount } from "./helpers";

it.beforeAll(openSharedDb);

// Two-step log-in: enrolment with a code check, the second step at log-in
// (window, replay, recovery codes, throttling), turning it off, and an admin
// removing it for someone who lost their device.

type Db = TestDatabase;
const seconds = (n: number) => new Date(now.getTime() + n * 1000);
const at = (db: Db, account: TestAccount | null, instant = now) => callerFor(db, account, null, () => instant);

/** Enrols the account at `now`: its secret and recovery codes. */
async function enrol(db: Db, account: TestAccount): Promise<{ secret: string; recoveryCodes: string[] }> {
  const { secret } = await at(db, account).account.twoFactor.start();
  const { recoveryCodes } = await at(db, account).account.twoFactor.confirm({ code: totpAt(secret, now) });
  return { secret, recoveryCodes };
}

function logInWith(db: Db, account: TestAccount, code: string | undefined, instant = now, password = PASSWORD) {
  return logIn(db, { login: account.username, password, code }, { clientIp: "198.51.100.20", now: instant });
}

/** The tRPC error's domain code (errors.<code> in the web's messages). */
async function errorCodeOf(call: () => Promise<unknown>): Promise<string | undefined> {
  try {
    await call();
    return undefined;
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause;
    return cause?.code;
  }
}

describe("enrolment", () => {
  it("shows a QR code and the key, and turns on only after a right code, returning 10 recovery codes once", async ({ db, owner }) => {
    const started = await at(db, owner).account.twoFactor.start();
    expect(started.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(started.otpauthUri).toMatch(new RegExp(`^otpauth://totp/Planner:${owner.username}\\?.*secret=${started.secret}`));
    expect(started.qrDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(await at(db, owner).account.twoFactor.status()).toEqual({ enabled: false, enabledAt: null, recoveryCodesLeft: 0 });

    expect(await errorCodeOf(() => at(db, owner).account.twoFactor.confirm({ code: totpAt(started.secret, now, 5) }))).toBe("wrongTwoFactorCode");
    expect(await codeOf(() => at(db, owner).account.twoFactor.confirm({ code: "12345" }))).toBe("BAD_REQUEST");
    const { recoveryCodes } = await at(db, owner).account.twoFactor.confirm({ code: totpAt(started.secret, now) });
    expect(recoveryCodes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(recoveryCodes).size).toBe(RECOVERY_CODE_COUNT);
    for (const code of recoveryCodes) expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    expect(await at(db, owner).account.twoFactor.status()).toEqual({ enabled: true, enabledAt: now, recoveryCodesLeft: RECOVERY_CODE_COUNT });
    // A second confirm has nothing pending: the codes are never shown again.
    expect(await errorCodeOf(() => at(db, owner).account.twoFactor.confirm({ code: totpAt(started.secret, now, 1) }))).toBe("twoFactorNotStarted");
    expect(await errorCodeOf(() => at(db, owner).account.twoFactor.start())).toBe("twoFactorAlreadyOn");
  });

  it("stores the secret sealed and the recovery codes hashed, never as shown", async ({ db, owner }) => {
    const { secret, recoveryCodes } = await enrol(db, owner);
    const row = await db.prisma.twoFactor.findUniqueOrThrow({ where: { userId: owner.id } });
    expect(row.secretSealed).toMatch(/^v1\./);
    expect(row.secretSealed).not.toContain(secret);
    expect(row.pendingSecretSealed).toBeNull();
    const stored = JSON.stringify(await db.prisma.twoFactorRecoveryCode.findMany({ where: { userId: owner.id } }));
    for (const code of recoveryCodes) {
      expect(stored).not.toContain(code);
      expect(stored).not.toContain(code.replace("-", ""));
    }
  });

  it("restarting replaces the pending secret: a code of the old one no longer confirms", async ({ db, owner }) => {
    const first = await at(db, owner).account.twoFactor.start();
    const second = await at(db, owner).account.twoFactor.start();
    expect(second.secret).not.toBe(first.secret);
    expect(await errorCodeOf(() => at(db, owner).account.twoFactor.confirm({ code: totpAt(first.secret, now) }))).toBe("wrongTwoFactorCode");
    expect(await codeOf(() => at(db, owner).account.twoFactor.confirm({ code: totpAt(second.secret, now) }))).toBe("OK");
  });
});

describe("log-in with two-step verification on", () => {
  it("asks for the code after a right password, without a session or a counted failure", async ({ db, owner }) => {
    await enrol(db, owner);
    const sessionsBefore = await db.prisma.session.count({ where: { userId: owner.id } });
    expect(await logInWith(db, owner, undefined)).toEqual({ ok: false, reason: "second-factor-required" });
    expect(await db.prisma.session.count({ where: { userId: owner.id } })).toBe(sessionsBefore);
    expect(await db.prisma.rateLimitCounter.count()).toBe(0);
    // A wrong password says nothing about the second step.
    expect(await logInWith(db, owner, undefined, now, "wrong password")).toEqual({ ok: false, reason: "invalid-credentials" });
  });

  it("takes a code of this step or one either side, each once; a wrong password fails even with a right code", async ({ db, owner }) => {
    const { secret } = await enrol(db, owner); // used this step's code
    expect(await logInWith(db, owner, totpAt(secret, now))).toEqual({ ok: false, reason: "second-factor-invalid" });
    expect(await logInWith(db, owner, totpAt(secret, now, 1), now, "wrong password")).toEqual({ ok: false, reason: "invalid-credentials" });
    expect(await logInWith(db, owner, totpAt(secret, now, 1))).toMatchObject({ ok: true });
    expect(await logInWith(db, owner, totpAt(secret, now, 1))).toEqual({ ok: false, reason: "second-factor-invalid" });
    // Two steps ahead is too far; a step behind the last one used is a replay.
    expect(await logInWith(db, owner, totpAt(secret, seconds(30), 2), seconds(30))).toEqual({ ok: false, reason: "second-factor-invalid" });
    expect(await logInWith(db, owner, totpAt(secret, seconds(60), -1), seconds(60))).toEqual({ ok: false, reason: "second-factor-invalid" });
    expect(await logInWith(db, owner, totpAt(secret, seconds(60), 1), seconds(60))).toMatchObject({ ok: true });
  });

  it("takes a recovery code once, typed in any case and with or without its dash", async ({ db, owner }) => {
    const { recoveryCodes } = await enrol(db, owner);
    const [first, second] = recoveryCodes as [string, string];
    expect(await logInWith(db, owner, first)).toMatchObject({ ok: true });
    expect(await logInWith(db, owner, first)).toEqual({ ok: false, reason: "second-factor-invalid" });
    expect(await logInWith(db, owner, ` ${second.replace("-", "").toUpperCase()} `)).toMatchObject({ ok: true });
    expect((await at(db, owner).account.twoFactor.status()).recoveryCodesLeft).toBe(RECOVERY_CODE_COUNT - 2);
  });

  it(`refuses every code after ${TWO_FACTOR_FAILURE_LIMIT} wrong ones until the window ends, with when to try again`, async ({ db, owner }) => {
    const { secret } = await enrol(db, owner);
    for (let attempt = 0; attempt < TWO_FACTOR_FAILURE_LIMIT; attempt += 1) {
      expect(await logInWith(db, owner, "000000")).toEqual({ ok: false, reason: "second-factor-invalid" });
    }
    expect(await logInWith(db, owner, totpAt(secret, now, 1))).toEqual({ ok: false, reason: "rate-limited", retryAfterSeconds: TWO_FACTOR_WINDOW_SECONDS });
    // Turning it off is throttled by the same counter.
    expect(await codeOf(() => at(db, owner).account.twoFactor.disable({ password: PASSWORD, code: totpAt(secret, now, 1) }))).toBe("TOO_MANY_REQUESTS");
    const later = seconds(TWO_FACTOR_WINDOW_SECONDS);
    expect(await logInWith(db, owner, totpAt(secret, later), later)).toMatchObject({ ok: true });
  });

  it("does not touch accounts without it: the password alone logs in and a code is ignored", async ({ db, owner }) => {
    expect(await logInWith(db, owner, undefined)).toMatchObject({ ok: true });
    expect(await logInWith(db, owner, "123456")).toMatchObject({ ok: true });
  });
});

describe("turning it off", () => {
  it("needs the password and a current or recovery code", async ({ db, owner }) => {
    const { secret, recoveryCodes } = await enrol(db, owner);
    const disable = (password: string, code: string) => at(db, owner, seconds(30)).account.twoFactor.disable({ password, code });
    expect(await errorCodeOf(() => disable("wrong password", totpAt(secret, seconds(30))))).toBe("wrongPassword");
    expect(await errorCodeOf(() => disable(PASSWORD, "111111"))).toBe("wrongTwoFactorCode");
    expect(await errorCodeOf(() => disable(PASSWORD, "aaaaa-aaaaa"))).toBe("wrongTwoFactorCode");
    expect(await disable(PASSWORD, recoveryCodes[3]!)).toEqual({ disabled: true });
    expect(await at(db, owner).account.twoFactor.status()).toEqual({ enabled: false, enabledAt: null, recoveryCodesLeft: 0 });
    expect(await db.prisma.twoFactorRecoveryCode.count({ where: { userId: owner.id } })).toBe(0);
    expect(await logInWith(db, owner, undefined)).toMatchObject({ ok: true });
    expect(await errorCodeOf(() => disable(PASSWORD, totpAt(secret, seconds(30))))).toBe("twoFactorNotOn");
  });

  it("takes a code from the app", async ({ db, owner }) => {
    const { secret } = await enrol(db, owner);
    expect(await at(db, owner, seconds(30)).account.twoFactor.disable({ password: PASSWORD, code: totpAt(secret, seconds(30)) })).toEqual({ disabled: true });
  });
});

describe("admins", () => {
  it("see who has it on, and remove it for someone who lost their device, ending that account's sessions", async ({ db, owner, admin, stranger }) => {
    await enrol(db, owner);
    const list = await at(db, admin).admin.users.list({});
    expect(list.items.find((row) => row.id === owner.id)?.twoFactorEnabled).toBe(true);
    expect(list.items.find((row) => row.id === stranger.id)?.twoFactorEnabled).toBe(false);
    expect((await at(db, admin).admin.users.byId({ userId: owner.id })).twoFactorEnabled).toBe(true);
    expect(await logInWith(db, owner, "111111")).toEqual({ ok: false, reason: "second-factor-invalid" });

    expect(await at(db, admin).admin.users.removeTwoFactor({ userId: owner.id })).toEqual({ userId: owner.id, removed: true, sessionsEnded: 1 });
    expect(await codeOf(() => at(db, owner).auth.me())).toBe("UNAUTHORIZED");
    expect((await at(db, admin).admin.users.byId({ userId: owner.id })).twoFactorEnabled).toBe(false);
    expect(await logInWith(db, owner, undefined)).toMatchObject({ ok: true });
    // Removing it again changes nothing; an unknown account is not found; others may not.
    expect(await at(db, admin).admin.users.removeTwoFactor({ userId: stranger.id })).toEqual({ userId: stranger.id, removed: false, sessionsEnded: 0 });
    expect(await codeOf(() => at(db, admin).admin.users.removeTwoFactor({ userId: "0190a000-0000-7000-8000-000000000000" }))).toBe("NOT_FOUND");
    expect(await codeOf(() => at(db, stranger).admin.users.removeTwoFactor({ userId: owner.id }))).toBe("FORBIDDEN");
  });

  it("a deleted account takes its two-step records with it", async ({ db, owner, admin }) => {
    await enrol(db, owner);
    await at(db, admin).admin.users.delete({ userId: owner.id });
    expect(await db.prisma.twoFactor.count()).toBe(0);
    expect(await db.prisma.twoFactorRecoveryCode.count()).toBe(0);
  });
});

it("a code with other characters is a 400 sentence, not a 500", async ({ db, owner }) => {
  for (const code of ["12 34 5", "abc", "x".repeat(40), "123456\u0000"]) {
    expect(await codeOf(() => at(db, owner).account.twoFactor.confirm({ code }))).toBe("BAD_REQUEST");
    expect(await codeOf(() => at(db, owner).account.twoFactor.disable({ password: PASSWORD, code }))).toBe("BAD_REQUEST");
  }
});
