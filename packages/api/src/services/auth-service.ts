import { hashPassword, verifyPassword, type Database, type RateLimitWindow, type SessionKind } from "@planner/db";
import {
  ACCOUNT_CLIENT_FAILURE_LIMIT,
  ACCOUNT_WINDOW_SECONDS,
  IP_FAILURE_LIMIT,
  LOGIN_WINDOW_SECONDS,
  RateLimitedError,
  SIGN_UP_WINDOW_SECONDS,
  accountDelaySeconds,
  loginAccountClientKey,
  loginAccountKey,
  loginIpKey,
  signUpIpKey,
  secondsUntilWindowEnds,
  loginLookup,
  type LogInValues,
  type Role,
  type SignUpValues,
} from "@planner/domain";
import { sessionPolicy } from "../session-policy";
import { apiSettings } from "../settings";
import { assertUsernameAndEmailFree } from "./unique-account";
import { checkSecondFactor } from "./two-factor-service";
import { assertSavableTimeZone } from "./time-zone-names";

/** Sign-ups are limited per IP (every attempt counts): a flood of accounts from one address stops. */
export async function signUp(db: Database, input: SignUpValues, request: { clientIp: string | null; now: Date }): Promise<{ id: string; username: string }> {
  const window = await db.rateLimits.hit(signUpIpKey(request.clientIp ?? "unknown"), SIGN_UP_WINDOW_SECONDS, request.now);
  if (window.count > apiSettings().SIGN_UPS_PER_IP_PER_HOUR) {
    throw new RateLimitedError(secondsUntilWindowEnds(window.windowStartedAt, SIGN_UP_WINDOW_SECONDS, request.now));
  }
  assertSavableTimeZone(input.timeZone);
  await assertUsernameAndEmailFree(db, input.username, input.email);
  const user = await db.users.create({
    username: input.username,
    email: input.email,
    passwordHash: await hashPassword(input.password),
    name: input.username,
    timeZone: input.timeZone,
    locale: input.locale,
  });
  return { id: user.id, username: user.username };
}

export type AuthenticatedUser = { id: string; username: string; role: Role; sessionVersion: number; sessionId: string };

/**
 * Who is logging in, as the server sees it: for the limits and the account's
 * list of sessions. `trustedFor`: the account this browser's device cookie
 * (from an earlier log-in) vouches for.
 */
export type LogInRequest = {
  clientIp: string | null;
  userAgent?: string | null;
  trustedFor?: string | null;
  now: Date;
  /** API: a program's password grant (its session holds tokens, not a cookie). */
  sessionKind?: SessionKind;
};

export type LogInResult =
  | { ok: true; user: AuthenticatedUser }
  | { ok: false; reason: "invalid-credentials" }
  /** The password is right and the account has two-step log-in on: ask for the code (nothing was counted). */
  | { ok: false; reason: "second-factor-required" }
  /** The password is right but the code is not (counted per account). */
  | { ok: false; reason: "second-factor-invalid" }
  | { ok: false; reason: "rate-limited"; retryAfterSeconds: number };

/** A limit that refused the attempt, and when the client may try again. */
type Refusal = { retryAfterSeconds: number };

/**
 * Checks a log-in. An unknown account and a wrong password give the same
 * answer after the same bcrypt work. Failures are counted in the database, so
 * the limits hold across app instances (the policy is in @planner/domain's
 * rate-limit.ts): per account per client, per IP, and per account across
 * untrusted clients with growing delays. `trustedFor` is the account the
 * browser's device cookie vouches for, if any. The check-then-count is not one
 * atomic step: a burst of parallel guesses can overshoot a limit by the number
 * in flight, which is harmless here.
 */
