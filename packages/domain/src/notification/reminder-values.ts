/**
 * A reminder is a number of minutes before the schedule starts. For an
 * all-day schedule, "the start" is midnight of its first day in the owner's
 * zone, so 900 is 09:00 the day before and −540 is 09:00 on the day.
 */
export const REMINDER_PRESETS = [0, 5, 10, 15, 30, 60, 120, 1440, 2880, 10080] as const;
/** All-day presets: on the day at 09:00, the day before at 09:00, two days before at 09:00, a week before at 09:00. */
export const ALL_DAY_REMINDER_PRESETS = [-540, 900, 2340, 9540] as const;
/** Four weeks: the furthest ahead a reminder may be. */
export const MAX_REMINDER_MINUTES = 40_320;
/** An all-day reminder may be on the day itself, up to 23:59. */
export const MIN_ALL_DAY_REMINDER_MINUTES = -1439;
export const MAX_REMINDERS = 5;

/** Out of the box: 1 day before, plus 10 minutes before for timed schedules. */
export const DEFAULT_TIMED_REMINDERS: readonly number[] = [1440, 10];
/** Out of the box for all-day schedules: 09:00 the day before. */
export const DEFAULT_ALL_DAY_REMINDERS: readonly number[] = [900];

export function sortMinutes(minutes: readonly number[]): number[] {
  return [...minutes].sort((a, b) => b - a);
}

/** Timed schedules are reminded before they start, never after. */
export function reminderMinutesProblem(minutes: readonly number[], allDay: boolean): string | null {
  return !allDay && minutes.some((value) => value < 0) ? "A reminder for a timed schedule must be at or before its start." : null;
}

/** What `reminders` is in the API: the minutes as objects, as Google Calendar's API has them. */
export function remindersOf(minutes: readonly number[]): { minutesBefore: number }[] {
  return minutes.map((minutesBefore) => ({ minutesBefore }));
}
