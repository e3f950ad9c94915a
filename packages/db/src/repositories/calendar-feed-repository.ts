import type { PrismaClient } from "../generated/prisma/client";
import type { StoredSecret } from "./api-token-repository";

/** An account's feed as Settings shows it: never the secret or its hash. */
export type CalendarFeedRecord = {
  hint: string;
  includeShared: boolean;
  createdAt: Date;
  rotatedAt: Date;
};

/** The feed a secret names, with what serving it needs. */
export type LiveCalendarFeed = {
  userId: string;
  includeShared: boolean;
  /** The body's hash last served (the ETag) and since when it has been that (Last-Modified). */
  contentHash: string | null;
  contentChangedAt: Date | null;
  account: { username: string; name: string; timeZone: string };
};

const recordSelect = { hint: true, includeShared: true, createdAt: true, rotatedAt: true } as const;

/**
 * Calendar subscription addresses, one per account (the row's key is the
 * account). Looked up by the SHA-256 of the secret, which the api package
 * computes; the secret itself is never stored.
 */
export class CalendarFeedRepository {
  constructor(private readonly prisma: PrismaClient) {}

  findOwn(userId: string): Promise<CalendarFeedRecord | null> {
    return this.prisma.calendarFeed.findUnique({ where: { userId }, select: recordSelect });
  }

  /**
   * Gives the account a feed with this secret, or replaces the secret of the
   * one it has (so the old address stops answering in the same statement).
   * `includeShared` left out keeps the current choice (off for a new feed).
   */
  async putSecret(userId: string, secret: StoredSecret, now: Date, includeShared?: boolean): Promise<CalendarFeedRecord> {
    return this.prisma.calendarFeed.upsert({
      where: { userId },
      create: { userId, tokenHash: secret.hash, hint: secret.hint, includeShared: includeShared ?? false, createdAt: now, rotatedAt: now },
      update: { tokenHash: secret.hash, hint: secret.hint, rotatedAt: now, ...(includeShared === undefined ? {} : { includeShared }) },
      select: recordSelect,
    });
  }

  /** Null when the account has no feed. */
  async setIncludeShared(userId: string, includeShared: boolean): Promise<CalendarFeedRecord | null> {
    const { count } = await this.prisma.calendarFeed.updateMany({ where: { userId }, data: { includeShared } });
    return count > 0 ? this.findOwn(userId) : null;
  }

  /** False when there was none. */
  async delete(userId: string): Promise<boolean> {
    const { count } = await this.prisma.calendarFeed.deleteMany({ where: { userId } });
    return count > 0;
  }

  async findByHash(hash: string): Promise<LiveCalendarFeed | null> {
    const row = await this.prisma.calendarFeed.findUnique({
      where: { tokenHash: hash },
      select: {
        userId: true,
        includeShared: true,
        contentHash: true,
        contentChangedAt: true,
        user: { select: { username: true, name: true, timeZone: true } },
      },
    });
    if (!row) return null;
    const { user, ...feed } = row;
    return { ...feed, account: user };
  }

  /**
   * Records that the body now hashes to `hash`, since `now`. Only while the
   * secret is still `tokenHash` (a regenerate in between leaves the new feed alone).
   */
  async recordContent(userId: string, tokenHash: string, hash: string, now: Date): Promise<void> {
    await this.prisma.calendarFeed.updateMany({ where: { userId, tokenHash }, data: { contentHash: hash, contentChangedAt: now } });
  }
}
