import { remindersOf } from "./reminder-values";

/** How the API shows a user's defaults, from the stored minutes. */
export function reminderDefaultsOf(timed: readonly number[], allDay: readonly number[]): { timed: { minutesBefore: number }[]; allDay: { minutesBefore: number }[] } {
  return { timed: remindersOf(timed), allDay: remindersOf(allDay) };
}

/** An all-day reminder "`daysBefore` days before, at `minuteOfDay`" as minutes before midnight of the first day. */
export function allDayReminderMinutes(daysBefore: number, minuteOfDay: number): number {
  return daysBefore * 1440 - minuteOfDay;
}

/** The other way: 900 is one day before at 540 (09:00); −540 is on the day at 09:00. */
export function allDayReminderParts(minutes: number): { daysBefore: number; minuteOfDay: number } {
  const daysBefore = Math.max(0, Math.ceil(minutes / 1440));
  return { daysBefore, minuteOfDay: daysBefore * 1440 - minutes };
}
