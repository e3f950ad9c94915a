import { z } from "zod";
import { reminderMinutesProblem, remindersSchema } from "./reminder-offsets";

export * from "./reminder-default-values";

/**
 * Settings → Reminders: what new schedules are given unless they say
 * otherwise, one set for timed schedules and one for all-day ones. Each is
 * `[{ minutesBefore }]` as on a schedule; they come back sorted.
 */
export const updateReminderDefaultsInput = z
  .strictObject({ timed: remindersSchema, allDay: remindersSchema })
  .superRefine((value, context) => {
    const problem = reminderMinutesProblem(value.timed, false);
    if (problem) context.addIssue({ code: "custom", path: ["timed"], message: problem, params: { kind: "outOfRange" } });
  });
export type UpdateReminderDefaultsInput = z.input<typeof updateReminderDefaultsInput>;
export type UpdateReminderDefaultsValues = z.output<typeof updateReminderDefaultsInput>;
