import { TRPCError } from "@trpc/server";
import { SESSION_TOUCH_SECONDS, sessionNeedsTouch, type Actor } from "@planner/domain";
import { sessionPolicy } from "../session-policy";
import { t } from "../trpc-core";

/**
 * Requires a live server-side session (not logged out, not idle too long, not
 * past its lifetime) whose account still has the same session version, read in
 * one query. The role comes from the database, not the cookie, so a demotion or
 * a password change takes effect on the very next request. Activity is
 * recorded at most once a minute.
 */
export const requireSession = t.middleware(async ({ ctx, next }) => {
  if (!ctx.session) throw new TRPCError({ code: "UNAUTHORIZED", message: "Please log in." });
  const now = ctx.now();
  const session = await ctx.db.sessions.findLive(ctx.session.sessionId, ctx.session.userId, sessionPolicy(), now);
  if (!session || session.account.sessionVersion !== ctx.session.sessionVersion) {
    throw new TRPCError({ code: "UNAUTHORIZED", message: "Your session has ended. Please log in again." });
  }
  if (sessionNeedsTouch(session, now)) {
    await ctx.db.sessions.touch(session.id, now, new Date(now.getTime() - SESSION_TOUCH_SECONDS * 1000));
  }
  const actor: Actor = { userId: session.account.id, role: session.account.role };
  return next({ ctx: { actor, sessionId: session.id } });
});

/** A session whose account is an admin now; piped after requireSession, so `ctx.actor` is typed. */
export const requireAdmin = requireSession.unstable_pipe(async ({ ctx, next }) => {
  if (ctx.actor.role !== "ADMIN") throw new TRPCError({ code: "FORBIDDEN", message: "Only admins may do that." });
  return next();
});
