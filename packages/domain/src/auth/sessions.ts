import { z } from "zod";
import { idSchema } from "../shared/pagination";

/**
 * How long a log-in lasts. A session ends when it has been idle for
 * `idleSeconds` or, however active, `lifetimeSeconds` after log-in; log-out
 * ends it at once. Both are settings (SESSION_IDLE_DAYS, SESSION_LIFETIME_DAYS).
 */
export type SessionPolicy = { idleSeconds: number; lifetimeSeconds: number };

export const DAY_SECONDS = 24 * 60 * 60;
export const DEFAULT_SESSION_POLICY: SessionPolicy = { idleSeconds: 14 * DAY_SECONDS, lifetimeSeconds: 30 * DAY_SECONDS };

/**
 * A session's last activity is written at most this often: reading it is
 * on every request, writing it on every request would double their cost.
 */
export const SESSION_TOUCH_SECONDS = 60;

export type SessionTimes = { lastActiveAt: Date; expiresAt: Date };

/** Whether a request should record the session's activity now. */
export function sessionNeedsTouch(session: Pick<SessionTimes, "lastActiveAt">, now: Date): boolean {
  return now.getTime() - session.lastActiveAt.getTime() >= SESSION_TOUCH_SECONDS * 1000;
}

export const sessionIdInput = z.strictObject({ id: idSchema });
