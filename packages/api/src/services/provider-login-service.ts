import { randomBytes } from "node:crypto";
import { uniqueViolationFields, type Database } from "@planner/db";
import {
  ACCOUNT_CLIENT_FAILURE_LIMIT,
  IP_FAILURE_LIMIT,
  LOGIN_WINDOW_SECONDS,
  SIGN_UP_WINDOW_SECONDS,
  baseUsername,
  isValidTimeZone,
  loginAccountClientKey,
  loginIpKey,
  secondsUntilWindowEnds,
  signUpIpKey,
  usernameCandidates,
  type Locale,
  type ProviderProfile,
} from "@planner/domain";
import type { SessionClaims } from "../context";
import { sessionPolicy } from "../session-policy";
import { apiSettings } from "../settings";
import type { AuthenticatedUser } from "./auth-service";
import { isSavableTimeZone } from "./time-zone-names";
import { checkSecondFactor, twoFactorRecordIfEnabled } from "./two-factor-service";

/** Who comes back from a provider's log-in, as the server sees them. */
export type ProviderLogInRequest = {
  clientIp: string | null;
  userAgent: string | null;
  now: Date;
  /** The browser's zone and the page's language, for an account this log-in makes. */
  timeZone?: string | null;
  locale?: Locale | null;
  /** The log-in this browser already has: the provider is then connected to that account. */
  current: SessionClaims | null;
};

export type ProviderLogInOutcome =
  | { kind: "logged-in"; user: AuthenticatedUser; created: boolean }
  /** Connected to the account already logged in (Settings → Connected accounts, or linking after a password log-in). */
  | { kind: "connected" }
  /** The account has two-step log-in on: ask for a code before any session exists. */
  | { kind: "second-factor"; userId: string }
  | { kind: "refused"; reason: ProviderRefusal; retryAfterSeconds?: number };

export type ProviderRefusal =
  /** An account has this address: it is never logged into silently; its owner logs in with the password and connects. */
  | "email-taken"
  /** This provider's person already signs in to another account. */
  | "linked-elsewhere"
  /** The logged-in account already has another account of this provider. */
  | "provider-taken"
  | "rate-limited";

/**
 * After a provider's log-in checked out (state, PKCE and the code exchange are
 * next-auth's): logs in to the linked account, connects the provider to the
 * account already logged in, or makes a new account. An account is found only
 * by the provider's own id of the person, never by e-mail address: an address
 * that an account has (verified by the provider or not) is refused with an
 * explanation, so a provider account with someone's address cannot take their
 * account. The throttling of password log-ins applies: the per-IP and
 * per-account-and-client failure limits refuse the callback, refusals count
 * as failures, and new accounts count against the per-IP sign-up limit.
 */
export async function logInWithProvider(db: Database, profile: ProviderProfile, request: ProviderLogInRequest): Promise<ProviderLogInOutcome> {
  const ip = request.clientIp ?? "unknown";
  const ipRefusal = await refusalOf(db, loginIpKey(ip), IP_FAILURE_LIMIT, request.now);
  if (ipRefusal) return ipRefusal;

  const current = request.current ? await liveAccountOf(db, request.current, request.now) : null;
  const linked = await db.providerAccounts.findAccount(profile.provider, profile.providerAccountId);
  if (current) return connect(db, current, linked, profile, request);

  if (linked) {
    const accountRefusal = await refusalOf(db, loginAccountClientKey(linked.id, `ip:${ip}`), ACCOUNT_CLIENT_FAILURE_LIMIT, request.now);
    if (accountRefusal) return accountRefusal;
    if (await twoFactorRecordIfEnabled(db, linked.id)) return { kind: "second-factor", userId: linked.id };
    return { kind: "logged-in", user: await startSession(db, linked, request), created: false };
  }

  const addresses = [profile.verifiedEmail, profile.unverifiedEmail].filter((address): address is string => Boolean(address));
  for (const address of addresses) {
    if (await db.providerAccounts.emailTaken(address)) return refuse(db, ip, "email-taken", request.now);
  }
  const window = await db.rateLimits.hit(signUpIpKey(ip), SIGN_UP_WINDOW_SECONDS, request.now);
  if (window.count > apiSettings().SIGN_UPS_PER_IP_PER_HOUR) {
    return { kind: "refused", reason: "rate-limited", retryAfterSeconds: secondsUntilWindowEnds(window.windowStartedAt, SIGN_UP_WINDOW_SECONDS, request.now) };
  }
  const user = await createAccount(db, profile, request);
  return { kind: "logged-in", user: await startSession(db, user, request), created: true };
}

/**
 * The second step of a provider log-in to an account with two-step log-in on.
 * `userId` comes from the sealed, short-lived note the first step left in the
 * browser; the code is checked and counted exactly as at a password log-in.
 */
