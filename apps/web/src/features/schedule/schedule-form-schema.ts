import { z } from "zod";
import { createScheduleInput, dateEndExclusive, dateStart, isLocalDate, reminderMinutesProblem, remindersOf, scheduleTimeProblems, type CreateScheduleInput } from "@planner/domain";
import { tr } from "~/i18n/translator";
import { repeatDraftProblem, recurrenceTextOfDraft, type RepeatDraft, type RepeatProblem } from "./repeat-draft";
import { firstDayOf } from "./schedule-form";
import { fromLocalInputValue } from "./zoned-time";

// The schedule form's schemas (zod, and the server's own schedule schema), in
// a module of their own: the dialog and the handlers that check a form load it
// when they are used (schedule-schemas.ts), so the calendar draws without zod.

/**
 * The time rules of what the API is sent, where its times or dates can be
 * read (a missing one is the schema's to name): the grid of `timeZone` for a
 * timed schedule, the days for an all-day one.
 */
function timeProblemsOf(input: CreateScheduleInput, timeZone: string) {
  if (input.startDate !== undefined || input.allDay === true) {
    const last = input.endDate ?? input.startDate;
    if (!input.startDate || !last || !isLocalDate(input.startDate) || !isLocalDate(last)) return [];
    return scheduleTimeProblems({ startAt: dateStart(input.startDate), endAt: dateEndExclusive(last), allDay: true }, timeZone);
  }
  const { startAt, endAt } = input;
  if (!(startAt instanceof Date) || !(endAt instanceof Date) || Number.isNaN(startAt.getTime()) || Number.isNaN(endAt.getTime())) return [];
  return scheduleTimeProblems({ startAt, endAt, allDay: false }, timeZone);
}

/**
 * A schedule as the server's schema takes it, with the time rules of
 * `timeZone` and the reminder rules on top: every field's problem at once
 * (the schema's own transform would stop at the first field in trouble).
 */
export function scheduleValuesSchema(timeZone: string) {
  return z
    .custom<CreateScheduleInput>((value) => typeof value === "object" && value !== null)
    .superRefine((input, context) => {
      const parsed = createScheduleInput.safeParse(input);
      if (!parsed.success) for (const issue of parsed.error.issues) context.addIssue({ ...issue });
      for (const problem of timeProblemsOf(input, timeZone)) {
        context.addIssue({ code: "custom", path: [problem.field], message: problem.message, params: { errorCode: problem.code, ...problem.params } });
      }
      const minutes = input.reminders?.map((reminder) => reminder.minutesBefore);
      const reminderProblem = minutes && reminderMinutesProblem(minutes, input.startDate !== undefined || input.allDay === true);
      if (reminderProblem) context.addIssue({ code: "custom", path: ["reminders"], message: reminderProblem });
    })
    .transform((input) => {
      const values = createScheduleInput.parse(input);
      return { ...values, memo: values.memo ?? "" };
    });
}

function repeatProblemMessage(problem: RepeatProblem): string {
  if (problem.kind === "until") return tr("schedule.repeat.problemUntil");
  return tr(problem.kind === "interval" ? "schedule.repeat.problemInterval" : "schedule.repeat.problemCount", { max: problem.max });
}

/** The form's resolver schema: the draft read on the calendar's clock, then the server's rules. */
export function scheduleFormSchema(timeZone: string) {
  return z
    .object({
      title: z.string(),
      memo: z.string(),
      allDay: z.boolean(),
      startAt: z.string(),
      endAt: z.string(),
      startDate: z.string(),
      endDate: z.string(),
      recurrence: z.custom<RepeatDraft>((value) => typeof value === "object" && value !== null),
      reminders: z.array(z.number()).nullable(),
    })
    .superRefine((draft, context) => {
      const problem = repeatDraftProblem(draft.recurrence, firstDayOf(draft));
      // The form's own rule, said in the page's language already.
      if (problem) context.addIssue({ code: "custom", path: ["recurrence"], message: repeatProblemMessage(problem), params: { localized: true } });
    })
    .transform(
      (draft): CreateScheduleInput => ({
        title: draft.title,
        memo: draft.memo,
        ...(draft.allDay
          ? { startDate: draft.startDate || undefined, endDate: draft.endDate || undefined, allDay: true }
          : { startAt: fromLocalInputValue(draft.startAt, timeZone), endAt: fromLocalInputValue(draft.endAt, timeZone) }),
        recurrence: recurrenceTextOfDraft(draft.recurrence, firstDayOf(draft)),
        ...(draft.reminders === null ? {} : { reminders: remindersOf(draft.reminders) }),
      }),
    )
    .pipe(scheduleValuesSchema(timeZone));
}

