import type { StoredImport } from "@planner/domain";
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import { isUniqueViolation } from "../prisma-errors";
import type { NewSchedule, ScheduleChanges } from "./schedule-repository";

/** What an earlier import left of one key, with the row's status (an update keeps it). */
export type StoredImportRow = Omit<StoredImport, "overrides"> & {
  status: NewSchedule["status"];
  overrides: (StoredImport["overrides"][number] & { status: NewSchedule["status"] })[];
};

/** A schedule row an import writes: any row, with the key it was imported under. */
export type ImportedScheduleRow = NewSchedule & { icalUid: string };

/**
 * One batch of an import, written in one transaction: rows to delete (a series
 * that became a one-off, or the other way round, is written afresh; moved
 * occurrences no longer in the file), rows to create, rows to update, the full
 * set of exceptions of each series touched, and each touched row's next
 * reminder (null: none).
 */
export type ImportWriteSet = {
  delete: string[];
  create: { row: ImportedScheduleRow; remindAt: Date | null }[];
  update: { id: string; changes: ScheduleChanges; remindAt: Date | null }[];
  exceptions: { scheduleId: string; starts: Date[] }[];
};

const storedSelect = {
  id: true,
  icalUid: true,
  title: true,
  memo: true,
  startAt: true,
  endAt: true,
  allDay: true,
  status: true,
  recurrence: true,
  timeZone: true,
  reminderMinutes: true,
  exceptions: { select: { originalStartAt: true } },
  overrides: { select: { id: true, icalUid: true, originalStartAt: true, title: true, memo: true, startAt: true, endAt: true, allDay: true, status: true, reminderMinutes: true } },
} satisfies Prisma.ScheduleSelect;

/** Keys looked up per query: well under PostgreSQL's limit of bound parameters. */
const KEYS_PER_QUERY = 1000;

