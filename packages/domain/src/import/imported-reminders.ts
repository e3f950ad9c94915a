import { MAX_REMINDERS, MAX_REMINDER_MINUTES, MIN_ALL_DAY_REMINDER_MINUTES, sortMinutes } from "../notification/reminder-offsets";
import type { IcalAlarm } from "./ical-event";

/**
 * VALARMs as the app's reminders, where they say the same: a trigger a whole
 * number of minutes before the start (all-day: before midnight of the first
 * day, as RFC 5545 counts from a date's start; up to a day into it), at most
 * four weeks ahead, at most five. Triggers at a fixed time or from the end,
 * after a timed start, or beyond those limits cannot be kept: `dropped` counts
 * them for the preview. The same trigger twice is one reminder.
 */
export function importedReminders(alarms: readonly IcalAlarm[], allDay: boolean): { minutes: number[]; dropped: number } {
  const kept = new Set<number>();
  let dropped = 0;
  for (const alarm of alarms) {
    const minutes = alarm.seconds === null ? Number.NaN : -alarm.seconds / 60;
    const fits =
      alarm.related === "START" &&
      Number.isInteger(minutes) &&
      minutes <= MAX_REMINDER_MINUTES &&
      minutes >= (allDay ? MIN_ALL_DAY_REMINDER_MINUTES : 0);
    if (fits) kept.add(minutes === 0 ? 0 : minutes);
    else dropped += 1;
  }
  // The soonest before the start are kept when there are too many.
  const sorted = sortMinutes([...kept]);
  const extra = Math.max(0, sorted.length - MAX_REMINDERS);
  return { minutes: sorted.slice(extra), dropped: dropped + extra };
}
