import type { Schedule, ScheduleRangeRow } from "@planner/db";
import { canWriteSchedule, dateOf, lastDateOf, occurrencesInRange, remindersOf, type Actor, type ScheduleStatus } from "@planner/domain";

/** A stored schedule as every output shows it (the contract in outputs/schedule.ts). */
export type ScheduleFields = {
  id: string;
  ownerId: string;
  title: string;
  memo: string;
  startAt: Date;
  endAt: Date;
  status: ScheduleStatus;
  createdAt: Date;
  updatedAt: Date;
  allDay: boolean;
  startDate: string | null;
  endDate: string | null;
  recurrence: string | null;
  reminders: { minutesBefore: number }[];
  seriesId: string | null;
  occurrenceStartAt: Date | null;
};

type Owner = { id: string; username: string; name: string };

/** A schedule as a viewer sees it: `readOnly` when it is on a calendar shared with them. */
export type ScheduleView = ScheduleFields & { owner: Owner; readOnly: boolean };

/**
 * The output fields of a row, or of one occurrence of a repeating row (its
 * times, and `occurrenceStartAt` naming it). A repeating schedule is its own
 * series; an override belongs to its parent's and shows its parent's rule.
 */
export function scheduleFields(row: Omit<Schedule, "timeZone" | "repeatsUntil">, occurrence?: { startAt: Date; endAt: Date }): ScheduleFields {
  const startAt = occurrence?.startAt ?? row.startAt;
  const endAt = occurrence?.endAt ?? row.endAt;
  return {
    id: row.id,
    ownerId: row.ownerId,
    title: row.title,
    memo: row.memo,
    startAt,
    endAt,
    status: row.status,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    allDay: row.allDay,
    startDate: row.allDay ? dateOf(startAt) : null,
    endDate: row.allDay ? lastDateOf(endAt) : null,
    recurrence: row.recurrence ?? row.series?.recurrence ?? null,
    reminders: remindersOf(row.reminderMinutes),
    seriesId: row.recurrence ? row.id : row.seriesId,
    occurrenceStartAt: occurrence ? occurrence.startAt : row.originalStartAt,
  };
}

export function scheduleView(actor: Actor, row: Omit<Schedule, "timeZone" | "repeatsUntil"> & { owner: Owner }, occurrence?: { startAt: Date; endAt: Date }): ScheduleView {
  return { ...scheduleFields(row, occurrence), owner: row.owner, readOnly: !canWriteSchedule(actor, row) };
}

/**
 * What a calendar shows of a window: one-offs and overrides as they are, each
 * repeating schedule as its occurrences there (without its exceptions), by start.
 */
export function windowViews(actor: Actor, rows: ScheduleRangeRow[], range: { from: Date; to: Date }): ScheduleView[] {
  const views: ScheduleView[] = [];
  for (const row of rows) {
    if (!row.recurrence) {
      views.push(scheduleView(actor, row));
      continue;
    }
    const repeating = { ...row, timeZone: row.timeZone ?? "UTC", recurrence: row.recurrence };
    for (const occurrence of occurrencesInRange(repeating, range)) views.push(scheduleView(actor, row, occurrence));
  }
  return views.sort((a, b) => a.startAt.getTime() - b.startAt.getTime() || a.id.localeCompare(b.id));
}
