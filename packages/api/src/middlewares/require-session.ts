import { TRPCError } from "@trpc/server";
import { ForbiddenError, effectiveScope, type Actor, type ApiTokenScope } from "@planner/domain";
import type { Context } from "../context";
import { liveCookieSession } from "../session-check";
import { liveBearer } from "../tokens/bearer";
import { t } from "../trpc-core";

/** How the caller proved who they are: the log-in cookie, a personal access token, or a program's access token. */
export type Credential =
  | { kind: "session"; scope: "READ_WRITE" }
  | { kind: "personal" | "access"; tokenId: string; scope: ApiTokenScope; expiresAt: Date | null };

type Caller = { actor: Actor; sessionId: string | null; credential: Credential };

const LOG_IN = "Please log in.";
const SESSION_ENDED = "Your session has ended. Please log in again.";
const BAD_TOKEN = "The bearer token is not valid: it is unknown, expired or revoked.";

/**
 * Requires a caller the database vouches for now: a live server-side session
 * (cookie) whose account still has the same session version, or a live
 * bearer token. Either is one query; the role always comes from the database,
 * so a demotion or a password change takes effect on the very next request.
 * A read-only token may call queries only.
 */
export const requireSession = t.middleware(async ({ ctx, type, next }) => {
  const caller = ctx.bearer !== null ? await bearerCaller(ctx, ctx.bearer) : await cookieCaller(ctx);
  if (type === "mutation" && caller.credential.scope === "READ") {
    // A subscriber's tokens only ever read (effectiveScope): making another would not help.
    if (caller.actor.role === "SUBSCRIBER") throw new ForbiddenError("Subscriber accounts are read-only.", "subscriberReadOnly");
    throw new ForbiddenError("This token may only read. Make a read-and-write token to change things.", "tokenReadOnly");
  }
  return next({ ctx: caller });
});

async function cookieCaller(ctx: Context): Promise<Caller> {
  if (!ctx.session) throw new TRPCError({ code: "UNAUTHORIZED", message: LOG_IN });
  const live = await liveCookieSession(ctx.db, ctx.session, ctx.now());
  if (!live) throw new TRPCError({ code: "UNAUTHORIZED", message: SESSION_ENDED });
  return { ...live, credential: { kind: "session", scope: "READ_WRITE" } };
}

async function bearerCaller(ctx: Context, bearer: string): Promise<Caller> {
  const token = await liveBearer(ctx.db, bearer, ctx.now());
  if (!token) throw new TRPCError({ code: "UNAUTHORIZED", message: BAD_TOKEN });
  const { id: userId, role } = token.account;
  return {
    actor: { userId, role },
    sessionId: token.sessionId,
    credential: {
      kind: token.kind === "PERSONAL" ? "personal" : "access",
      tokenId: token.id,
      scope: effectiveScope(token.scope, role),
      expiresAt: token.expiresAt,
    },
  };
}

/** A caller whose account is an admin now; piped after requireSession, so `ctx.actor` is typed. */
export const requireAdmin = requireSession.unstable_pipe(async ({ ctx, next }) => {
  if (ctx.actor.role !== "ADMIN") throw new TRPCError({ code: "FORBIDDEN", message: "Only admins may do that." });
  return next();
});