export async function logIn(db: Database, input: LogInValues, request: LogInRequest): Promise<LogInResult> {
  const account = await db.users.findForLogIn(loginLookup(input.login));
  const trusted = account !== null && request.trustedFor === account.id;
  const ip = request.clientIp ?? "unknown";
  const client = trusted ? "device" : `ip:${ip}`;
  const accountClientKey = account ? loginAccountClientKey(account.id, client) : null;
  const counters = [
    ...(accountClientKey ? [{ key: accountClientKey, limit: ACCOUNT_CLIENT_FAILURE_LIMIT, window: LOGIN_WINDOW_SECONDS }] : []),
    ...(trusted ? [] : [{ key: loginIpKey(ip), limit: IP_FAILURE_LIMIT, window: LOGIN_WINDOW_SECONDS }]),
  ];
  const accountWide = account && !trusted ? loginAccountKey(account.id) : null;

  // Every counter in one statement: the embedded database runs each on the server's own thread.
  const windows = await db.rateLimits.peekAll(
    [...counters.map(({ key, window }) => ({ key, windowSeconds: window })), ...(accountWide ? [{ key: accountWide, windowSeconds: ACCOUNT_WINDOW_SECONDS }] : [])],
    request.now,
  );
  const refusal = firstRefusal(counters, windows, accountWide ? windows[counters.length]! : null, request.now);
  if (refusal) return { ok: false, reason: "rate-limited", retryAfterSeconds: refusal.retryAfterSeconds };

  const passwordMatches = await verifyPassword(input.password, account?.passwordHash);
  if (!account || !passwordMatches) {
    await Promise.all([
      ...counters.map((counter) => db.rateLimits.hit(counter.key, counter.window, request.now)),
      ...(accountWide ? [db.rateLimits.hit(accountWide, ACCOUNT_WINDOW_SECONDS, request.now)] : []),
    ]);
    return { ok: false, reason: "invalid-credentials" };
  }
  // The second step, only once the password is known right: a wrong password
  // never reveals whether the account has it on.
  const twoFactor = account.twoFactor?.enabledAt ? account.twoFactor : null;
  if (twoFactor) {
    if (!input.code) return { ok: false, reason: "second-factor-required" };
    const outcome = await checkSecondFactor(db, account.id, twoFactor, input.code, request.now);
    if (outcome !== "ok") {
      return outcome.retryAfterSeconds === null
        ? { ok: false, reason: "second-factor-invalid" }
        : { ok: false, reason: "rate-limited", retryAfterSeconds: outcome.retryAfterSeconds };
    }
  }
  // This client's failures at this account are forgotten; there are none to
  // forget when its counter was empty a moment ago (a failure that lands in
  // between is one of the in-flight overshoots the comment above allows).
  if (accountClientKey && windows[0]!.count > 0) await db.rateLimits.clear(accountClientKey);
  const { id, username, role, sessionVersion } = account;
  const sessionId = await db.sessions.create({
    userId: id,
    ip: request.clientIp,
    userAgent: request.userAgent ?? null,
    now: request.now,
    lifetimeSeconds: sessionPolicy().lifetimeSeconds,
    kind: request.sessionKind ?? "BROWSER",
  });
  return { ok: true, user: { id, username, role, sessionVersion, sessionId } };
}

/** The limit that refuses this attempt, if any: `windows` are the counters' current windows, in order. */
function firstRefusal(
  counters: { limit: number; window: number }[],
  windows: RateLimitWindow[],
  accountWide: RateLimitWindow | null,
  now: Date,
): Refusal | null {
  const waits: number[] = [];
  counters.forEach((counter, index) => {
    const window = windows[index]!;
    if (window.count >= counter.limit) waits.push(window.windowStartedAt.getTime() + counter.window * 1000 - now.getTime());
  });
  if (accountWide) {
    const delay = accountDelaySeconds(accountWide.count) * 1000;
    const waitsUntil = (accountWide.lastHitAt?.getTime() ?? 0) + delay;
    if (delay > 0 && waitsUntil > now.getTime()) waits.push(waitsUntil - now.getTime());
  }
  return waits.length > 0 ? { retryAfterSeconds: Math.ceil(Math.max(...waits) / 1000) } : null;
}

/** Log-out: the session's row goes, so a copy of its cookie stops working too. */
export async function logOut(db: Database, claims: { sessionId: string; userId: string }): Promise<void> {
  await db.sessions.delete(claims.sessionId, claims.userId);
}
