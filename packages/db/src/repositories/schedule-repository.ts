import { MAX_SCHEDULE_DAYS, TOTAL_COUNT_CAP, type BoundedTotal, type ScheduleStatus } from "@planner/domain";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { newId } from "../ids";
import { asDate } from "./row-values";
import { nullIfNotFound } from "../prisma-errors";
import { afterCursorByStart, boundedTotal, decodeCursor, keysetPage } from "./cursor";
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
} satisfies Prisma.ScheduleSelect;
export type Schedule = Prisma.ScheduleGetPayload<{ select: typeof scheduleSelect }>;

const withOwnerSelect = { ...scheduleSelect, owner: { select: { id: true, username: true, name: true } } } satisfies Prisma.ScheduleSelect;
export type ScheduleWithOwner = Prisma.ScheduleGetPayload<{ select: typeof withOwnerSelect }>;

const LATEST_FIRST = [{ startAt: "desc" }, { id: "desc" }] satisfies Prisma.ScheduleOrderByWithRelationInput[];

type ScheduleWithOwnerRow = {
  id: string;
  owner_id: string;
  title: string;
  memo: string;
  start_at: Date;
  end_at: Date;
  status: ScheduleStatus;
  created_at: Date;
  updated_at: Date;
  owner_username: string;
  owner_name: string;
};

const MAX_DURATION_MS = MAX_SCHEDULE_DAYS * 86_400_000;

export type ScheduleChanges = Partial<Pick<Schedule, "title" | "memo" | "startAt" | "endAt" | "status">>;

export class ScheduleRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /**
   * Schedules of these owners overlapping [from, to), by start. A schedule
   * lasts at most 14 days, so one that overlaps the window starts after
   * from − 14 days: that lower bound lets the (owner_id, start_at) index read
   * only the window instead of the owner's whole history.
   */
  findInRange(ownerIds: string[], range: { from: Date; to: Date }): Promise<ScheduleWithOwner[]> {
    return this.prisma.schedule.findMany({
      where: {
        ownerId: { in: ownerIds },
        startAt: { lt: range.to, gt: new Date(range.from.getTime() - MAX_DURATION_MS) },
        endAt: { gt: range.from },
      },
      orderBy: [{ startAt: "asc" }, { id: "asc" }],
      select: withOwnerSelect,
    });
  }

  /**
   * What `viewerId`'s calendar shows of [from, to): their own schedules and,
   * with `includeShared`, those of every calendar they follow, by start, the
   * owners joined. The calendar asks for this on every view change, so it is
   * one statement: the followed owners, the rows and their owners (through
   * Prisma: three queries). It starts from the few owners shown (by key, never
   * a scan of users) and has the same bounds as findInRange, so the
   * (owner_id, start_at) index reads only the window for each owner.
   */
  async findVisibleInRange(viewerId: string, includeShared: boolean, range: { from: Date; to: Date }): Promise<ScheduleWithOwner[]> {
    const rows = await this.prisma.$queryRaw<ScheduleWithOwnerRow[]>`
      SELECT s.id, s.owner_id, s.title, s.memo, s.start_at, s.end_at, s.status::text AS status, s.created_at, s.updated_at,
             o.username AS owner_username, o.name AS owner_name
      FROM (
        SELECT ${viewerId}::uuid AS owner_id
        UNION
        SELECT owner_id FROM subscriptions WHERE subscriber_id = ${viewerId}::uuid AND ${includeShared}::boolean
      ) AS shown
      JOIN users o ON o.id = shown.owner_id
      JOIN schedules s ON s.owner_id = shown.owner_id
      WHERE s.start_at < ${range.to}::timestamptz
        AND s.start_at > ${new Date(range.from.getTime() - MAX_DURATION_MS)}::timestamptz
        AND s.end_at > ${range.from}::timestamptz
      ORDER BY s.start_at, s.id`;
    return rows.map((row) => ({
      id: row.id,
      ownerId: row.owner_id,
      title: row.title,
      memo: row.memo,
      startAt: asDate(row.start_at),
      endAt: asDate(row.end_at),
      status: row.status,
      createdAt: asDate(row.created_at),
      updatedAt: asDate(row.updated_at),
      owner: { id: row.owner_id, username: row.owner_username, name: row.owner_name },
    }));
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

  /** Creates the schedule and its pending reminder (if any) in one statement. */
  create(
    input: { ownerId: string; createdById: string; title: string; memo?: string; startAt: Date; endAt: Date },
    reminder: { remindAt: Date | null },
  ): Promise<ScheduleWithOwner> {
    return this.prisma.schedule.create({
      data: {
        id: newId(),
        ...input,
        memo: input.memo ?? "",
        ...(reminder.remindAt ? { reminder: { create: { remindAt: reminder.remindAt } } } : {}),
      },
      select: withOwnerSelect,
    });
  }

  /**
   * Changes the schedule and, in the same transaction, its pending reminder:
   * rescheduled when it moves, removed when it no longer needs one. A worker
   * holding the reminder row (delivering it) makes this wait, never lose it.
   */
  async update(id: string, changes: ScheduleChanges, reminder?: { remindAt: Date | null }): Promise<ScheduleWithOwner | null> {
    if (!reminder) {
      return this.prisma.schedule.update({ where: { id }, data: changes, select: withOwnerSelect }).catch(nullIfNotFound);
    }
    const { remindAt } = reminder;
    const results = await this.prisma
      .$transaction([
        this.prisma.schedule.update({ where: { id }, data: changes, select: withOwnerSelect }),
        remindAt
          ? this.prisma.scheduleReminder.upsert({ where: { scheduleId: id }, create: { scheduleId: id, remindAt }, update: { remindAt } })
          : this.prisma.scheduleReminder.deleteMany({ where: { scheduleId: id } }),
      ])
      .catch(nullIfNotFound);
    return results ? results[0] : null;
  }

  /** Deletes the schedule; its reminder goes with it (ON DELETE CASCADE). */
  delete(id: string): Promise<Schedule | null> {
    return this.prisma.schedule.delete({ where: { id }, select: scheduleSelect }).catch(nullIfNotFound);
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
