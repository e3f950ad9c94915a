import type { Database } from "@planner/db";
import {
  NotFoundError,
  ValidationError,
  firstOccurrenceStart,
  isDateBoundary,
  lastOccurrenceEnd,
  nextReminder,
  reminderMinutesProblem,
  scheduleTimeProblems,
  type ErrorCode,
  type ScheduleStatus,
} from "@planner/domain";

/** What a schedule's rules need of its owner: the zone of the grid and of new repeats, and the default reminders. */
export type OwnerSettings = { timeZone: string; timedReminderDefaults: number[]; allDayReminderDefaults: number[] };

export async function ownerSettings(db: Database, ownerId: string): Promise<OwnerSettings> {
  const settings = await db.users.scheduleSettingsOf(ownerId);
  if (!settings) throw new NotFoundError("That user", "userNotFound");
  return settings;
}

export type When = { startAt: Date; endAt: Date; allDay: boolean };

/** Timed: the owner's 30-minute grid; all-day: whole dates. Every problem, each at its field. */
export function assertValidWhen(when: When, timeZone: string): void {
  if (when.allDay && !(isDateBoundary(when.startAt) && isDateBoundary(when.endAt))) {
    // A timed schedule's times given one date (a resize to a day): the other end is still a time.
    const message = "An all-day schedule takes dates: give both startDate and endDate.";
    throw new ValidationError(message, { startDate: [message] }, "invalid");
  }
  const problems = scheduleTimeProblems(when, timeZone);
  if (problems.length === 0) return;
  const fieldErrors: Record<string, string[]> = {};
  const fieldCodes: Record<string, ErrorCode> = {};
  for (const problem of problems) {
    (fieldErrors[problem.field] ??= []).push(problem.message);
    fieldCodes[problem.field] ??= problem.code;
  }
  const first = problems[0]!;
  throw new ValidationError(first.message, fieldErrors, first.code, first.params, fieldCodes);
}

/** The reminders asked for, or the owner's defaults for this kind of schedule; refused if a timed one would be reminded after it starts. */
export function reminderMinutesFor(given: number[] | undefined, allDay: boolean, settings: OwnerSettings): number[] {
  const minutes = given ?? (allDay ? settings.allDayReminderDefaults : settings.timedReminderDefaults);
  const problem = reminderMinutesProblem(minutes, allDay);
  if (problem) throw new ValidationError(problem, { reminders: [problem] }, "reminderAfterStart");
  return minutes;
}

export type RepeatFields = { startAt: Date; endAt: Date; recurrence: string; timeZone: string; repeatsUntil: Date };

/**
 * The stored fields of a repeating schedule: from its first real occurrence
 * (a rule need not include the start it was given: weekly on Monday from a
 * Sunday starts on the Monday, as calendars show it), with the end of its last
 * occurrence that indexes it. A rule that gives no occurrence is refused at `recurrence`.
 */
export function repeatFields(when: When, recurrence: string, timeZone: string): RepeatFields {
  const length = when.endAt.getTime() - when.startAt.getTime();
  const series = { ...when, recurrence, timeZone };
  const first = firstOccurrenceStart(series);
  const startAt = first ?? when.startAt;
  const endAt = new Date(startAt.getTime() + length);
  const repeatsUntil = first ? lastOccurrenceEnd({ ...series, startAt, endAt }) : null;
  if (!repeatsUntil) {
    const message = "This repeat rule gives no date. Change the start or when the repetition ends.";
    throw new ValidationError(message, { recurrence: [message] }, "recurrenceNoOccurrence");
  }
  return { startAt, endAt, recurrence, timeZone, repeatsUntil };
}

/** What the next reminder is computed from: a row as it will be after the change. */
export type RemindableRow = When & {
  status: ScheduleStatus;
  reminderMinutes: number[];
  recurrence: string | null;
  timeZone: string | null;
  exceptions?: Date[];
};

/** The schedule's next reminder time after `now` (any occurrence, any offset), or null: what its schedule_reminders row holds. */
export function nextRemindAt(row: RemindableRow, ownerTimeZone: string, now: Date): Date | null {
  if (row.status !== "OPEN") return null;
  const repeating = row.recurrence ? { recurrence: row.recurrence, timeZone: row.timeZone ?? ownerTimeZone, exceptions: row.exceptions ?? [] } : null;
  return nextReminder({ ...row, ownerTimeZone, repeating }, now)?.remindAt ?? null;
}
