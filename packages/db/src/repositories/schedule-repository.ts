import { MAX_SCHEDULE_DAYS, TOTAL_COUNT_CAP, type BoundedTotal, type ScheduleStatus } from "@planner/domain";
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import { newId } from "../ids";
import { isRecordNotFound } from "../prisma-errors";
import { afterCursorByStart, boundedTotal, decodeCursor, keysetPage } from "./cursor";
import { rangeStatement, toRangeRow, visibleOwners, type ScheduleRangeRawRow, type ScheduleRangeRow } from "./schedule-range-query";
import { containsText } from "./text-search";

const scheduleSelect = {
  id: true,
  ownerId: true,
  title: true,
  memo: true,
  startAt: true,
  endAt: true,
  status: true,
  createdAt: true,
  updatedAt: true,
  allDay: true,
  recurrence: true,
  timeZone: true,
  repeatsUntil: true,
  reminderMinutes: true,
  seriesId: true,
  originalStartAt: true,
  // An override shows the rule of the series it belongs to.
  series: { select: { recurrence: true } },
} satisfies Prisma.ScheduleSelect;
export type Schedule = Prisma.ScheduleGetPayload<{ select: typeof scheduleSelect }>;

const withOwnerSelect = { ...scheduleSelect, owner: { select: { id: true, username: true, name: true } } } satisfies Prisma.ScheduleSelect;
export type ScheduleWithOwner = Prisma.ScheduleGetPayload<{ select: typeof withOwnerSelect }>;

/** What changing a repeating schedule needs: its exceptions and its overrides. */
const forChangeSelect = {
  ...withOwnerSelect,
  exceptions: { select: { originalStartAt: true }, orderBy: { originalStartAt: "asc" } },
  overrides: {
    select: { id: true, originalStartAt: true, title: true, memo: true, startAt: true, endAt: true, status: true, allDay: true, reminderMinutes: true },
    orderBy: { originalStartAt: "asc" },
  },
} satisfies Prisma.ScheduleSelect;
type ForChangeRow = Prisma.ScheduleGetPayload<{ select: typeof forChangeSelect }>;
export type ScheduleForChange = Omit<ForChangeRow, "exceptions" | "overrides"> & { exceptions: Date[]; overrides: ScheduleOverrideRef[] };

const LATEST_FIRST = [{ startAt: "desc" }, { id: "desc" }] satisfies Prisma.ScheduleOrderByWithRelationInput[];

const MAX_DURATION_MS = MAX_SCHEDULE_DAYS * 86_400_000;

/** A schedule row as written: a one-off, a repeating schedule (rule, zone, end of recurrence) or an override of one occurrence. */
export type NewSchedule = {
  id: string;
  ownerId: string;
  createdById: string;
  title: string;
  memo: string;
  startAt: Date;
  endAt: Date;
  status: ScheduleStatus;
  allDay: boolean;
  recurrence: string | null;
  timeZone: string | null;
  repeatsUntil: Date | null;
  reminderMinutes: number[];
  seriesId: string | null;
  originalStartAt: Date | null;
};

export type ScheduleChanges = Partial<Omit<NewSchedule, "id" | "ownerId" | "createdById">>;

/** An override of a repeating schedule, as changing the series needs it. */
export type ScheduleOverrideRef = Pick<NewSchedule, "id" | "title" | "memo" | "startAt" | "endAt" | "status" | "allDay" | "reminderMinutes"> & { originalStartAt: Date };

/**
 * Everything one change of a schedule writes, applied in one transaction: a
 * changed occurrence becomes an override row plus an exception on its series,
 * a split makes a second series and moves later overrides and exceptions to
 * it. `remindAt` is each touched schedule's next reminder time (null: none;
 * left out: unchanged), written with it so the worker never sees one without the other.
 */
export type ScheduleWriteSet = {
  create?: { row: NewSchedule; remindAt: Date | null }[];
  update?: { id: string; changes: ScheduleChanges; remindAt?: Date | null }[];
  /** Deleted with their overrides, exceptions and reminder (ON DELETE CASCADE). */
  delete?: string[];
  /** Sets a repeating schedule's exceptions to exactly these starts. */
  exceptions?: { scheduleId: string; starts: Date[] }[];
};

