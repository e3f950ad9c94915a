import { z } from "zod";
import { MAX_REMINDER_MINUTES, MAX_REMINDERS, MIN_ALL_DAY_REMINDER_MINUTES, sortMinutes } from "./reminder-values";

// The schemas of reminders. The values and rules themselves (reminder-values.ts)
// need no zod: pages that only show reminders load them without it.
export * from "./reminder-values";

export const reminderInput = z.strictObject({
  minutesBefore: z
    .number({ error: "Give the minutes before the start as a whole number." })
    .int("Give the minutes before the start as a whole number.")
    .min(MIN_ALL_DAY_REMINDER_MINUTES, "A reminder can be at most a day after an all-day schedule begins.")
    .max(MAX_REMINDER_MINUTES, "Remind at most 4 weeks (40320 minutes) before."),
});

/** A schedule's reminders: at most five, no two alike; kept in order, soonest before the start last. */
export const remindersSchema = z
  .array(reminderInput)
  .max(MAX_REMINDERS, `Keep to ${MAX_REMINDERS} reminders.`)
  .refine((reminders) => new Set(reminders.map((reminder) => reminder.minutesBefore)).size === reminders.length, "Each reminder must be at a different time.")
  .transform((reminders) => sortMinutes(reminders.map((reminder) => reminder.minutesBefore)));
