import type { StoredImport } from "@planner/domain";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
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
   * then), updates, exceptions and reminders.
   */
  async write(set: ImportWriteSet): Promise<void> {
    const creates = set.create.map((entry) => entry.row);
    const touched = [...set.create.map(({ row, remindAt }) => ({ id: row.id, remindAt })), ...set.update];
    await this.prisma.$transaction(async (tx) => {
      if (set.delete.length > 0) await tx.schedule.deleteMany({ where: { id: { in: set.delete } } });
      const series = creates.filter((row) => row.seriesId === null);
      const moved = creates.filter((row) => row.seriesId !== null);
      if (series.length > 0) await tx.schedule.createMany({ data: series });
      if (moved.length > 0) await tx.schedule.createMany({ data: moved });
      for (const { id, changes } of set.update) await tx.schedule.update({ where: { id }, data: changes, select: { id: true } });
      if (set.exceptions.length > 0) {
        await tx.scheduleException.deleteMany({ where: { scheduleId: { in: set.exceptions.map((entry) => entry.scheduleId) } } });
        const data = set.exceptions.flatMap(({ scheduleId, starts }) => starts.map((originalStartAt) => ({ scheduleId, originalStartAt })));
        if (data.length > 0) await tx.scheduleException.createMany({ data });
      }
      if (set.update.length > 0) await tx.scheduleReminder.deleteMany({ where: { scheduleId: { in: set.update.map((entry) => entry.id) } } });
      const reminders = touched.flatMap(({ id, remindAt }) => (remindAt ? [{ scheduleId: id, remindAt }] : []));
      if (reminders.length > 0) await tx.scheduleReminder.createMany({ data: reminders });
    });
  }
}
