import { localeOf, type Locale } from "@planner/domain";
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import { afterCursorNewestFirst, decodeCursor, keysetPage } from "./cursor";

const notificationSelect = {
  id: true,
  kind: true,
  scheduleId: true,
  todoId: true,
  text: true,
  dedupeKey: true,
  createdAt: true,
  readAt: true,
} satisfies Prisma.NotificationSelect;
export type Notification = Prisma.NotificationGetPayload<{ select: typeof notificationSelect }>;

/** An e-mail copy of a notification, addressed. */
export type PendingEmail = { id: string; text: string; to: string; name: string; locale: Locale };

/** A queued e-mail a worker has claimed: its attempt number and its place in the queue. */
export type ClaimedEmail = PendingEmail & { attempts: number; queuedAt: Date };

/** Where a run of claims has got to in the queue's (queued, id) order. */
export type EmailQueuePosition = { queuedAt: Date; id: string };

type ClaimedEmailRow = { id: string; text: string; created_at: Date; email_attempts: number; email: string; name: string; locale: string | null };

export class NotificationRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async listForRecipient(
    recipientId: string,
    page: { unreadOnly: boolean; cursor?: string | null; limit: number },
  ): Promise<{ items: Notification[]; nextCursor: string | null }> {
    const rows = await this.prisma.notification.findMany({
      where: {
        recipientId,
        ...(page.unreadOnly ? { readAt: null } : {}),
        ...(page.cursor ? afterCursorNewestFirst(decodeCursor(page.cursor)) : {}),
      },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: page.limit + 1,
      select: notificationSelect,
    });
    return keysetPage(rows, page.limit, (row) => row.createdAt);
  }

  unreadCount(recipientId: string): Promise<number> {
    return this.prisma.notification.count({ where: { recipientId, readAt: null } });
  }

  /** Marks one of the recipient's notifications read; false when it is not theirs or does not exist. */
  async markRead(recipientId: string, id: string, now: Date): Promise<boolean> {
    const owned = await this.prisma.notification.count({ where: { id, recipientId } });
    if (owned === 0) return false;
    await this.prisma.notification.updateMany({ where: { id, recipientId, readAt: null }, data: { readAt: now } });
    return true;
  }

  async markAllRead(recipientId: string, now: Date): Promise<number> {
    const { count } = await this.prisma.notification.updateMany({ where: { recipientId, readAt: null }, data: { readAt: now } });
    return count;
  }

  /**
   * Claims up to `limit` queued e-mails for one worker and commits at once (a
   * single statement, so no transaction stays open while they are sent).
   * FOR UPDATE SKIP LOCKED keeps two claims from taking the same row; the lease
   * (`leaseUntil`) keeps every later claim away until it runs out, which is how
   * the e-mails of a worker that crashed are picked up again. Each claim counts
   * as an attempt. `after` continues a run in (queued, id) order, so one run
   * tries each e-mail at most once.
   */
  async claimPendingEmails(claim: {
    now: Date;
    leaseUntil: Date;
    limit: number;
    maxAttempts: number;
    after: EmailQueuePosition | null;
  }): Promise<ClaimedEmail[]> {
    const after = claim.after
      ? Prisma.sql`AND (created_at, id) > (${claim.after.queuedAt}::timestamptz, ${claim.after.id}::uuid)`
      : Prisma.empty;
    const rows = await this.prisma.$queryRaw<ClaimedEmailRow[]>`
      WITH claimable AS (
        SELECT id FROM notifications
        WHERE email_status = 'PENDING'
          AND email_attempts < ${claim.maxAttempts}
          AND (email_claimed_until IS NULL OR email_claimed_until <= ${claim.now}::timestamptz)
          ${after}
        ORDER BY created_at, id
        LIMIT ${claim.limit}
        FOR UPDATE SKIP LOCKED
      )
      UPDATE notifications n
      SET email_attempts = n.email_attempts + 1, email_claimed_until = ${claim.leaseUntil}::timestamptz
      FROM claimable c, users u
      WHERE n.id = c.id AND u.id = n.recipient_id
      RETURNING n.id, n.text, n.created_at, n.email_attempts, u.email, u.name, u.locale::text AS locale`;
    return rows
      .map((row) => ({
        id: row.id,
        text: row.text,
        to: row.email,
        name: row.name,
        locale: localeOf(row.locale) ?? "en",
        attempts: Number(row.email_attempts),
        queuedAt: new Date(row.created_at),
      }))
      .sort((a, b) => a.queuedAt.getTime() - b.queuedAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  /** The mail server accepted it. Recorded whoever holds the lease now: it did go out. */
  async markEmailSent(id: string): Promise<void> {
    await this.prisma.notification.updateMany({
      where: { id },
      data: { emailStatus: "SENT", emailClaimedUntil: null, emailLastError: null },
    });
  }

  /**
   * Puts a failed e-mail back in the queue or gives it up (`status`), but only
   * while the lease is still the caller's: a worker whose lease ran out and was
   * taken over must not undo the newer attempt. False when it was not.
   */
  async recordEmailFailure(
    id: string,
    lease: { leaseUntil: Date },
    outcome: { status: "PENDING" | "FAILED"; error: string },
  ): Promise<boolean> {
    const { count } = await this.prisma.notification.updateMany({
      where: { id, emailStatus: "PENDING", emailClaimedUntil: lease.leaseUntil },
      data: { emailStatus: outcome.status, emailClaimedUntil: null, emailLastError: outcome.error.slice(0, EMAIL_ERROR_WIDTH) },
    });
    return count > 0;
  }

  /**
   * Gives up e-mails that used their last attempt without an outcome (the
   * worker crashed or hung on it) once their lease has run out.
   */
  async failAbandonedEmails(policy: { now: Date; maxAttempts: number; error: string }): Promise<number> {
    const { count } = await this.prisma.notification.updateMany({
      where: {
        emailStatus: "PENDING",
        emailAttempts: { gte: policy.maxAttempts },
        OR: [{ emailClaimedUntil: null }, { emailClaimedUntil: { lte: policy.now } }],
      },
      data: { emailStatus: "FAILED", emailClaimedUntil: null, emailLastError: policy.error.slice(0, EMAIL_ERROR_WIDTH) },
    });
    return count;
  }
}

/** notifications.email_last_error is VARCHAR(500). */
const EMAIL_ERROR_WIDTH = 500;
