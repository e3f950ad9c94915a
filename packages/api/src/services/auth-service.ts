import { hashPassword, verifyPassword, type Database, type PublicUser } from "@planner/db";
import {
  ConflictError,
  LOGIN_FAILURE_LIMIT,
  LOGIN_FAILURE_WINDOW_SECONDS,
  loginAccountKey,
  loginIpKey,
  loginLookup,
  type Actor,
  type LogInValues,
  type Role,
  type SignUpValues,
} from "@planner/domain";
import { sessionPolicy } from "../session-policy";
import { found } from "./found";

export async function signUp(db: Database, input: SignUpValues): Promise<{ id: string; username: string }> {
  // A friendly early answer; the unique indexes still decide races (P2002 → CONFLICT).
  const taken = await db.users.findTaken(input.username, input.email);
  if (taken.username) throw new ConflictError("username", "That username is already taken.", "usernameTaken");
  if (taken.email) throw new ConflictError("email", "An account with that email address already exists.", "emailTaken");
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

/** Who is logging in, as the server sees it: for the limits and the account's list of sessions. */
export type LogInRequest = { clientIp: string | null; userAgent?: string | null; now: Date };

export type LogInResult =
  | { ok: true; user: AuthenticatedUser }
  | { ok: false; reason: "invalid-credentials" }
  | { ok: false; reason: "rate-limited"; retryAfterSeconds: number };

/**
 * Checks a log-in. An unknown account and a wrong password give the same
 * answer after the same bcrypt work. Failures are counted per account and per
 * client IP in the database, so the limit holds across app instances. The
 * check-then-count is not one atomic step: a burst of parallel guesses can
 * overshoot the limit by the number in flight, which is harmless here.
 */
export async function logIn(
  db: Database,
  input: LogInValues,
  request: LogInRequest,
): Promise<LogInResult> {
  const keys = [loginAccountKey(input.login), ...(request.clientIp ? [loginIpKey(request.clientIp)] : [])];
  const windows = await Promise.all(keys.map((key) => db.rateLimits.peek(key, LOGIN_FAILURE_WINDOW_SECONDS, request.now)));
  const blocked = windows.filter((window) => window.count >= LOGIN_FAILURE_LIMIT);
  if (blocked.length > 0) {
    const endsAt = Math.max(...blocked.map((window) => window.windowStartedAt.getTime() + LOGIN_FAILURE_WINDOW_SECONDS * 1000));
    return { ok: false, reason: "rate-limited", retryAfterSeconds: Math.ceil((endsAt - request.now.getTime()) / 1000) };
  }

  const account = await db.users.findCredentials(loginLookup(input.login));
  const passwordMatches = await verifyPassword(input.password, account?.passwordHash);
  if (!account || !passwordMatches) {
    await Promise.all(keys.map((key) => db.rateLimits.hit(key, LOGIN_FAILURE_WINDOW_SECONDS, request.now)));
    return { ok: false, reason: "invalid-credentials" };
  }
  await db.rateLimits.clear(keys[0]!);
  const { id, username, role, sessionVersion } = account;
  const sessionId = await db.sessions.create({
    userId: id,
    ip: request.clientIp,
    userAgent: request.userAgent ?? null,
    now: request.now,
    lifetimeSeconds: sessionPolicy().lifetimeSeconds,
  });
  return { ok: true, user: { id, username, role, sessionVersion, sessionId } };
}

/** Log-out: the session's row goes, so a copy of its cookie stops working too. */
export async function logOut(db: Database, claims: { sessionId: string; userId: string }): Promise<void> {
  await db.sessions.delete(claims.sessionId, claims.userId);
}

export type Me = Pick<PublicUser, "id" | "username" | "email" | "name" | "role" | "timeZone" | "locale" | "theme" | "weekStart">;

export async function getMe(db: Database, actor: Actor): Promise<Me> {
  const user = found(await db.users.findById(actor.userId), "Your account", "accountNotFound");
  const { id, username, email, name, role, timeZone, locale, theme, weekStart } = user;
  return { id, username, email, name, role, timeZone, locale, theme, weekStart };
}
