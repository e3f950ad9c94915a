import { remindersBetween, type OccurrenceReminder, type RemindableSchedule } from "./reminder-times";

/**
 * The reminders to send when a schedule's queue row, due at `dueAt`, is
 * taken at `now`: every one from `dueAt` on whose occurrence has not begun
 * (remindersBetween), and of several for one occurrence (the worker was down
 * while more than one fell due) only the latest. Its sentence says how long
 * is left, so the earlier ones would only repeat it. The rest are passed:
 * skipped, never sent in a burst.
 */
export function remindersToSend(schedule: RemindableSchedule, dueAt: Date, now: Date): OccurrenceReminder[] {
  const latest = new Map<number, OccurrenceReminder>();
  for (const reminder of remindersBetween(schedule, new Date(dueAt.getTime() - 1), now)) {
    // remindersBetween gives them by time, so a later one replaces an earlier one.
    latest.set(reminder.occurrenceStartAt.getTime(), reminder);
  }
  return [...latest.values()];
}
