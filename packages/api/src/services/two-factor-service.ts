import type { Database, TwoFactorRecord } from "@planner/db";
import type { Credential } from "../middlewares/require-session";
import { assertLogInSession } from "./log-in-session";
import {
  ConflictError,
  RateLimitedError,
  TWO_FACTOR_FAILURE_LIMIT,
  TWO_FACTOR_WINDOW_SECONDS,
  ValidationError,
  parseSecondFactorCode,
  secondsUntilWindowEnds,
  twoFactorFailureKey,
  type Actor,
  type ConfirmTwoFactorValues,
  type DisableTwoFactorValues,
  type UserIdValues,
} from "@planner/domain";
import {
  compactRecoveryCode,
  hashRecoveryCode,
  matchTotp,
  newRecoveryCodes,
  newTotpSecret,
  otpauthUri,
  qrDataUrl,
  recoveryCodeMatches,
} from "../two-factor/codes";
import { openSecret, sealSecret } from "../two-factor/secret-box";
import { assertPassword } from "./account-service";
import { found } from "./found";

/** Settings → Security's view of two-step log-in. */
export type TwoFactorStatus = { enabled: boolean; enabledAt: Date | null; recoveryCodesLeft: number };

export async function twoFactorStatus(db: Database, actor: Actor): Promise<TwoFactorStatus> {
  const record = await db.twoFactor.find(actor.userId);
  const enabledAt = record?.enabledAt ?? null;
  return { enabled: enabledAt !== null, enabledAt, recoveryCodesLeft: enabledAt ? await db.twoFactor.unusedRecoveryCodeCount(actor.userId) : 0 };
}

/** What the enrolment screen shows: the QR code, and the key for typing in by hand. */
export type TwoFactorEnrolment = { secret: string; otpauthUri: string; qrDataUrl: string };

type LoggedInCaller = { actor: Actor; credential: Credential };

// Set-up asks for no password: over a token it would let whoever holds the
// token put their own authenticator on the account and lock its owner out.
const IN_SETTINGS = "Two-step verification is turned on and off in Settings, after logging in; not with an API token.";

/** Makes a new pending secret (replacing an unconfirmed one); nothing changes at log-in until it is confirmed. */
export async function startTwoFactor(db: Database, { actor, credential }: LoggedInCaller): Promise<TwoFactorEnrolment> {
  assertLogInSession(credential, IN_SETTINGS, "twoFactorNeedsLogIn");
  const user = found(await db.users.findById(actor.userId), "Your account", "accountNotFound");
  if (await db.twoFactor.isEnabled(actor.userId)) {
    throw new ConflictError("twoFactor", "Two-step verification is already on.", "twoFactorAlreadyOn");
  }
  const secret = newTotpSecret();
  await db.twoFactor.savePending(actor.userId, sealSecret(secret));
  const uri = otpauthUri(secret, user.username);
  return { secret, otpauthUri: uri, qrDataUrl: await qrDataUrl(uri) };
}

/** Checks a code from the app against the pending secret, turns two-step log-in on and returns the recovery codes, once. */
export async function confirmTwoFactor(db: Database, { actor, credential }: LoggedInCaller, input: ConfirmTwoFactorValues, now: Date): Promise<{ recoveryCodes: string[] }> {
  assertLogInSession(credential, IN_SETTINGS, "twoFactorNeedsLogIn");
  const record = await db.twoFactor.find(actor.userId);
  const pending = record?.pendingSecretSealed;
  if (!pending) throw new ValidationError("Start setting up two-step verification again.", {}, "twoFactorNotStarted");
  await assertNotThrottled(db, actor.userId, now);
  const code = parseSecondFactorCode(input.code);
  const step = code?.kind === "totp" ? await matchTotp(openSecret(pending), code.token, now, null) : null;
  if (step === null) {
    await countFailure(db, actor.userId, now);
    throw wrongCode();
  }
  const recoveryCodes = newRecoveryCodes();
  const stored = recoveryCodes.map((code) => hashRecoveryCode(compactRecoveryCode(code)));
  if (!(await db.twoFactor.enable(actor.userId, pending, step, stored, now))) {
    throw new ValidationError("Start setting up two-step verification again.", {}, "twoFactorNotStarted");
  }
  await db.rateLimits.clear(twoFactorFailureKey(actor.userId));
  return { recoveryCodes };
}

