import type { Database } from "@planner/db";
import { SESSION_TOUCH_SECONDS, sessionNeedsTouch } from "@planner/domain";

/**
 * Records a session's activity, at most once a minute: every request reads it
 * (the cookie's session, or an access token's), writing it every time would
 * double their cost. Another request may have written it already; then this is a no-op.
 */
export async function recordSessionActivity(db: Database, session: { id: string; lastActiveAt: Date }, now: Date): Promise<void> {
  if (!sessionNeedsTouch(session, now)) return;
  await db.sessions.touch(session.id, now, new Date(now.getTime() - SESSION_TOUCH_SECONDS * 1000));
}
