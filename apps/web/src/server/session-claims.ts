import type { Session } from "next-auth";
import type { SessionClaims } from "@planner/api";

export function sessionClaims(session: Session | null): SessionClaims | null {
  const user = session?.user;
  return user?.id ? { userId: user.id, role: user.role, sessionVersion: user.sessionVersion } : null;
}
