import type { PrismaClient } from "../generated/prisma/client";
import { afterCursorNewestFirst, decodeCursor, encodeCursor } from "./cursor";

export type Notification = {
  id: string;
  kind: "SCHEDULE_REMINDER";
  scheduleId: string | null;
  text: string;
  createdAt: Date;
  readAt: Date | null;
};

export type PendingEmail = { id: string; text: string; to: string; name: string };

const notificationSelect = { id: true, kind: true, scheduleId: true, text: true, createdAt: true, readAt: true } as const;

/** Giving up on an e-mail after this many failed attempts (the in-app notification stays). */
export const MAX_EMAIL_ATTEMPTS = 5;

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
    const items = rows.slice(0, page.limit);
    const last = items.at(-1);
    return { items, nextCursor: rows.length > page.limit && last ? encodeCursor(last.createdAt, last.id) : null };
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
   * Claims up to `batchSize` queued e-mails (FOR UPDATE SKIP LOCKED, so
   * parallel senders never take the same one), hands each to `send`, and
   * records the outcome in the same transaction. A sender that dies before
   * committing leaves them queued: e-mail is at-least-once.
   */
  async sendPendingEmails(batchSize: number, send: (email: PendingEmail) => Promise<void>): Promise<{ sent: number; failed: number }> {
    return this.prisma.$transaction(
      async (tx) => {
        const pending = await tx.$queryRaw<{ id: string; text: string; email: string; name: string; email_attempts: number }[]>`
          SELECT n.id, n.text, u.email, u.name, n.email_attempts
          FROM notifications n JOIN users u ON u.id = n.recipient_id
          WHERE n.email_status = 'PENDING'
          ORDER BY n.created_at
          LIMIT ${batchSize}
          FOR UPDATE OF n SKIP LOCKED`;
        let sent = 0;
        let failed = 0;
        for (const row of pending) {
          try {
            await send({ id: row.id, text: row.text, to: row.email, name: row.name });
            await tx.notification.update({ where: { id: row.id }, data: { emailStatus: "SENT", emailAttempts: { increment: 1 } } });
            sent += 1;
          } catch {
            const attempts = row.email_attempts + 1;
            await tx.notification.update({
              where: { id: row.id },
              data: { emailAttempts: attempts, emailStatus: attempts >= MAX_EMAIL_ATTEMPTS ? "FAILED" : "PENDING" },
            });
            failed += 1;
          }
        }
        return { sent, failed };
      },
      { timeout: 120_000, maxWait: 30_000 },
    );
  }
}
