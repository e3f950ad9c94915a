import { MAX_REMINDER_MINUTES, MAX_REMINDERS, sortMinutes } from "@planner/domain";
import { reminderPresets } from "./reminder-labels";

// The dialog's list of chosen reminders: added from the presets or as a
// custom number of minutes, removed by their chips; kept in the server's
// order (furthest ahead first), at most five, no two alike.

export type ReminderChoice = { ok: true; reminders: number[] } | { ok: false; problem: "full" | "duplicate" | "invalid" };

/** A reminder added to the list (null: the defaults, which adding replaces). */
export function addReminder(reminders: readonly number[] | null, minutes: number, allDay: boolean): ReminderChoice {
  const list = reminders ?? [];
  // Timed schedules: whole minutes at or before the start; all-day ones take their presets.
  const allowed = allDay ? reminderPresets(true).includes(minutes) : Number.isInteger(minutes) && minutes >= 0 && minutes <= MAX_REMINDER_MINUTES;
  if (!allowed) return { ok: false, problem: "invalid" };
  if (list.includes(minutes)) return { ok: false, problem: "duplicate" };
  if (list.length >= MAX_REMINDERS) return { ok: false, problem: "full" };
  return { ok: true, reminders: sortMinutes([...list, minutes]) };
}

export function removeReminder(reminders: readonly number[], minutes: number): number[] {
  return reminders.filter((value) => value !== minutes);
}

/** The presets not chosen yet. */
export function presetsLeft(reminders: readonly number[] | null, allDay: boolean): number[] {
  return reminderPresets(allDay).filter((minutes) => !reminders?.includes(minutes));
}
