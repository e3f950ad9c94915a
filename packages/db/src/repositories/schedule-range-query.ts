import { MAX_SCHEDULE_DAYS, type ScheduleStatus } from "@planner/domain";
import { Prisma } from "../generated/prisma/client";
import { asDate } from "./row-values";
import type { ScheduleWithOwner } from "./schedule-repository";

/** A schedule of a window, as the calendar needs it: repeating ones with the starts they no longer have (EXDATEs; empty for one-offs). */
/** `icalUid`: the UID an imported schedule came with (the feed keeps it, so a re-export does not fork the event). */
export type ScheduleRangeRow = ScheduleWithOwner & { exceptions: Date[]; icalUid: string | null };

type RawRow = {
  id: string;
  owner_id: string;
  title: string;
  memo: string;
  start_at: Date | string;
  end_at: Date | string;
  status: ScheduleStatus;
  created_at: Date | string;
  updated_at: Date | string;
  all_day: boolean;
  recurrence: string | null;
  time_zone: string | null;
  repeats_until: Date | string | null;
  reminder_minutes: number[] | null;
  series_id: string | null;
  original_start_at: Date | string | null;
  ical_uid: string | null;
  series_recurrence: string | null;
  exceptions: (Date | string)[] | null;
  owner_username: string;
  owner_name: string;
};

const MAX_DURATION_MS = MAX_SCHEDULE_DAYS * 86_400_000;

/**
 * One statement for a window of the calendars `owners` (a subquery of owner ids) shows, in two index-bound branches per owner:
 * - one-offs (and override rows, which are one-offs of their own) by (owner_id, start_at): a schedule
 *   lasts at most 14 days, so one overlapping the window starts after from − 14 days;
 * - repeating schedules by (owner_id, repeats_until): still going at the window's start
 *   (repeats_until > from) and begun before its end; few per owner, whatever the history.
 * A repeating schedule's exceptions come in the same row (a primary-key lookup each), and an
 * override's series' rule by the series' primary key (a subquery, so the planner never
 * hashes the whole table for it): no query per row.
 */
export function rangeStatement(owners: Prisma.Sql, range: { from: Date; to: Date }): Prisma.Sql {
  const earliestStart = new Date(range.from.getTime() - MAX_DURATION_MS);
  return Prisma.sql`
    SELECT s.id, s.owner_id, s.title, s.memo, s.start_at, s.end_at, s.status::text AS status, s.created_at, s.updated_at,
           s.all_day, s.recurrence, s.time_zone, s.repeats_until, s.reminder_minutes, s.series_id, s.original_start_at, s.ical_uid,
           CASE WHEN s.series_id IS NULL THEN NULL
                ELSE (SELECT p.recurrence FROM schedules p WHERE p.id = s.series_id) END AS series_recurrence,
           CASE WHEN s.recurrence IS NULL THEN NULL
                ELSE ARRAY(SELECT e.original_start_at FROM schedule_exceptions e WHERE e.schedule_id = s.id) END AS exceptions,
           o.username AS owner_username, o.name AS owner_name
    FROM (${owners}) AS shown
    JOIN users o ON o.id = shown.owner_id
    CROSS JOIN LATERAL (
      SELECT * FROM schedules one
      WHERE one.owner_id = shown.owner_id
        AND one.start_at < ${range.to}::timestamptz
        AND one.start_at > ${earliestStart}::timestamptz
        AND one.end_at > ${range.from}::timestamptz
        AND one.recurrence IS NULL
      UNION ALL
      SELECT * FROM schedules rep
      WHERE rep.owner_id = shown.owner_id
        AND rep.repeats_until > ${range.from}::timestamptz
        AND rep.start_at < ${range.to}::timestamptz
    ) AS s
    ORDER BY s.start_at, s.id`;
}

/** The owners whose schedules `viewerId`'s calendar shows: their own, and with `includeShared` those they follow. */
export function visibleOwners(viewerId: string, includeShared: boolean): Prisma.Sql {
  return Prisma.sql`
    SELECT ${viewerId}::uuid AS owner_id
    UNION
    SELECT owner_id FROM subscriptions WHERE subscriber_id = ${viewerId}::uuid AND ${includeShared}::boolean`;
}

export function toRangeRow(row: RawRow): ScheduleRangeRow {
  return {
    id: row.id,
    ownerId: row.owner_id,
    title: row.title,
    memo: row.memo,
    startAt: asDate(row.start_at),
    endAt: asDate(row.end_at),
    status: row.status,
    createdAt: asDate(row.created_at),
    updatedAt: asDate(row.updated_at),
    allDay: row.all_day,
    recurrence: row.recurrence,
    timeZone: row.time_zone,
    repeatsUntil: row.repeats_until === null ? null : asDate(row.repeats_until),
    reminderMinutes: row.reminder_minutes ?? [],
    seriesId: row.series_id,
    originalStartAt: row.original_start_at === null ? null : asDate(row.original_start_at),
    series: row.series_id === null ? null : { recurrence: row.series_recurrence },
    owner: { id: row.owner_id, username: row.owner_username, name: row.owner_name },
    exceptions: (row.exceptions ?? []).map(asDate),
    icalUid: row.ical_uid,
  };
}

export type { RawRow as ScheduleRangeRawRow };
