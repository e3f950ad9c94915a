import type { Session } from "next-auth";
import type { JWT } from "next-auth/jwt";
import type { SessionClaims } from "@planner/api";
import type { Role } from "@planner/domain";

export function sessionClaims(session: Session | null): SessionClaims | null {
  const user = session?.user;
  // A cookie from before server-side sessions has no session id: it is no session.
  return user?.id && user.sessionId ? { sessionId: user.sessionId, userId: user.id, role: user.role, sessionVersion: user.sessionVersion } : null;
}

/**
 * What the log-in wrote into the cookie (auth.config.ts's jwt callback), read
 * back with the same defaults wherever it is read: by next-auth's session
 * callback for pages, and straight from the decrypted cookie for the API.
 */
export function tokenAccount(token: JWT): { id: string; username: string; role: Role; sessionVersion: number; sessionId: string } {
  return {
    id: token.sub ?? "",
    username: typeof token.username === "string" ? token.username : "",
    role: (token.role as Role | undefined) ?? "USER",
    sessionVersion: Number(token.sessionVersion ?? 0),
    sessionId: typeof token.sid === "string" ? token.sid : "",
  };
}

/** The claims straight from the decrypted cookie (the API reads it without next-auth's session call). */
export function claimsFromToken(token: JWT): SessionClaims | null {
  const { id: userId, sessionId, role, sessionVersion } = tokenAccount(token);
  if (!userId || !sessionId) return null;
  return { sessionId, userId, role, sessionVersion };
}
