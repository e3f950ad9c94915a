import { localeOf, type Locale, type ScheduleStatus } from "@planner/domain";
import type { PrismaClient } from "../generated/prisma/client";
import { newId } from "../ids";

/**
 * A schedule whose queue row has fallen due, with all that deciding which of
 * its reminders go out, and wording them, needs.
 */
export type DueSchedule = {
  scheduleId: string;
  /** When its queue row was due: the reminders from here on are the ones not yet handled. */
  dueAt: Date;
  title: string;
  status: ScheduleStatus;
  startAt: Date;
  endAt: Date;
  allDay: boolean;
  /** The RFC 5545 rule of a repeating schedule, with the zone it repeats in and the starts it no longer has. */
  recurrence: string | null;
  repeatTimeZone: string | null;
  exceptions: Date[];
  reminderMinutes: number[];
  ownerId: string;
  /** The owner's zone: the wording's clock, and an all-day reminder's. */
  ownerTimeZone: string;
  /** The owner's language; English when they never chose one. */
  locale: Locale;
  /** Whether the owner has an address to mail a copy to (a provider-made account may not). */
  hasEmail: boolean;
};

/** One notification a due schedule gives. */
export type ReminderNotification = {
  text: string;
  /** The unique key that makes the reminder exactly-once. */
  dedupeKey: string;
  /** PENDING queues an e-mail copy; NONE keeps it in-app only. */
  emailStatus: "PENDING" | "NONE";
};

/** What becomes of a due schedule: its notifications, and when its queue row is due next (null: removed). */
export type ReminderPlan = { notifications: ReminderNotification[]; nextRemindAt: Date | null };

export type DeliveryResult = {
  /** Queue rows taken. */
  claimed: number;
  /** Notifications written. */
  delivered: number;
  /** Rows that gave no notification (the schedule is done, or its reminders had passed). */
  skipped: number;
};

export type DeliveryOptions = {
  now: Date;
  batchSize: number;
  /**
   * The caller's rule for each claimed schedule. Runs inside the claiming
   * transaction, so it must be pure and quick (no I/O).
   */
  planFor: (schedule: DueSchedule) => ReminderPlan;
  /** Test hook: runs inside the transaction after the notifications are written, before commit. */
  beforeCommit?: () => Promise<void> | void;
};

type DueRow = {
  schedule_id: string;
  remind_at: Date | string;
  title: string;
  status: ScheduleStatus;
  start_at: Date | string;
  end_at: Date | string;
  all_day: boolean;
  recurrence: string | null;
  repeat_time_zone: string | null;
  exceptions: (Date | string)[] | null;
  reminder_minutes: number[] | null;
  owner_id: string;
  owner_time_zone: string;
  locale: string | null;
  has_email: boolean;
};

/**
 * The reminder queue: one row per schedule, due at the schedule's next
 * reminder (any occurrence, any offset). Any number of workers, in any number
 * of processes, may call deliverDue at once: each claims a batch of due rows
 * with FOR UPDATE SKIP LOCKED, so no two take the same row, and in the same
 * transaction writes the notifications and moves each row to its next time or
 * removes it; a worker that dies mid-batch leaves its rows to the next one.
 * The unique dedupe key on notifications is the last guard: a reminder can
 * never produce a second notification. A schedule changed meanwhile waits on
 * the row's lock and then writes its own next time over ours.
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
        // The exceptions come along as an array, so one statement loads the whole batch.
        const rows = await tx.$queryRaw<DueRow[]>`
          SELECT r.schedule_id, r.remind_at, s.title, s.status::text AS status, s.start_at, s.end_at, s.all_day,
                 s.recurrence, s.time_zone AS repeat_time_zone, s.reminder_minutes,
                 CASE WHEN s.recurrence IS NULL THEN NULL
                      ELSE ARRAY(SELECT e.original_start_at FROM schedule_exceptions e WHERE e.schedule_id = s.id) END AS exceptions,
                 s.owner_id, u.time_zone AS owner_time_zone, u.locale::text AS locale, u.email IS NOT NULL AS has_email
          FROM schedule_reminders r
          JOIN schedules s ON s.id = r.schedule_id
          JOIN users u ON u.id = s.owner_id
          WHERE r.remind_at <= ${now}::timestamptz
          ORDER BY r.remind_at
          LIMIT ${options.batchSize}
          FOR UPDATE OF r SKIP LOCKED`;
        if (rows.length === 0) return { claimed: 0, delivered: 0, skipped: 0 };

        const planned = rows.map(toDueSchedule).map((schedule) => ({ schedule, plan: options.planFor(schedule) }));
        const { count } = await tx.notification.createMany({
          data: planned.flatMap(({ schedule, plan }) =>
            plan.notifications.map((notification) => ({
              id: newId(),
              recipientId: schedule.ownerId,
              kind: "SCHEDULE_REMINDER" as const,
              scheduleId: schedule.scheduleId,
              createdAt: now,
              ...notification,
            })),
          ),
          skipDuplicates: true,
        });

        const moving = planned.filter(({ plan }) => plan.nextRemindAt);
        const done = planned.filter(({ plan }) => !plan.nextRemindAt).map(({ schedule }) => schedule.scheduleId);
        if (moving.length > 0) {
          const ids = moving.map(({ schedule }) => schedule.scheduleId);
          const times = moving.map(({ plan }) => plan.nextRemindAt!.toISOString());
          await tx.$executeRaw`
            UPDATE schedule_reminders r SET remind_at = next.remind_at
            FROM unnest(${ids}::uuid[], ${times}::timestamptz[]) AS next(schedule_id, remind_at)
            WHERE r.schedule_id = next.schedule_id`;
        }
        if (done.length > 0) await tx.scheduleReminder.deleteMany({ where: { scheduleId: { in: done } } });
        await options.beforeCommit?.();
        return { claimed: rows.length, delivered: count, skipped: planned.filter(({ plan }) => plan.notifications.length === 0).length };
      },
      { timeout: 60_000, maxWait: 30_000 },
    );
  }

  /** When a schedule's queue row is due, if it has one (tests and the schedule page). */
  async pendingFor(scheduleId: string): Promise<Date | null> {
    const row = await this.prisma.scheduleReminder.findUnique({ where: { scheduleId }, select: { remindAt: true } });
    return row?.remindAt ?? null;
  }
}

function toDueSchedule(row: DueRow): DueSchedule {
  return {
    scheduleId: row.schedule_id,
    dueAt: new Date(row.remind_at),
    title: row.title,
    status: row.status,
    startAt: new Date(row.start_at),
    endAt: new Date(row.end_at),
    allDay: row.all_day,
    recurrence: row.recurrence,
    repeatTimeZone: row.repeat_time_zone,
    exceptions: (row.exceptions ?? []).map((start) => new Date(start)),
    reminderMinutes: row.reminder_minutes ?? [],
    ownerId: row.owner_id,
    ownerTimeZone: row.owner_time_zone,
    locale: localeOf(row.locale) ?? "en",
    hasEmail: row.has_email,
  };
}
