import { TZDate } from "@date-fns/tz";
import { dateOf } from "../schedule/local-dates";
import { occurrenceStartsFrom, type RepeatingSchedule } from "../schedule/occurrences";

/** What a reminder time is counted from: a schedule or one occurrence of it. */
export type ReminderTarget = { startAt: Date; allDay: boolean };

/**
 * When the reminder `minutesBefore` an occurrence goes off. Timed: that many
 * minutes before its start. All-day: counted on the owner's wall clock back
 * from midnight of the first day, so "09:00 the day before" is 09:00 even
 * when the clocks change that night.
 */
export function reminderTime(target: ReminderTarget, minutesBefore: number, timeZone: string): Date {
  if (!target.allDay) return new Date(target.startAt.getTime() - minutesBefore * 60_000);
  const [year, month, day] = dateOf(target.startAt).split("-").map(Number) as [number, number, number];
  const daysBack = Math.ceil(minutesBefore / 1440);
  const minuteOfDay = daysBack * 1440 - minutesBefore;
  return new Date(new TZDate(year, month - 1, day - daysBack, Math.floor(minuteOfDay / 60), minuteOfDay % 60, 0, timeZone).getTime());
}

/** An "at the start" reminder may go out this long after the start (the worker runs every few seconds). */
export const AT_START_GRACE_MS = 60_000;

/**
 * Until when (exclusive) a reminder is still worth delivering: a timed
 * schedule's first minute; for an all-day one, the end of its first day (a
 * reminder "at 09:00 on the day" is after midnight). Late is fine (the app
 * was down); too late is not.
 */
export function reminderDeadline(target: ReminderTarget, timeZone: string): Date {
  if (!target.allDay) return new Date(target.startAt.getTime() + AT_START_GRACE_MS);
  return reminderTime(target, -1440, timeZone);
}

/** One reminder of one occurrence. */
export type OccurrenceReminder = { occurrenceStartAt: Date; minutesBefore: number; remindAt: Date };

/** A schedule with what reminding it needs; `repeating` when it repeats. */
export type RemindableSchedule = {
  startAt: Date;
  endAt: Date;
  allDay: boolean;
  reminderMinutes: readonly number[];
  /** The owner's zone: all-day reminders go off on their wall clock. */
  ownerTimeZone: string;
  repeating: Omit<RepeatingSchedule, "startAt" | "endAt" | "allDay"> | null;
};

// The longest any reminder reaches back from its occurrence (4 weeks and a day).
const MAX_LEAD_MS = (40_320 + 1440) * 60_000;
/** Occurrences looked at per step when walking a repeating schedule. */
const STEP = 64;

function occurrenceStarts(schedule: RemindableSchedule, from: Date, limit: number): Date[] {
  if (!schedule.repeating) return schedule.startAt >= from ? [schedule.startAt] : [];
  return occurrenceStartsFrom({ ...schedule.repeating, startAt: schedule.startAt, endAt: schedule.endAt, allDay: schedule.allDay }, from, limit);
}

/**
 * The reminders going off in (after, until], by time, still deliverable at
 * `until` (their occurrence has not begun). The worker asks for (the time its
 * queue row was due − 1 ms, now].
 */
export function remindersBetween(schedule: RemindableSchedule, after: Date, until: Date): OccurrenceReminder[] {
  if (schedule.reminderMinutes.length === 0) return [];
  const found: OccurrenceReminder[] = [];
  let from = new Date(after.getTime() - 1440 * 60_000);
  for (;;) {
    const starts = occurrenceStarts(schedule, from, STEP);
    for (const occurrenceStartAt of starts) {
      const target = { startAt: occurrenceStartAt, allDay: schedule.allDay };
      if (occurrenceStartAt.getTime() - MAX_LEAD_MS > until.getTime()) return sortByTime(found);
      if (reminderDeadline(target, schedule.ownerTimeZone) <= until) continue;
      for (const minutesBefore of schedule.reminderMinutes) {
        const remindAt = reminderTime(target, minutesBefore, schedule.ownerTimeZone);
        if (remindAt > after && remindAt <= until) found.push({ occurrenceStartAt, minutesBefore, remindAt });
      }
    }
    if (starts.length < STEP || !schedule.repeating) return sortByTime(found);
    from = new Date(starts.at(-1)!.getTime() + 1);
  }
}

/** The first reminder going off after `after` (strictly) whose occurrence is still ahead then, or null. */
export function nextReminder(schedule: RemindableSchedule, after: Date): OccurrenceReminder | null {
  if (schedule.reminderMinutes.length === 0) return null;
  let best: OccurrenceReminder | null = null;
  let from = new Date(after.getTime() - 1440 * 60_000);
  for (;;) {
    const starts = occurrenceStarts(schedule, from, STEP);
    for (const occurrenceStartAt of starts) {
      if (best && occurrenceStartAt.getTime() - MAX_LEAD_MS > best.remindAt.getTime()) return best;
      const target = { startAt: occurrenceStartAt, allDay: schedule.allDay };
      for (const minutesBefore of schedule.reminderMinutes) {
        const remindAt = reminderTime(target, minutesBefore, schedule.ownerTimeZone);
        if (remindAt <= after || remindAt >= reminderDeadline(target, schedule.ownerTimeZone)) continue;
        if (!best || remindAt < best.remindAt) best = { occurrenceStartAt, minutesBefore, remindAt };
      }
    }
    if (starts.length < STEP || !schedule.repeating) return best;
    from = new Date(starts.at(-1)!.getTime() + 1);
  }
}

function sortByTime(reminders: OccurrenceReminder[]): OccurrenceReminder[] {
  return reminders.sort((a, b) => a.remindAt.getTime() - b.remindAt.getTime());
}

/**
 * One notification per occurrence and reminder: the unique key that makes
 * each exactly-once across any number of workers. A moved occurrence is a new
 * start, so it is reminded again.
 */
export function occurrenceReminderKey(scheduleId: string, occurrenceStartAt: Date, minutesBefore: number): string {
  return `reminder:${scheduleId}:${occurrenceStartAt.toISOString()}:${minutesBefore}`;
}

const REMINDER_KEY = /^reminder:[^:]+:(\d{4}-\d{2}-\d{2}T[\d:.]+Z):-?\d+$/;

/** The occurrence a reminder notification is about, read back from its key (null for other notifications). */
export function occurrenceOfReminderKey(dedupeKey: string): Date | null {
  const match = REMINDER_KEY.exec(dedupeKey);
  return match ? new Date(match[1]!) : null;
}
