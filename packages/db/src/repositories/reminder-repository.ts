import { reminderDedupeKey, reminderText } from "@planner/domain";
import type { PrismaClient } from "../generated/prisma/client";
import { newId } from "../ids";

type DueReminder = {
  schedule_id: string;
  title: string;
  start_at: Date;
  status: "OPEN" | "CLOSED";
  owner_id: string;
  time_zone: string;
};

export type DeliveryResult = { claimed: number; delivered: number; dropped: number };

export type DeliveryOptions = {
  now: Date;
  batchSize: number;
  /** Queue an e-mail copy of each notification (SMTP is configured). */
  email: boolean;
  /** Test hook: runs inside the transaction after the notifications are written, before commit. */
  beforeCommit?: () => Promise<void> | void;
};

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
        const due = await tx.$queryRaw<DueReminder[]>`
          SELECT r.schedule_id, s.title, s.start_at, s.status::text AS status, s.owner_id, u.time_zone
          FROM schedule_reminders r
          JOIN schedules s ON s.id = r.schedule_id
          JOIN users u ON u.id = s.owner_id
          WHERE r.remind_at <= ${now}::timestamptz
          ORDER BY r.remind_at
          LIMIT ${options.batchSize}
          FOR UPDATE OF r SKIP LOCKED`;
        if (due.length === 0) return { claimed: 0, delivered: 0, dropped: 0 };

        // Late is fine (the app was down), too late is not: once a schedule
        // has started its reminder is dropped, as are any for done schedules.
        const deliverable = due.filter((row) => row.status === "OPEN" && new Date(row.start_at).getTime() > now.getTime());
        const { count } = await tx.notification.createMany({
          data: deliverable.map((row) => ({
            id: newId(),
            recipientId: row.owner_id,
            kind: "SCHEDULE_REMINDER" as const,
            scheduleId: row.schedule_id,
            text: reminderText({ title: row.title, startAt: new Date(row.start_at) }, row.time_zone),
            dedupeKey: reminderDedupeKey(row.schedule_id, new Date(row.start_at)),
            createdAt: now,
            emailStatus: options.email ? ("PENDING" as const) : ("NONE" as const),
          })),
          skipDuplicates: true,
        });
        await tx.scheduleReminder.deleteMany({ where: { scheduleId: { in: due.map((row) => row.schedule_id) } } });
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
