import type { Session } from "next-auth";
import type { JWT } from "next-auth/jwt";
import type { SessionClaims } from "@planner/api";
import type { Role } from "@planner/domain";

export function sessionClaims(session: Session | null): SessionClaims | null {
  const user = session?.user;
  // A cookie from before server-side sessions has no session id: it is no session.
  return user?.id && user.sessionId ? { sessionId: user.sessionId, userId: user.id, role: user.role, sessionVersion: user.sessionVersion } : null;
}

/** The same claims straight from the decrypted cookie, read as auth.config.ts's session callback reads it. */
export function claimsFromToken(token: JWT): SessionClaims | null {
  const userId = token.sub ?? "";
  const sessionId = typeof token.sid === "string" ? token.sid : "";
  if (!userId || !sessionId) return null;
  return { sessionId, userId, role: (token.role as Role | undefined) ?? "USER", sessionVersion: Number(token.sessionVersion ?? 0) };
}
