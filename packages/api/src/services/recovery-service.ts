import { hashPassword, type Database, type PublicUser } from "@planner/db";
import {
  LINK_FAILURES_PER_IP,
  LINK_FAILURE_WINDOW_SECONDS,
  RESET_EMAILS_PER_ACCOUNT,
  RESET_REQUESTS_PER_IP,
  RESET_REQUEST_WINDOW_SECONDS,
  RateLimitedError,
  ValidationError,
  linkFailureIpKey,
  passwordLinkExpiresAt,
  passwordLinkUrl,
  passwordResetEmail,
  resetEmailAccountKey,
  resetRequestIpKey,
  secondsUntilWindowEnds,
  type AdminCreateUserValues,
  type PasswordLinkPurpose,
  type RequestPasswordResetValues,
  type ResetPasswordValues,
  type UserIdValues,
} from "@planner/domain";
import type { Mailer } from "../reminders/mailer";
import { apiSettings } from "../settings";
import { found } from "./found";
import { assertUsernameAndEmailFree } from "./unique-account";

/** Who is asking, as the server sees it. */
type Request = { clientIp: string | null; now: Date };

const LINK_INVALID = "This link has expired or was already used. Ask for a new one.";
/** How long one reset e-mail may take before it is given up (the person can ask again). */
const SEND_DEADLINE_MS = 60_000;

/**
 * "Forgot password": the answer is the same whether or not the address has an
 * account, and so is the time it takes: the e-mail is sent after the answer, not
 * before it. Throttled per IP; beyond a few e-mails per account an hour, the
 * request is answered the same and sends nothing.
 */
export async function requestPasswordReset(
  db: Database,
  mailer: Mailer | null,
  input: RequestPasswordResetValues,
  request: Request,
): Promise<{ accepted: true }> {
  const window = await db.rateLimits.hit(resetRequestIpKey(request.clientIp ?? "unknown"), RESET_REQUEST_WINDOW_SECONDS, request.now);
  if (window.count > RESET_REQUESTS_PER_IP) throw new RateLimitedError(secondsUntilWindowEnds(window.windowStartedAt, RESET_REQUEST_WINDOW_SECONDS, request.now));
  const account = await db.users.findCredentials({ email: input.email });
  if (account && mailer) void mailResetLink(db, mailer, account.id, request.now);
  return { accepted: true };
}

/** Makes the link and mails it; runs after the answer, so its time and its failures are nobody's business but the log's. */
async function mailResetLink(db: Database, mailer: Mailer, userId: string, now: Date): Promise<void> {
  try {
    const sent = await db.rateLimits.hit(resetEmailAccountKey(userId), RESET_REQUEST_WINDOW_SECONDS, now);
    if (sent.count > RESET_EMAILS_PER_ACCOUNT) return;
    const user = await db.users.findById(userId);
    if (!user?.email) return;
    const token = await db.passwordLinks.create({ userId, purpose: "RESET", now, expiresAt: passwordLinkExpiresAt("RESET", now) });
    const { subject, body } = passwordResetEmail({ name: user.name, locale: user.locale ?? "en" }, passwordLinkUrl(apiSettings().APP_URL, token));
    await mailer.sendMessage({ to: { name: user.name, address: user.email }, subject, text: body }, { signal: AbortSignal.timeout(SEND_DEADLINE_MS) });
  } catch (error) {
    console.error(`password reset e-mail to account ${userId} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export type PasswordLinkView = { purpose: PasswordLinkPurpose; username: string; expiresAt: Date };

/** What the page a link opens shows before the person types: whose link it is, or that it no longer works. */
export async function checkPasswordLink(db: Database, token: string, request: Request): Promise<PasswordLinkView> {
  await refuseWhileHammering(db, request);
  const link = (await db.passwordLinks.findLive(token, request.now)) ?? (await refuseLink(db, request));
  return { purpose: link.purpose, username: link.user.username, expiresAt: link.expiresAt };
}

/** Sets the password through a link: once, before it expires; every session of the account ends. */
export async function resetPassword(db: Database, input: ResetPasswordValues, request: Request): Promise<{ username: string }> {
  await refuseWhileHammering(db, request);
  // Checked first so that a dead link does not cost a bcrypt hash; `use` decides races.
  if (!(await db.passwordLinks.findLive(input.token, request.now))) await refuseLink(db, request);
  const used = (await db.passwordLinks.use(input.token, await hashPassword(input.newPassword), request.now)) ?? (await refuseLink(db, request));
  return { username: used.username };
}

/** An admin's one-time reset link for a user, to hand over in person (no e-mail needed). Shown once. */
export async function createAdminResetLink(db: Database, input: UserIdValues, now: Date): Promise<{ url: string; expiresAt: Date }> {
  found(await db.users.findById(input.userId), "That user", "userNotFound");
  return makeLink(db, input.userId, "ADMIN_RESET", now);
}

/** An admin creates an account without a password; its owner sets one through the link (shown once). */
export async function createUserWithLink(
  db: Database,
  input: AdminCreateUserValues,
  now: Date,
): Promise<{ user: PublicUser; url: string; expiresAt: Date }> {
  await assertUsernameAndEmailFree(db, input.username, input.email);
  const user = await db.users.create({
    username: input.username,
    email: input.email,
    passwordHash: null,
    name: input.name || input.username,
    role: input.role,
    locale: input.locale,
  });
  return { user, ...(await makeLink(db, user.id, "SET_PASSWORD", now)) };
}

async function makeLink(db: Database, userId: string, purpose: PasswordLinkPurpose, now: Date): Promise<{ url: string; expiresAt: Date }> {
  const expiresAt = passwordLinkExpiresAt(purpose, now);
  const token = await db.passwordLinks.create({ userId, purpose, now, expiresAt });
  return { url: passwordLinkUrl(apiSettings().APP_URL, token), expiresAt };
}

async function refuseWhileHammering(db: Database, request: Request): Promise<void> {
  const window = await db.rateLimits.peek(linkFailureIpKey(request.clientIp ?? "unknown"), LINK_FAILURE_WINDOW_SECONDS, request.now);
  if (window.count >= LINK_FAILURES_PER_IP) throw new RateLimitedError(secondsUntilWindowEnds(window.windowStartedAt, LINK_FAILURE_WINDOW_SECONDS, request.now));
}

/** Counts the failure against the IP and refuses with the one sentence for unknown, used and expired links alike. */
async function refuseLink(db: Database, request: Request): Promise<never> {
  await db.rateLimits.hit(linkFailureIpKey(request.clientIp ?? "unknown"), LINK_FAILURE_WINDOW_SECONDS, request.now);
  throw new ValidationError(LINK_INVALID, { token: [LINK_INVALID] }, "passwordLinkInvalid");
}
