import type { Database } from "@planner/db";
import { DAY_SECONDS } from "@planner/domain";
import { sessionPolicy } from "./session-policy";

/** How often the worker clears out what has ended. */
export const SWEEP_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Deletes sessions that ended (idle or past their lifetime), password links
 * and API tokens past their end, and rate-limit counters whose window is long over (no limit
 * counts back more than a day). Requests already refuse all three; this only
 * keeps the tables small.
 */
export async function sweepEnded(db: Database, now: Date): Promise<{ sessions: number; counters: number; passwordLinks: number; apiTokens: number }> {
  const sessions = await db.sessions.sweep(sessionPolicy(), now);
  const counters = await db.rateLimits.sweep(DAY_SECONDS, now);
  const passwordLinks = await db.passwordLinks.sweep(now);
  const apiTokens = await db.apiTokens.sweep(now);
  return { sessions, counters, passwordLinks, apiTokens };
}