/** Reads and writes what calendar imports keep: schedules by the iCalendar UID they were imported under. */
export class ScheduleImportRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /**
   * The series and one-offs an earlier import of these keys left in the
   * owner's calendar (by the (owner_id, ical_uid) partial index), each with its
   * exceptions and every moved occurrence of it (imported or changed in Planner since).
   */
  async findByKeys(ownerId: string, keys: readonly string[]): Promise<Map<string, StoredImportRow>> {
    const found = new Map<string, StoredImportRow>();
    const unique = [...new Set(keys)];
    for (let at = 0; at < unique.length; at += KEYS_PER_QUERY) {
      const rows = await this.prisma.schedule.findMany({
        where: { ownerId, seriesId: null, icalUid: { in: unique.slice(at, at + KEYS_PER_QUERY) } },
        select: storedSelect,
      });
      for (const { icalUid, exceptions, overrides, ...row } of rows) {
        found.set(icalUid!, {
          ...row,
          exceptions: exceptions.map((exception) => exception.originalStartAt),
          overrides: overrides.flatMap(({ icalUid: overrideUid, originalStartAt, ...override }) =>
            originalStartAt ? [{ ...override, originalStartAt, imported: overrideUid === icalUid }] : [],
          ),
        });
      }
    }
    return found;
  }

  /**
   * Writes one batch in one transaction: deletes first (freeing their keys),
   * then series and one-offs, then moved occurrences (their series exist by
   * then), updates, exceptions and reminders. False, with nothing written,
   * when a key is taken meanwhile (the same file imported in another tab).
   */
  async write(set: ImportWriteSet): Promise<boolean> {
    try {
      await this.writeAll(set);
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  private async writeAll(set: ImportWriteSet): Promise<void> {
    const creates = set.create.map((entry) => entry.row);
    const touched = [...set.create.map(({ row, remindAt }) => ({ id: row.id, remindAt })), ...set.update];
    await this.prisma.$transaction(async (tx) => {
      if (set.delete.length > 0) await tx.schedule.deleteMany({ where: { id: { in: set.delete } } });
      const series = creates.filter((row) => row.seriesId === null);
      const moved = creates.filter((row) => row.seriesId !== null);
      if (series.length > 0) await tx.$executeRaw(insertSchedules(series));
      if (moved.length > 0) await tx.$executeRaw(insertSchedules(moved));
      for (const { id, changes } of set.update) await tx.schedule.update({ where: { id }, data: changes, select: { id: true } });
      if (set.exceptions.length > 0) {
        await tx.scheduleException.deleteMany({ where: { scheduleId: { in: set.exceptions.map((entry) => entry.scheduleId) } } });
        const starts = set.exceptions.flatMap(({ scheduleId, starts }) => starts.map((start) => [scheduleId, start.toISOString()] as const));
        if (starts.length > 0) {
          await tx.$executeRaw`
            INSERT INTO schedule_exceptions (schedule_id, original_start_at)
            SELECT * FROM unnest(${starts.map(([id]) => id)}::uuid[], ${starts.map(([, start]) => start)}::timestamptz[])`;
        }
      }
      if (set.update.length > 0) await tx.scheduleReminder.deleteMany({ where: { scheduleId: { in: set.update.map((entry) => entry.id) } } });
      const reminders = touched.flatMap(({ id, remindAt }) => (remindAt ? [[id, remindAt.toISOString()] as const] : []));
      if (reminders.length > 0) {
        await tx.$executeRaw`
          INSERT INTO schedule_reminders (schedule_id, remind_at)
          SELECT * FROM unnest(${reminders.map(([id]) => id)}::uuid[], ${reminders.map(([, at]) => at)}::timestamptz[])`;
      }
    });
  }
}

/**
 * One INSERT of many schedules, a column per array (unnest): Prisma's
 * createMany took about 5 ms of the server's CPU per row here (its query
 * compiler works on every value, synchronously), so a batch of 500 held the
 * server for seconds; this is one statement PostgreSQL reads in one go.
 * Dates travel as ISO strings and reminder minutes as array literals, cast in SQL.
 */
function insertSchedules(rows: readonly ImportedScheduleRow[]): Prisma.Sql {
  const column = <T>(pick: (row: ImportedScheduleRow) => T) => rows.map(pick);
  const iso = (date: Date | null) => date?.toISOString() ?? null;
  return Prisma.sql`
    INSERT INTO schedules (id, owner_id, created_by_id, ical_uid, title, memo, start_at, end_at, all_day, status,
                           reminder_minutes, recurrence, time_zone, repeats_until, series_id, original_start_at, updated_at)
    SELECT r.id, r.owner_id, r.created_by_id, r.ical_uid, r.title, r.memo, r.start_at, r.end_at, r.all_day, r.status::"ScheduleStatus",
           r.reminder_minutes::integer[], r.recurrence, r.time_zone, r.repeats_until, r.series_id, r.original_start_at, now()
    FROM unnest(
      ${column((row) => row.id)}::uuid[], ${column((row) => row.ownerId)}::uuid[], ${column((row) => row.createdById)}::uuid[],
      ${column((row) => row.icalUid)}::text[], ${column((row) => row.title)}::text[], ${column((row) => row.memo)}::text[],
      ${column((row) => iso(row.startAt))}::timestamptz[], ${column((row) => iso(row.endAt))}::timestamptz[], ${column((row) => row.allDay)}::boolean[],
      ${column((row) => row.status)}::text[], ${column((row) => `{${row.reminderMinutes.join(",")}}`)}::text[],
      ${column((row) => row.recurrence)}::text[], ${column((row) => row.timeZone)}::text[], ${column((row) => iso(row.repeatsUntil))}::timestamptz[],
      ${column((row) => row.seriesId)}::uuid[], ${column((row) => iso(row.originalStartAt))}::timestamptz[]
    ) AS r(id, owner_id, created_by_id, ical_uid, title, memo, start_at, end_at, all_day, status,
           reminder_minutes, recurrence, time_zone, repeats_until, series_id, original_start_at)`;
}
