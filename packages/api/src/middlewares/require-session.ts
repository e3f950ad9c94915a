import { TRPCError } from "@trpc/server";
import type { Actor } from "@planner/domain";
import { t } from "../trpc-core";

/**
 * Requires a session whose account still exists with the same session
 * version. The role comes from the database, not the cookie, so a demotion or
 * a password change takes effect on the very next request.
 */
export const requireSession = t.middleware(async ({ ctx, next }) => {
  if (!ctx.session) throw new TRPCError({ code: "UNAUTHORIZED", message: "Please log in." });
  const account = await ctx.db.users.findSessionAccount(ctx.session.userId);
  if (!account || account.sessionVersion !== ctx.session.sessionVersion) {
    throw new TRPCError({ code: "UNAUTHORIZED", message: "Your session has ended. Please log in again." });
  }
  const actor: Actor = { userId: account.id, role: account.role };
  return next({ ctx: { actor } });
});

/** A session whose account is an admin now; piped after requireSession, so `ctx.actor` is typed. */
export const requireAdmin = requireSession.unstable_pipe(async ({ ctx, next }) => {
  if (ctx.actor.role !== "ADMIN") throw new TRPCError({ code: "FORBIDDEN", message: "Only admins may do that." });
  return next();
});
