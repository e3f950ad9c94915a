// @planner/api/server: everything the web app's server side needs at run time
// (route handlers, auth, instrumentation). apps/web imports nothing from
// @planner/db (DESIGN.md: web → api → domain); the app's one database is opened here.
import { getDatabase } from "@planner/db";
import type { LogInValues, ProviderProfile } from "@planner/domain";
import { feedResponse } from "./calendar/feed-http";
import { scheduleFileRefusal, scheduleFileResponse } from "./calendar/schedule-file-http";
import { appClock } from "./clock";
import { createContext, type Context, type SessionClaims } from "./context";
import { checkHealth } from "./health";
import { createCaller } from "./root";
import { appMailer } from "./reminders/mailer";
import { deliverDueReminders } from "./reminders/worker";
import { logIn, logOut, type LogInRequest, type LogInResult } from "./services/auth-service";
import { calendarFeedFor } from "./services/calendar-feed-service";
import { completeProviderSecondFactor, countProviderCallbackFailure, logInWithProvider, type ProviderLogInOutcome, type ProviderLogInRequest } from "./services/provider-login-service";
import { openPendingLogIn, sealPendingLogIn, PENDING_LOG_IN_SECONDS } from "./tokens/pending-log-in";
import { testHooksEnabled } from "./pages";

export { handleTrpcRequest } from "./http-handler";
export { handleRestRequest, REST_ENDPOINT } from "./rest/handler";
export { openApiDocument } from "./rest/document";
export type { SessionClaims } from "./context";
export type { ProviderLogInOutcome } from "./services/provider-login-service";
export { testHooksEnabled };

/** The tRPC context of one request: its log-in cookie's claims or its bearer token. */
export async function requestContext(request: {
  session: SessionClaims | null;
  bearer?: string | null;
  clientIp: string | null;
  userAgent?: string | null;
}): Promise<Context> {
  return createContext({ db: await getDatabase(), ...request });
}

/** A tRPC caller for server components, acting as the visitor. */
export async function serverCaller(session: SessionClaims | null) {
  return createCaller(await requestContext({ session, clientIp: null }));
}

/**
 * GET /api/calendar/<secret>.ics for calendar apps: no log-in, the secret in
 * the address is the credential. `segment` is the path's last part as sent.
 */
export async function calendarFeedResponse(segment: string, headers: Headers): Promise<Response> {
  const answer = await calendarFeedFor(await getDatabase(), segment, appClock.now());
  return feedResponse(answer, { ifNoneMatch: headers.get("if-none-match"), ifModifiedSince: headers.get("if-modified-since") });
}

/** GET /api/schedules/<id>/ics: the schedule dialog's download, for whoever may read the schedule. */
export async function scheduleCalendarFileResponse(request: { session: SessionClaims | null; bearer: string | null }, id: string): Promise<Response> {
  const caller = createCaller(await requestContext({ ...request, clientIp: null }));
  return caller.schedule.calendarFile({ id }).then(scheduleFileResponse, scheduleFileRefusal);
}

/** GET /api/health. */
export function healthReport() {
  return checkHealth(getDatabase);
}

/**
 * The log-in form's check (next-auth's credentials provider), on the app's
 * clock: the same one every request's session check reads.
 */
export async function logInWithPassword(input: LogInValues, request: Omit<LogInRequest, "now">): Promise<LogInResult> {
  return logIn(await getDatabase(), input, { ...request, now: appClock.now() });
}

/** After a provider's log-in checked out (next-auth's signIn callback): log in, connect, make an account, or refuse. */
export async function logInWithProviderProfile(profile: ProviderProfile, request: Omit<ProviderLogInRequest, "now">): Promise<ProviderLogInOutcome> {
  return logInWithProvider(await getDatabase(), profile, { ...request, now: appClock.now() });
}

/** The sealed note a provider log-in leaves for its second step (a cookie), and how long it lasts. */
export function pendingProviderLogIn(userId: string): { value: string; maxAgeSeconds: number } {
  return { value: sealPendingLogIn(userId, appClock.now()), maxAgeSeconds: PENDING_LOG_IN_SECONDS };
}

/** The second step of a provider log-in: the note's account, the typed code. */
export async function completeProviderLogIn(note: string | undefined, code: string, request: { clientIp: string | null; userAgent: string | null }) {
  const now = appClock.now();
  const userId = openPendingLogIn(note, now);
  if (!userId) return { ok: false as const, reason: "expired" as const };
  return completeProviderSecondFactor(await getDatabase(), userId, code, { ...request, now });
}

/** A provider callback that failed its state or PKCE check counts as a failed log-in from the address. */
export async function countFailedProviderCallback(clientIp: string | null): Promise<void> {
  await countProviderCallbackFailure(await getDatabase(), clientIp, appClock.now());
}

/** Log-out (next-auth's signOut event): the session's row goes, so a copy of the cookie stops working too. */
export async function endLoggedOutSession(claims: { sessionId: string; userId: string }): Promise<void> {
  await logOut(await getDatabase(), claims);
}

/** Whether "forgot password" can mail a link (SMTP is set up); otherwise an admin hands one over. */
export function passwordResetByEmail(): boolean {
  return appMailer() !== null;
}


/** Test hook: moves the app's clock forward and runs the reminder worker at once. */
export async function advanceTestClock(advanceMs: number) {
  if (!testHooksEnabled()) throw new Error("test hooks are off");
  const now = appClock.advance(advanceMs);
  const delivered = await deliverDueReminders(await getDatabase(), { now: appClock.now });
  return { now, ...delivered };
}