/** Turns it off; needs the password and a current code or a recovery code (a stolen session alone cannot). */
export async function disableTwoFactor(db: Database, { actor, credential }: LoggedInCaller, input: DisableTwoFactorValues, now: Date): Promise<{ disabled: true }> {
  assertLogInSession(credential, IN_SETTINGS, "twoFactorNeedsLogIn");
  const record = await db.twoFactor.find(actor.userId);
  if (!record?.enabledAt) throw new ValidationError("Two-step verification is not on.", {}, "twoFactorNotOn");
  await assertPassword(db, actor.userId, input.password, "password");
  const outcome = await checkSecondFactor(db, actor.userId, record, input.code, now);
  if (outcome !== "ok") {
    if (outcome.retryAfterSeconds !== null) throw new RateLimitedError(outcome.retryAfterSeconds);
    throw wrongCode();
  }
  await db.twoFactor.remove(actor.userId);
  return { disabled: true };
}

/** An admin takes two-step log-in off an account whose owner lost the device; every session of that account ends. */
export async function removeTwoFactorForUser(db: Database, input: UserIdValues): Promise<{ userId: string; removed: boolean; sessionsEnded: number }> {
  found(await db.users.findById(input.userId), "That user", "userNotFound");
  const removed = await db.twoFactor.remove(input.userId);
  // Whoever holds a session may be the one who has the device: they log in again, with the password alone.
  const sessionsEnded = removed ? await db.sessions.deleteAllOf(input.userId) : 0;
  return { userId: input.userId, removed, sessionsEnded };
}

/** Whether the account must give a second step at log-in. */
export async function twoFactorRecordIfEnabled(db: Database, userId: string): Promise<TwoFactorRecord | null> {
  const record = await db.twoFactor.find(userId);
  return record?.enabledAt ? record : null;
}

/**
 * Checks a typed second-step code: a TOTP code of the current step or one
 * either side, newer than the last one taken, or an unused recovery code, which
 * is then used up. Wrong codes are counted per account (TWO_FACTOR_FAILURE_LIMIT
 * in TWO_FACTOR_WINDOW_SECONDS); past the limit every code is refused until the
 * window ends. `retryAfterSeconds` is null for a wrong code, set when throttled.
 */
export async function checkSecondFactor(
  db: Database,
  userId: string,
  record: TwoFactorRecord,
  typed: string,
  now: Date,
): Promise<"ok" | { retryAfterSeconds: number | null }> {
  const wait = await throttledFor(db, userId, now);
  if (wait !== null) return { retryAfterSeconds: wait };
  const code = parseSecondFactorCode(typed);
  let accepted = false;
  if (code?.kind === "totp" && record.secretSealed) {
    const step = await matchTotp(openSecret(record.secretSealed), code.token, now, record.lastUsedStep);
    accepted = step !== null && (await db.twoFactor.claimStep(userId, step));
  } else if (code?.kind === "recovery") {
    const match = (await db.twoFactor.unusedRecoveryCodes(userId)).find((stored) => recoveryCodeMatches(code.code, stored));
    accepted = match !== undefined && (await db.twoFactor.useRecoveryCode(match.id, now));
  }
  if (!accepted) {
    await countFailure(db, userId, now);
    return { retryAfterSeconds: null };
  }
  await db.rateLimits.clear(twoFactorFailureKey(userId));
  return "ok";
}

async function throttledFor(db: Database, userId: string, now: Date): Promise<number | null> {
  const window = await db.rateLimits.peek(twoFactorFailureKey(userId), TWO_FACTOR_WINDOW_SECONDS, now);
  if (window.count < TWO_FACTOR_FAILURE_LIMIT) return null;
  return secondsUntilWindowEnds(window.windowStartedAt, TWO_FACTOR_WINDOW_SECONDS, now);
}

async function assertNotThrottled(db: Database, userId: string, now: Date): Promise<void> {
  const wait = await throttledFor(db, userId, now);
  if (wait !== null) throw new RateLimitedError(wait);
}

async function countFailure(db: Database, userId: string, now: Date): Promise<void> {
  await db.rateLimits.hit(twoFactorFailureKey(userId), TWO_FACTOR_WINDOW_SECONDS, now);
}

function wrongCode(): ValidationError {
  const message = "That code is not correct. Check the time on your device, or use a recovery code.";
  return new ValidationError(message, { code: [message] }, "wrongTwoFactorCode");
}
