import { z } from "zod";
import { createScheduleInput, timeSlotProblems, type CreateScheduleInput } from "@planner/domain";
import type { Schedule } from "./types";
import { fromLocalInputValue, toLocalInputValue } from "./zoned-time";

// The schedule dialog's form: what is typed (datetime-local values on the
// calendar's clock) and what it means (instants), checked by the server's own
// schema and time-slot rules, so the form and the server never disagree.

/** The fields in the order the form shows them. */
export const SCHEDULE_FIELDS = ["title", "startAt", "endAt", "memo"] as const;
export type ScheduleField = (typeof SCHEDULE_FIELDS)[number];

/** The form's fields as typed: times are datetime-local values ("2030-01-09T10:00") in the calendar's zone. */
export type ScheduleDraft = Record<ScheduleField, string>;

/** A schedule as the server's schema takes it, with the time-slot rules of `timeZone` on top. */
export function scheduleValuesSchema(timeZone: string) {
  return createScheduleInput
    .superRefine((slot, context) => {
      for (const problem of timeSlotProblems(slot, timeZone)) context.addIssue({ code: "custom", path: [problem.field], message: problem.message, params: { errorCode: problem.code, ...problem.params } });
    })
    .transform((values) => ({ ...values, memo: values.memo ?? "" }));
}

export type ScheduleValues = z.output<ReturnType<typeof scheduleValuesSchema>>;

/** The form's resolver schema: the draft read on the calendar's clock, then the server's rules. */
export function scheduleFormSchema(timeZone: string) {
  return z
    .strictObject({ title: z.string(), memo: z.string(), startAt: z.string(), endAt: z.string() })
    .transform((draft): CreateScheduleInput => ({
      ...draft,
      startAt: fromLocalInputValue(draft.startAt, timeZone),
      endAt: fromLocalInputValue(draft.endAt, timeZone),
    }))
    .pipe(scheduleValuesSchema(timeZone));
}

/** A new schedule's form between two instants. */
export function newScheduleDraft(startAt: Date, endAt: Date, timeZone: string): ScheduleDraft {
  return { title: "", memo: "", startAt: toLocalInputValue(startAt, timeZone), endAt: toLocalInputValue(endAt, timeZone) };
}

/** The schedule's form in its editable state. */
export function draftOf(schedule: Schedule, timeZone: string): ScheduleDraft {
  return {
    title: schedule.title,
    memo: schedule.memo,
    startAt: toLocalInputValue(schedule.startAt, timeZone),
    endAt: toLocalInputValue(schedule.endAt, timeZone),
  };
}
