import { z } from "zod";
import { instantSchema } from "../shared/instant";
import { adminCursorPageInput, cursorPageFields, idSchema } from "../shared/pagination";
import { multilineText, plainText } from "../shared/text";
import { remindersSchema } from "../notification/reminder-offsets";
import { dateEndExclusive, dateStart, localDateSchema } from "./all-day";
import { normalizeRecurrence, parseRecurrence } from "./recurrence";
import { OCCURRENCE_SCOPES, SCHEDULE_MEMO_MAX, SCHEDULE_STATUSES, SCHEDULE_TITLE_MAX, type OccurrenceScope } from "./schedule-values";
import { WINDOW_LENGTH_ISSUE, WINDOW_ORDER_ISSUE, windowEndsAfterStart, windowWithinMaxDays } from "./window-rules";

export * from "./schedule-values";

export const scheduleTitleSchema = plainText(
  z
    .string({ error: "Give the schedule a title." })
    .trim()
    .min(1, "Give the schedule a title.")
    .max(SCHEDULE_TITLE_MAX, `Keep the title to ${SCHEDULE_TITLE_MAX} characters.`),
  "The title",
);

export const scheduleMemoSchema = multilineText(
  z.string().trim().max(SCHEDULE_MEMO_MAX, `Keep the memo to ${SCHEDULE_MEMO_MAX} characters.`),
  "The memo",
);

const instant = instantSchema();
const localDate = localDateSchema();

/** A repeat rule, RFC 5545 (`RRULE:FREQ=WEEKLY;BYDAY=MO,WE;COUNT=6`), stored in canonical form. */
export const recurrenceSchema = z
  .string({ error: "Give the repeat rule as text, e.g. RRULE:FREQ=WEEKLY;BYDAY=MO,WE." })
  .superRefine((text, context) => {
    const parsed = parseRecurrence(text);
    if (!parsed.ok) context.addIssue({ code: "custom", message: parsed.message });
  })
  .transform(normalizeRecurrence);

/**
 * When a schedule is: `startAt`/`endAt` (instants on the 30-minute grid) for
 * a timed one, or `startDate`/`endDate` (local dates, the end inclusive) for an
 * all-day one (`allDay: true`, implied by the dates). The values carry
 * `startAt`/`endAt` either way (dates become UTC midnights, see all-day.ts) and `allDay`.
 */
const whenFields = {
  startAt: instant.optional(),
  endAt: instant.optional(),
  allDay: z.boolean().optional(),
  startDate: localDate.optional(),
  endDate: localDate.optional(),
};

type WhenInput = { startAt?: Date; endAt?: Date; allDay?: boolean; startDate?: string; endDate?: string };
type WhenValues = { startAt?: Date; endAt?: Date; allDay?: boolean };

/** Timed and all-day fields never mix; every message names the field to fix. */
function checkWhen(when: WhenInput, context: z.RefinementCtx, creating: boolean): void {
  const dated = when.startDate !== undefined || when.endDate !== undefined;
  const timed = when.startAt !== undefined || when.endAt !== undefined;
  const issue = (path: string, message: string) => context.addIssue({ code: "custom", path: [path], message });
  if (dated && timed) issue("startDate", "Give dates (startDate, endDate) for an all-day schedule or times (startAt, endAt), not both.");
  else if (dated && when.allDay === false) issue("allDay", "Dates (startDate, endDate) are for all-day schedules: leave allDay out or make it true.");
  else if (timed && when.allDay === true) issue("allDay", "An all-day schedule takes dates (startDate, endDate), not times.");
  else if (when.allDay === true && when.startDate === undefined) issue("startDate", "Choose the first day.");
  else if (when.allDay === false && (when.startAt === undefined || when.endAt === undefined)) issue("startAt", "Choose a start and an end time.");
  else if (creating && !dated) {
    if (when.startAt === undefined) issue("startAt", "Choose a date and time.");
    if (when.endAt === undefined) issue("endAt", "Choose a date and time.");
  }
}

function toWhenValues<T extends WhenInput>(input: T, creating: boolean): Omit<T, "startDate" | "endDate"> & WhenValues {
  const { startDate, endDate, ...rest } = input;
  if (startDate === undefined && endDate === undefined) return { ...rest, ...(rest.startAt || rest.endAt ? { allDay: false } : {}) };
  return {
    ...rest,
    allDay: true,
    ...(startDate !== undefined ? { startAt: dateStart(startDate) } : {}),
    // A new all-day schedule with no end lasts its one day.
    ...(endDate !== undefined ? { endAt: dateEndExclusive(endDate) } : creating && startDate ? { endAt: dateEndExclusive(startDate) } : {}),
  };
}

const createFields = {
  title: scheduleTitleSchema,
  memo: scheduleMemoSchema.optional(),
  ...whenFields,
  recurrence: recurrenceSchema.nullable().optional(),
  /** Left out: the owner's defaults (Settings). `[]`: none. */
  reminders: remindersSchema.optional(),
};

function createSchema<T extends z.core.$ZodLooseShape>(fields: T) {
  return z
    .strictObject(fields)
    .superRefine((input, context) => checkWhen(input as WhenInput, context, true))
    .transform((input) => toWhenValues(input as typeof input & WhenInput, true) as Omit<z.output<z.ZodObject<T>>, "startDate" | "endDate"> & { startAt: Date; endAt: Date; allDay: boolean });
}

export const createScheduleInput = createSchema(createFields);
export type CreateScheduleInput = z.input<typeof createScheduleInput>;
export type CreateScheduleValues = z.output<typeof createScheduleInput>;

