import { localeOf, type Locale, type ScheduleStatus } from "@planner/domain";
import type { PrismaClient } from "../generated/prisma/client";
import { newId } from "../ids";

/** A reminder that has fallen due, with what deciding on it and wording it needs. */
export type DueReminder = {
  scheduleId: string;
  title: string;
  startAt: Date;
  status: ScheduleStatus;
  ownerId: string;
  /** The owner's, for the notification's wording. */
  timeZone: string;
  /** The owner's language; English when they never chose one. */
  locale: Locale;
  /** Whether the owner has an address to mail a copy to (a provider-made account may not). */
  hasEmail: boolean;
};

/** The notification a due reminder becomes. */
export type ReminderNotification = {
  text: string;
  /** The unique key that makes the reminder exactly-once. */
  dedupeKey: string;
  /** PENDING queues an e-mail copy; NONE keeps it in-app only. */
  emailStatus: "PENDING" | "NONE";
};

export type DeliveryResult = { claimed: number; delivered: number; dropped: number };

export type DeliveryOptions = {
  now: Date;
  batchSize: number;
  /**
   * The caller's rule for each claimed reminder: the notification to write, or
   * null to drop it. Runs inside the claiming transaction, so it must be pure
   * and quick (no I/O).
   */
  notificationFor: (reminder: DueReminder) => ReminderNotification | null;
  /** Test hook: runs inside the transaction after the notifications are written, before commit. */
  beforeCommit?: () => Promise<void> | void;
};

type DueReminderRow = { schedule_id: string; title: string; start_at: Date; status: ScheduleStatus; owner_id: string; time_zone: string; locale: string | null; has_email: boolean };

/**
 * The reminder queue. Any number of workers, in any number of processes, may
 * call deliverDue at once: each claims a batch of due rows with FOR UPDATE
 * SKIP LOCKED, so no two take the same row, and writes the notifications and
 * deletes the rows in the same transaction, so a worker that dies mid-batch
 * leaves its rows to the next one. The unique dedupe key on notifications is
 * the last guard: a reminder can never produce a second notification.
 *
 * Not pg-boss (the brief's first choice for a job queue): it needs its own
 * `pg` pool and schema, which embedded PGlite behind Prisma cannot give, and a
 * reminder must move atomically with its schedule, which this row, written in
 * the schedule's own transaction, does.
 */
export class ReminderRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async deliverDue(options: DeliveryOptions): Promise<DeliveryResult> {
    const { now } = options;
    return this.prisma.$transaction(
      async (tx) => {
        const rows = await tx.$queryRaw<DueReminderRow[]>`
          SELECT r.schedule_id, s.title, s.start_at, s.status::text AS status, s.owner_id, u.time_zone, u.locale::text AS locale, u.email IS NOT NULL AS has_email
          FROM schedule_reminders r
          JOIN schedules s ON s.id = r.schedule_id
          JOIN users u ON u.id = s.owner_id
          WHERE r.remind_at <= ${now}::timestamptz
          ORDER BY r.remind_at
          LIMIT ${options.batchSize}
          FOR UPDATE OF r SKIP LOCKED`;
        if (rows.length === 0) return { claimed: 0, delivered: 0, dropped: 0 };

        const due = rows.map(toDueReminder);
        const deliverable = due.flatMap((reminder) => {
          const notification = options.notificationFor(reminder);
          return notification ? [{ reminder, notification }] : [];
        });
        const { count } = await tx.notification.createMany({
          data: deliverable.map(({ reminder, notification }) => ({
            id: newId(),
            recipientId: reminder.ownerId,
            kind: "SCHEDULE_REMINDER" as const,
            scheduleId: reminder.scheduleId,
            createdAt: now,
            ...notification,
          })),
          skipDuplicates: true,
        });
        await tx.scheduleReminder.deleteMany({ where: { scheduleId: { in: due.map((reminder) => reminder.scheduleId) } } });
        await options.beforeCommit?.();
        return { claimed: due.length, delivered: count, dropped: due.length - deliverable.length };
      },
      { timeout: 60_000, maxWait: 30_000 },
    );
  }

  /** The reminder still waiting for a schedule, if any (tests and the schedule page). */
  async pendingFor(scheduleId: string): Promise<Date | null> {
    const row = await this.prisma.scheduleReminder.findUnique({ where: { scheduleId }, select: { remindAt: true } });
    return row?.remindAt ?? null;
  }
}

function toDueReminder(row: DueReminderRow): DueReminder {
  return {
    scheduleId: row.schedule_id,
    title: row.title,
    startAt: new Date(row.start_at),
    status: row.status,
    ownerId: row.owner_id,
    timeZone: row.time_zone,
    locale: localeOf(row.locale) ?? "en",
    hasEmail: row.has_email,
  };
}
