/**
 * What a schedule becomes in iCalendar (RFC 5545), wherever it is written (the
 * subscription feed, the single schedule's download): the parts that are
 * decisions of ours rather than the format's. The api package renders them
 * with ical-generator.
 */

/**
 * A schedule's UID: its id at a fixed domain, the same in every feed and
 * download and across renames, so calendar apps update the event instead of
 * adding a second one. A changed occurrence carries its series' UID (with a
 * RECURRENCE-ID). An imported schedule may later keep the UID it came with
 * (`icalUid`), which then wins: re-exporting it must not fork the event.
 */
export function icalUid(schedule: { id: string; icalUid?: string | null }): string {
  return schedule.icalUid ?? `${schedule.id}@planner`;
}

/** 2026-01-01T00:00:00Z: SEQUENCE counts seconds from here, so it stays well inside a 32-bit integer until 2094. */
const SEQUENCE_EPOCH_MS = Date.UTC(2026, 0, 1);

/**
 * SEQUENCE rises with every change of the schedule (apps keep the copy with
 * the higher one): the seconds of its last change (updated_at, which every
 * write of the schedule and of its exceptions moves forward).
 */
export function icalSequence(updatedAt: Date): number {
  return Math.max(0, Math.floor((updatedAt.getTime() - SEQUENCE_EPOCH_MS) / 1000));
}

/**
 * The mark a done schedule gets in its title. RFC 5545 has STATUS:COMPLETED
 * only for to-dos (VTODO); on an event the only statuses are TENTATIVE,
 * CONFIRMED and CANCELLED, and CANCELLED makes apps strike the event out or
 * hide it, which "done" is not. Every app shows the SUMMARY, so the mark goes
 * there, where people see it.
 */
export const DONE_MARK = "✓ ";

/** An event's title: done ones marked; on a shared calendar, whose it is (the feed mixes calendars). */
export function icalSummary(schedule: { title: string; done: boolean; ownerName?: string | null }): string {
  const title = schedule.ownerName ? `${schedule.title} (${schedule.ownerName})` : schedule.title;
  return schedule.done ? `${DONE_MARK}${title}` : title;
}

/**
 * The VALARMs of a schedule, as seconds before its start (negative: after).
 * For an all-day schedule the start is midnight of its first day, exactly as
 * the app's reminders count (900 minutes: 09:00 the day before). Only the
 * owner's own schedules carry them (another person's reminders are not the
 * reader's), and none once done: the app stops reminding of a done schedule too.
 */
export function alarmSecondsBefore(schedule: { reminderMinutes: readonly number[]; done: boolean; ownedByReader: boolean }): number[] {
  if (schedule.done || !schedule.ownedByReader) return [];
  return schedule.reminderMinutes.map((minutes) => minutes * 60);
}
