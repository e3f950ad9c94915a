import type { Session } from "next-auth";
import type { SessionClaims } from "@planner/api";

export function sessionClaims(session: Session | null): SessionClaims | null {
  const user = session?.user;
  // A cookie from before server-side sessions has no session id: it is no session.
  return user?.id && user.sessionId ? { sessionId: user.sessionId, userId: user.id, role: user.role, sessionVersion: user.sessionVersion } : null;
}
