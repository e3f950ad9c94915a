import type { PrismaClient } from "../generated/prisma/client";

export type RateLimitWindow = { count: number; windowStartedAt: Date; lastHitAt: Date | null };

/**
 * Fixed-window counters in PostgreSQL. Written by hand rather than with a
 * rate-limit library: the well-kept ones (rate-limiter-flexible) talk to
 * PostgreSQL through their own pg/knex client and manage their own table,
 * which fits neither the embedded PGlite mode nor our migrations; one atomic
 * upsert does the job on both databases.
 */
export class RateLimitRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /** Adds one to the key's counter, starting a new window if the old one ended. */
  async hit(key: string, windowSeconds: number, now: Date): Promise<RateLimitWindow> {
    const rows = await this.prisma.$queryRaw<{ count: number; window_started_at: Date }[]>`
      INSERT INTO rate_limit_counters AS c (key, count, window_started_at, last_hit_at)
      VALUES (${key}, 1, ${now}::timestamptz, ${now}::timestamptz)
      ON CONFLICT (key) DO UPDATE SET
        last_hit_at = ${now}::timestamptz,
        count = CASE WHEN c.window_started_at <= ${now}::timestamptz - make_interval(secs => ${windowSeconds})
                     THEN 1 ELSE c.count + 1 END,
        window_started_at = CASE WHEN c.window_started_at <= ${now}::timestamptz - make_interval(secs => ${windowSeconds})
                     THEN ${now}::timestamptz ELSE c.window_started_at END
      RETURNING count, window_started_at`;
    const row = rows[0]!;
    return { count: Number(row.count), windowStartedAt: new Date(row.window_started_at), lastHitAt: now };
  }

  /** The key's counter in the current window, or zero when the window has ended. */
  async peek(key: string, windowSeconds: number, now: Date): Promise<RateLimitWindow> {
    return currentWindow(await this.prisma.rateLimitCounter.findUnique({ where: { key } }), windowSeconds, now);
  }

  /**
   * Several counters in one statement (a log-in checks up to three), each as
   * `peek` gives it, in the order asked.
   */
  async peekAll(counters: readonly { key: string; windowSeconds: number }[], now: Date): Promise<RateLimitWindow[]> {
    if (counters.length === 0) return [];
    const rows = await this.prisma.rateLimitCounter.findMany({ where: { key: { in: counters.map((counter) => counter.key) } } });
    const byKey = new Map(rows.map((row) => [row.key, row]));
    return counters.map(({ key, windowSeconds }) => currentWindow(byKey.get(key), windowSeconds, now));
  }

  /** Deletes counters whose window started more than `olderThanSeconds` ago (the worker's sweep); how many. */
  async sweep(olderThanSeconds: number, now: Date): Promise<number> {
    const { count } = await this.prisma.rateLimitCounter.deleteMany({
      where: { windowStartedAt: { lte: new Date(now.getTime() - olderThanSeconds * 1000) } },
    });
    return count;
  }

  async clear(...keys: string[]): Promise<void> {
    await this.prisma.rateLimitCounter.deleteMany({ where: { key: { in: keys } } });
  }
}

type CounterRow = { count: number; windowStartedAt: Date; lastHitAt: Date | null };

function currentWindow(row: CounterRow | null | undefined, windowSeconds: number, now: Date): RateLimitWindow {
  if (!row || row.windowStartedAt.getTime() + windowSeconds * 1000 <= now.getTime()) {
    return { count: 0, windowStartedAt: now, lastHitAt: null };
  }
  return { count: row.count, windowStartedAt: row.windowStartedAt, lastHitAt: row.lastHitAt };
}
