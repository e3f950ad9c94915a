import type { Database } from "@planner/db";
import type { Role } from "@planner/domain";
import { appClock } from "./clock";

/** What the session cookie claims: its server-side session and account, checked against the database per request. */
export type SessionClaims = { sessionId: string; userId: string; role: Role; sessionVersion: number };

export type Context = {
  db: Database;
  session: SessionClaims | null;
  /** Best-effort client address, for rate limits. */
  clientIp: string | null;
  /** Injectable clock, so tests need not wait. */
  now: () => Date;
};

export function createContext(input: {
  db: Database;
  session: SessionClaims | null;
  clientIp?: string | null;
  now?: () => Date;
}): Context {
  return { db: input.db, session: input.session, clientIp: input.clientIp ?? null, now: input.now ?? appClock.now };
}