export async function completeProviderSecondFactor(
  db: Database,
  userId: string,
  code: string,
  request: Omit<ProviderLogInRequest, "current" | "timeZone" | "locale">,
): Promise<{ ok: true; user: AuthenticatedUser } | { ok: false; reason: "second-factor-invalid" | "expired" } | { ok: false; reason: "rate-limited"; retryAfterSeconds: number }> {
  const credentials = await db.providerAccounts.findAccountById(userId);
  if (!credentials) return { ok: false, reason: "expired" };
  const record = await twoFactorRecordIfEnabled(db, userId);
  if (record) {
    const outcome = await checkSecondFactor(db, userId, record, code, request.now);
    if (outcome !== "ok") {
      return outcome.retryAfterSeconds === null
        ? { ok: false, reason: "second-factor-invalid" }
        : { ok: false, reason: "rate-limited", retryAfterSeconds: outcome.retryAfterSeconds };
    }
  }
  return { ok: true, user: await startSession(db, credentials, request) };
}

async function connect(
  db: Database,
  current: { id: string },
  linked: { id: string } | null,
  profile: ProviderProfile,
  request: ProviderLogInRequest,
): Promise<ProviderLogInOutcome> {
  if (linked) return linked.id === current.id ? { kind: "connected" } : refuse(db, request.clientIp ?? "unknown", "linked-elsewhere", request.now);
  const methods = await db.providerAccounts.signInMethods(current.id);
  if (methods?.providers.includes(profile.provider)) return { kind: "refused", reason: "provider-taken" };
  try {
    await db.providerAccounts.link(current.id, profile.provider, profile.providerAccountId, request.now);
  } catch (error) {
    // A parallel callback connected this provider meanwhile, to this account or another.
    if (!uniqueViolationFields(error)) throw error;
    return { kind: "refused", reason: "linked-elsewhere" };
  }
  return { kind: "connected" };
}

async function liveAccountOf(db: Database, claims: SessionClaims, now: Date): Promise<{ id: string } | null> {
  const session = await db.sessions.findLive(claims.sessionId, claims.userId, sessionPolicy(), now);
  return session && session.account.sessionVersion === claims.sessionVersion ? { id: session.account.id } : null;
}

async function createAccount(db: Database, profile: ProviderProfile, request: ProviderLogInRequest) {
  const timeZone = request.timeZone && isValidTimeZone(request.timeZone) && isSavableTimeZone(request.timeZone) ? request.timeZone : undefined;
  const name = (profile.name?.trim() || profile.handle?.trim() || profile.provider).slice(0, 100);
  const candidates = usernameCandidates(baseUsername(profile));
  const taken = await db.providerAccounts.takenUsernames(candidates);
  let username = candidates.find((candidate) => !taken.has(candidate)) ?? withRandomSuffix(candidates[0]!);
  // Two first log-ins may pick the same free name at once: the unique index decides, and the loser takes a random suffix.
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await db.providerAccounts.createUserWith(
        { username, email: profile.verifiedEmail, passwordHash: null, name, timeZone, locale: request.locale ?? undefined },
        profile.provider,
        profile.providerAccountId,
        request.now,
      );
    } catch (error) {
      if (attempt >= 2 || !uniqueViolationFields(error)?.some((field) => field.includes("username"))) throw error;
      username = withRandomSuffix(candidates[0]!);
    }
  }
}

function withRandomSuffix(base: string): string {
  const suffix = `-${randomBytes(3).toString("hex")}`;
  return `${base.slice(0, 32 - suffix.length)}${suffix}`;
}

async function startSession(
  db: Database,
  account: { id: string; username: string; role: AuthenticatedUser["role"]; sessionVersion: number },
  request: { clientIp: string | null; userAgent: string | null; now: Date },
): Promise<AuthenticatedUser> {
  const sessionId = await db.sessions.create({
    userId: account.id,
    ip: request.clientIp,
    userAgent: request.userAgent,
    now: request.now,
    lifetimeSeconds: sessionPolicy().lifetimeSeconds,
    kind: "BROWSER",
  });
  const { id, username, role, sessionVersion } = account;
  return { id, username, role, sessionVersion, sessionId };
}

async function refusalOf(db: Database, key: string, limit: number, now: Date): Promise<ProviderLogInOutcome | null> {
  const window = await db.rateLimits.peek(key, LOGIN_WINDOW_SECONDS, now);
  if (window.count < limit) return null;
  return { kind: "refused", reason: "rate-limited", retryAfterSeconds: secondsUntilWindowEnds(window.windowStartedAt, LOGIN_WINDOW_SECONDS, now) };
}

/** A callback that failed next-auth's checks (state, PKCE) counts as a failed log-in from its address. */
export async function countProviderCallbackFailure(db: Database, clientIp: string | null, now: Date): Promise<void> {
  await db.rateLimits.hit(loginIpKey(clientIp ?? "unknown"), LOGIN_WINDOW_SECONDS, now);
}

/** A refused callback counts as a failed log-in from its address, as a wrong password does. */
async function refuse(db: Database, ip: string, reason: ProviderRefusal, now: Date): Promise<ProviderLogInOutcome> {
  await db.rateLimits.hit(loginIpKey(ip), LOGIN_WINDOW_SECONDS, now);
  return { kind: "refused", reason };
}