export class ScheduleRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /** An id for a schedule about to be written (a write set may refer to it before it exists). */
  newId(): string {
    return newId();
  }

  /** Schedules of these owners overlapping [from, to) (see rangeStatement), by start. */
  async findInRange(ownerIds: string[], range: { from: Date; to: Date }): Promise<ScheduleRangeRow[]> {
    const owners = Prisma.sql`SELECT unnest(${ownerIds}::uuid[]) AS owner_id`;
    const rows = await this.prisma.$queryRaw<ScheduleRangeRawRow[]>(rangeStatement(owners, range));
    return rows.map(toRangeRow);
  }

  /**
   * What `viewerId`'s calendar shows of [from, to): their own schedules and,
   * with `includeShared`, those of every calendar they follow, by start, the
   * owners joined. The calendar asks for this on every view change, so it is
   * one statement, starting from the few owners shown (by key, never a scan of
   * users), each read through its indexes (see rangeStatement).
   */
  async findVisibleInRange(viewerId: string, includeShared: boolean, range: { from: Date; to: Date }): Promise<ScheduleRangeRow[]> {
    const rows = await this.prisma.$queryRaw<ScheduleRangeRawRow[]>(rangeStatement(visibleOwners(viewerId, includeShared), range));
    return rows.map(toRangeRow);
  }

  /** One owner's schedules by start, keyset-paginated on (startAt, id). */
  async listForOwner(
    ownerId: string,
    page: { status?: ScheduleStatus; cursor?: string | null; limit: number },
  ): Promise<{ items: Schedule[]; nextCursor: string | null }> {
    const rows = await this.prisma.schedule.findMany({
      where: { ownerId, status: page.status, ...(page.cursor ? afterCursorByStart(decodeCursor(page.cursor), "asc") : {}) },
      orderBy: [{ startAt: "asc" }, { id: "asc" }],
      take: page.limit + 1,
      select: scheduleSelect,
    });
    return keysetPage(rows, page.limit, (row) => row.startAt);
  }

  /**
   * One owner's schedules whose title or memo contains `text` (any case,
   * literally), on one side of `boundary`: "upcoming" those starting at or
   * after it, nearest first; "past" those starting before it, latest first.
   * Each side is a walk of the (owner_id, start_at, id) index in its order,
   * stopped after `limit` + 1 matches (the extra one says there are more).
   */
  async searchForOwner(
    ownerId: string,
    text: string,
    side: { boundary: Date; direction: "upcoming" | "past"; limit: number },
  ): Promise<{ items: Schedule[]; more: boolean }> {
    const upcoming = side.direction === "upcoming";
    const order = upcoming ? "asc" : "desc";
    const rows = await this.prisma.schedule.findMany({
      where: {
        ownerId,
        startAt: upcoming ? { gte: side.boundary } : { lt: side.boundary },
        OR: [{ title: containsText(text) }, { memo: containsText(text) }],
      },
      orderBy: [{ startAt: order }, { id: order }],
      take: side.limit + 1,
      select: scheduleSelect,
    });
    return { items: rows.slice(0, side.limit), more: rows.length > side.limit };
  }

  findById(id: string): Promise<ScheduleWithOwner | null> {
    return this.prisma.schedule.findUnique({ where: { id }, select: withOwnerSelect });
  }

  /** A schedule with its exceptions and overrides (for a repeating one), to plan a change of it. */
  async findForChange(id: string): Promise<ScheduleForChange | null> {
    const row = await this.prisma.schedule.findUnique({ where: { id }, select: forChangeSelect });
    if (!row) return null;
    return {
      ...row,
      exceptions: row.exceptions.map((exception) => exception.originalStartAt),
      overrides: row.overrides.flatMap((override) => (override.originalStartAt ? [{ ...override, originalStartAt: override.originalStartAt }] : [])),
    };
  }

  /**
   * A repeating schedule with its exceptions and every changed occurrence
   * (override) of it, or a one-off alone, as a calendar window's rows: what a
   * single schedule's .ics file holds. Empty when there is no such schedule.
   */
  async findSeriesRows(seriesId: string): Promise<ScheduleRangeRow[]> {
    const rows = await this.prisma.schedule.findMany({
      where: { OR: [{ id: seriesId }, { seriesId }] },
      orderBy: [{ startAt: "asc" }, { id: "asc" }],
      select: { ...withOwnerSelect, icalUid: true, exceptions: { select: { originalStartAt: true }, orderBy: { originalStartAt: "asc" } } },
    });
    return rows.map(({ exceptions, ...row }) => ({ ...row, exceptions: row.recurrence ? exceptions.map((exception) => exception.originalStartAt) : [] }));
  }

  /** Re-inserts a deleted schedule with its id and status (the undo of a delete), and its pending reminder. */
  async exists(id: string): Promise<boolean> {
    return (await this.prisma.schedule.count({ where: { id } })) > 0;
  }

  /**
   * Applies a write set in one transaction (creates first, so updates may
   * re-parent overrides to a new series; deletes; exceptions; reminders last).
   * False when a schedule it updates is gone (deleted meanwhile): nothing is written then.
   * A worker holding a reminder row (delivering it) makes this wait, never lose it.
   */
  async write(set: ScheduleWriteSet): Promise<boolean> {
    try {
      await this.prisma.$transaction(async (tx) => {
        for (const { row } of set.create ?? []) await tx.schedule.create({ data: row, select: { id: true } });
        // Overrides whose original start moves may pass through each other's key: clear those first.
        const moving = (set.update ?? []).filter((update) => update.changes.originalStartAt !== undefined).map((update) => update.id);
        if (moving.length > 0) await tx.schedule.updateMany({ where: { id: { in: moving } }, data: { originalStartAt: null } });
        for (const { id, changes } of set.update ?? []) await tx.schedule.update({ where: { id }, data: changes, select: { id: true } });
        if (set.delete?.length) await tx.schedule.deleteMany({ where: { id: { in: set.delete } } });
        for (const { scheduleId, starts } of set.exceptions ?? []) {
          // Its exceptions are part of a repeating schedule: a deleted occurrence is a change of it
          // (calendar feeds raise the event's SEQUENCE and DTSTAMP from updated_at).
          await tx.schedule.updateMany({ where: { id: scheduleId }, data: { updatedAt: new Date() } });
          await tx.scheduleException.deleteMany({ where: { scheduleId } });
          if (starts.length > 0) await tx.scheduleException.createMany({ data: starts.map((originalStartAt) => ({ scheduleId, originalStartAt })) });
        }
        const reminders = [...(set.create ?? []).map(({ row, remindAt }) => ({ id: row.id, remindAt })), ...(set.update ?? [])];
        for (const { id, remindAt } of reminders) {
          if (remindAt === undefined || set.delete?.includes(id)) continue;
          if (remindAt) await tx.scheduleReminder.upsert({ where: { scheduleId: id }, create: { scheduleId: id, remindAt }, update: { remindAt } });
          else await tx.scheduleReminder.deleteMany({ where: { scheduleId: id } });
        }
      });
      return true;
    } catch (error) {
      if (isRecordNotFound(error)) return false;
      throw error;
    }
  }

  /** Deletes the schedule; its overrides, exceptions and reminder go with it (ON DELETE CASCADE). */
  async delete(id: string): Promise<boolean> {
    const { count } = await this.prisma.schedule.deleteMany({ where: { id } });
    return count > 0;
  }

  /**
   * Every user's schedules (or one owner's) for admins, latest start first by
   * keyset cursor over the (start_at, id) and (owner_id, start_at, id)
   * indexes, owners joined in. from/to keep the schedules overlapping the
   * window; as in findInRange, `from` also bounds the start (a schedule lasts
   * at most 14 days), so the index reads only the window. The first page also
   * carries a total counted no further than TOTAL_COUNT_CAP.
   */
  async listAll(filter: {
    ownerId?: string;
    status?: ScheduleStatus;
    from?: Date;
    to?: Date;
    cursor?: string | null;
    limit: number;
  }): Promise<{ items: ScheduleWithOwner[]; nextCursor: string | null; total: BoundedTotal | null }> {
    const window: Prisma.ScheduleWhereInput[] = [
      ...(filter.to ? [{ startAt: { lt: filter.to } }] : []),
      ...(filter.from ? [{ endAt: { gt: filter.from }, startAt: { gt: new Date(filter.from.getTime() - MAX_DURATION_MS) } }] : []),
    ];
    const where = { ownerId: filter.ownerId, status: filter.status, AND: window };
    const [rows, counted] = await Promise.all([
      this.prisma.schedule.findMany({
        where: { ...where, AND: [...window, ...(filter.cursor ? [afterCursorByStart(decodeCursor(filter.cursor), "desc")] : [])] },
        orderBy: LATEST_FIRST,
        take: filter.limit + 1,
        select: withOwnerSelect,
      }),
      // The list's own order: without it Prisma orders a limited count by id and walks the primary key.
      filter.cursor ? null : this.prisma.schedule.count({ where, take: TOTAL_COUNT_CAP + 1, orderBy: LATEST_FIRST }),
    ]);
    return { ...keysetPage(rows, filter.limit, (row) => row.startAt), total: counted === null ? null : boundedTotal(counted) };
  }
}
