import type { Database, SessionKind } from "@planner/db";
import type { Actor } from "@planner/domain";
import { sessionPolicy } from "../session-policy";
import { found } from "./found";

/** One of the account's log-ins, for Settings → Security. */
export type SessionView = {
  id: string;
  createdAt: Date;
  lastActiveAt: Date;
  ip: string | null;
  userAgent: string | null;
  /** BROWSER: a log-in page; API: a program that logged in with the password grant. */
  kind: SessionKind;
  /** The session this request came with (none for a personal access token). */
  current: boolean;
};

export async function listSessions(db: Database, actor: Actor, currentSessionId: string | null, now: Date): Promise<SessionView[]> {
  const sessions = await db.sessions.listLive(actor.userId, sessionPolicy(), now);
  return sessions.map(({ id, createdAt, lastActiveAt, ip, userAgent, kind }) => ({
    id,
    createdAt,
    lastActiveAt,
    ip,
    userAgent,
    kind,
    current: id === currentSessionId,
  }));
}

/** "Sign out" on one session: it fails at its next request. Another account's session is not found. */
export async function endSession(db: Database, actor: Actor, sessionId: string): Promise<{ ended: true }> {
  const deleted = await db.sessions.delete(sessionId, actor.userId);
  found(deleted ? sessionId : null, "That session", "sessionNotFound");
  return { ended: true };
}

/** "Sign out everywhere else": every session of the account but this one (all of them for a personal token, which is no session). */
export async function endOtherSessions(db: Database, actor: Actor, currentSessionId: string | null): Promise<{ ended: number }> {
  return { ended: await db.sessions.deleteAllOf(actor.userId, currentSessionId) };
}
