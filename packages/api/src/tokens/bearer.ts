import type { Database, LiveBearer } from "@planner/db";
import {
  ACCESS_TOKEN_PREFIX,
  PERSONAL_TOKEN_PREFIX,
  RateLimitedError,
  TOKEN_RATE_WINDOW_SECONDS,
  TOKEN_TOUCH_SECONDS,
  secondsUntilWindowEnds,
  tokenRateKey,
} from "@planner/domain";
import { recordSessionActivity } from "../session-activity";
import { sessionPolicy } from "../session-policy";
import { apiSettings } from "../settings";
import { hashSecret } from "./secrets";

/** Longer than any secret newSecret makes; anything longer is not ours and is not hashed. */
const MAX_BEARER_LENGTH = 200;

/**
 * The personal or access token a request's `Authorization: Bearer` names,
 * while it holds, or null (unknown, expired, revoked, its session ended: the
 * caller learns no more than "not valid"). Counts the request against the
 * token's per-minute limit and records its use at most once a minute.
 */
export async function liveBearer(db: Database, bearer: string, now: Date): Promise<LiveBearer | null> {
  if (!looksLikeOurs(bearer)) return null;
  const token = await db.apiTokens.findLive(hashSecret(bearer), sessionPolicy(), now);
  if (!token) return null;
  const window = await db.rateLimits.hit(tokenRateKey(token.id), TOKEN_RATE_WINDOW_SECONDS, now);
  if (window.count > apiSettings().API_TOKEN_REQUESTS_PER_MINUTE) {
    throw new RateLimitedError(secondsUntilWindowEnds(window.windowStartedAt, TOKEN_RATE_WINDOW_SECONDS, now));
  }
  await recordUse(db, token, now);
  return token;
}

function looksLikeOurs(bearer: string): boolean {
  return bearer.length <= MAX_BEARER_LENGTH && (bearer.startsWith(PERSONAL_TOKEN_PREFIX) || bearer.startsWith(ACCESS_TOKEN_PREFIX));
}

async function recordUse(db: Database, token: LiveBearer, now: Date): Promise<void> {
  const writes: Promise<void>[] = [];
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() >= TOKEN_TOUCH_SECONDS * 1000) {
    writes.push(db.apiTokens.touch(token.id, now, new Date(now.getTime() - TOKEN_TOUCH_SECONDS * 1000)));
  }
  // An access token's use is its session's activity (Settings → Security shows it).
  if (token.sessionId && token.sessionLastActiveAt) {
    writes.push(recordSessionActivity(db, { id: token.sessionId, lastActiveAt: token.sessionLastActiveAt }, now));
  }
  await Promise.all(writes);
}