/** Which occurrence a change applies to, and how far: for repeating schedules. */
const occurrenceFields = {
  /** The start the occurrence has in its series (`occurrenceStartAt` of what `range` returned). */
  occurrenceStartAt: instant.optional(),
  /** `this` occurrence, this and the `following`, or `all`; defaults to `this` with an occurrence, else `all`. */
  scope: z.enum(OCCURRENCE_SCOPES).optional(),
};

function checkScope(input: { occurrenceStartAt?: Date; scope?: OccurrenceScope }, context: z.RefinementCtx): void {
  if (input.scope && input.scope !== "all" && !input.occurrenceStartAt) {
    context.addIssue({ code: "custom", path: ["occurrenceStartAt"], message: "Say which occurrence (occurrenceStartAt) this change starts from." });
  }
}

/** Also move (both times) and resize (one time). */
export const updateScheduleInput = z
  .strictObject({
    id: idSchema,
    title: scheduleTitleSchema.optional(),
    memo: scheduleMemoSchema.optional(),
    ...whenFields,
    recurrence: recurrenceSchema.nullable().optional(),
    reminders: remindersSchema.optional(),
    ...occurrenceFields,
  })
  .superRefine((input, context) => {
    checkWhen(input, context, false);
    checkScope(input, context);
  })
  .transform((input) => toWhenValues(input, false));
export type UpdateScheduleInput = z.input<typeof updateScheduleInput>;
export type UpdateScheduleValues = z.output<typeof updateScheduleInput>;

/**
 * Puts back a schedule just deleted (the undo of the toast), as it was: its
 * id, so links to it work again, its times and its status. `ownerId` names
 * another user's calendar (admins); without it, the caller's own.
 */
export const restoreScheduleInput = z.strictObject({
  id: idSchema,
  ownerId: idSchema.optional(),
  title: scheduleTitleSchema,
  memo: scheduleMemoSchema,
  startAt: instant,
  endAt: instant,
  allDay: z.boolean().default(false),
  status: z.enum(SCHEDULE_STATUSES),
  recurrence: recurrenceSchema.nullable().default(null),
  reminders: remindersSchema.default([]),
});
export type RestoreScheduleInput = z.input<typeof restoreScheduleInput>;
export type RestoreScheduleValues = z.output<typeof restoreScheduleInput>;

export const scheduleIdInput = z.strictObject({ id: idSchema });
export type ScheduleIdValues = z.output<typeof scheduleIdInput>;

/** The undo of deleting one occurrence of a repeating schedule: the series' id and the occurrence's start. */
export const restoreOccurrenceInput = z.strictObject({ id: idSchema, occurrenceStartAt: instant });
export type RestoreOccurrenceInput = z.input<typeof restoreOccurrenceInput>;
export type RestoreOccurrenceValues = z.output<typeof restoreOccurrenceInput>;

/** Deletes a schedule, or (repeating) one occurrence, or it and the following. */
export const deleteScheduleInput = z.strictObject({ id: idSchema, ...occurrenceFields }).superRefine(checkScope);
export type DeleteScheduleInput = z.input<typeof deleteScheduleInput>;
export type DeleteScheduleValues = z.output<typeof deleteScheduleInput>;

/** Done is per occurrence: a repeating schedule's occurrence is marked on its own. */
export const setScheduleStatusInput = z.strictObject({ id: idSchema, status: z.enum(SCHEDULE_STATUSES), occurrenceStartAt: instant.optional() });
export type SetScheduleStatusValues = z.output<typeof setScheduleStatusInput>;

export const scheduleRangeInput = z
  .strictObject({ from: instant, to: instant, includeShared: z.boolean().default(false) })
  .refine(windowEndsAfterStart, WINDOW_ORDER_ISSUE)
  .refine(windowWithinMaxDays, WINDOW_LENGTH_ISSUE);
export type ScheduleRangeInput = z.input<typeof scheduleRangeInput>;
export type ScheduleRangeValues = z.output<typeof scheduleRangeInput>;

export const listSchedulesInput = z
  .strictObject({ status: z.enum(SCHEDULE_STATUSES).optional(), ...cursorPageFields })
  .default({ limit: 20 });
export type ListSchedulesInput = z.input<typeof listSchedulesInput>;
export type ListSchedulesValues = z.output<typeof listSchedulesInput>;

/** An admin looking at one user's calendar. */
export const adminScheduleRangeInput = z
  .strictObject({ ownerId: idSchema, from: instant, to: instant })
  .refine(windowEndsAfterStart, WINDOW_ORDER_ISSUE)
  .refine(windowWithinMaxDays, WINDOW_LENGTH_ISSUE);
export type AdminScheduleRangeValues = z.output<typeof adminScheduleRangeInput>;

export const adminCreateScheduleInput = createSchema({ ...createFields, ownerId: idSchema });
export type AdminCreateScheduleValues = z.output<typeof adminCreateScheduleInput>;
/** Everyone's schedules (or one owner's), latest start first, by keyset cursor; from/to keep those overlapping the window. */
export const adminListSchedulesInput = adminCursorPageInput
  .extend({
    ownerId: idSchema.optional(),
    status: z.enum(SCHEDULE_STATUSES).optional(),
    from: instant.optional(),
    to: instant.optional(),
  })
  .refine(windowEndsAfterStart, WINDOW_ORDER_ISSUE);
export type AdminListSchedulesInput = z.input<typeof adminListSchedulesInput>;
export type AdminListSchedulesValues = z.output<typeof adminListSchedulesInput>;
