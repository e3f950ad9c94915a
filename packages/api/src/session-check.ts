import type { Database } from "@planner/db";
import type { Actor } from "@planner/domain";
import type { SessionClaims } from "./context";
import { recordSessionActivity } from "./session-activity";
import { sessionPolicy } from "./session-policy";

/**
 * Whether a log-in cookie's session still holds: its row is live (not past its
 * end, not idle too long, this account's) and the account's session version is
 * still the cookie's (a password change ends older sessions). One query; the
 * session's activity is recorded when it is due. Null when it does not hold.
 * The API's authed procedures and the pages' own account lookup both ask here.
 */
export async function liveCookieSession(db: Database, claims: SessionClaims, now: Date): Promise<{ actor: Actor; sessionId: string } | null> {
  const session = await db.sessions.findLive(claims.sessionId, claims.userId, sessionPolicy(), now);
  if (!session || session.account.sessionVersion !== claims.sessionVersion) return null;
  await recordSessionActivity(db, session, now);
  return { actor: { userId: session.account.id, role: session.account.role }, sessionId: session.id };
}
