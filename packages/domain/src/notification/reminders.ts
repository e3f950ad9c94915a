/**
 * The old rule (one reminder, 24 hours before), kept only while
 * schedule-service still sets its queue row with it; the worker now follows
 * each schedule's chosen reminders (reminder-times.ts). Delete this file once
 * schedule-service writes `nextReminder(...)` instead.
 */
export const REMINDER_LEAD_MS = 24 * 60 * 60 * 1000;

/** The old rule: 24 hours before a schedule more than 24 hours ahead (see above). */
export function reminderTimeFor(schedule: { startAt: Date; status: "OPEN" | "CLOSED" }, now: Date): Date | null {
  if (schedule.status !== "OPEN") return null;
  if (schedule.startAt.getTime() - now.getTime() <= REMINDER_LEAD_MS) return null;
  return new Date(schedule.startAt.getTime() - REMINDER_LEAD_MS);
}
