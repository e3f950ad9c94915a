import { z } from "zod";
import { instantSchema } from "../shared/instant";
import { adminCursorPageInput, cursorPageFields, idSchema } from "../shared/pagination";
import { multilineText, plainText } from "../shared/text";

export const SCHEDULE_STATUSES = ["OPEN", "CLOSED"] as const;
export type ScheduleStatus = (typeof SCHEDULE_STATUSES)[number];
export const SCHEDULE_STATUS_LABELS: Record<ScheduleStatus, string> = { OPEN: "Planned", CLOSED: "Done" };

export const SCHEDULE_TITLE_MAX = 120;
export const SCHEDULE_MEMO_MAX = 2000;
/** The widest window `range` serves: a 6-week month grid plus slack. */
export const MAX_RANGE_DAYS = 100;

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

export const createScheduleInput = z.strictObject({
  title: scheduleTitleSchema,
  memo: scheduleMemoSchema.optional(),
  startAt: instant,
  endAt: instant,
});
export type CreateScheduleInput = z.input<typeof createScheduleInput>;
export type CreateScheduleValues = z.output<typeof createScheduleInput>;

/** Also move (both times) and resize (one time). */
export const updateScheduleInput = z.strictObject({
  id: idSchema,
  title: scheduleTitleSchema.optional(),
  memo: scheduleMemoSchema.optional(),
  startAt: instant.optional(),
  endAt: instant.optional(),
});
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
  status: z.enum(SCHEDULE_STATUSES),
});
export type RestoreScheduleInput = z.input<typeof restoreScheduleInput>;
export type RestoreScheduleValues = z.output<typeof restoreScheduleInput>;

export const scheduleIdInput = z.strictObject({ id: idSchema });
export type ScheduleIdValues = z.output<typeof scheduleIdInput>;

export const setScheduleStatusInput = z.strictObject({ id: idSchema, status: z.enum(SCHEDULE_STATUSES) });
export type SetScheduleStatusValues = z.output<typeof setScheduleStatusInput>;

export const scheduleRangeInput = z
  .strictObject({ from: instant, to: instant, includeShared: z.boolean().default(false) })
  .refine((range) => range.to.getTime() > range.from.getTime(), { path: ["to"], message: "The window must end after it starts." })
  .refine((range) => range.to.getTime() - range.from.getTime() <= MAX_RANGE_DAYS * 86_400_000, {
    path: ["to"],
    message: `Ask for at most ${MAX_RANGE_DAYS} days at a time.`,
  });
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
  .refine((range) => range.to.getTime() > range.from.getTime(), { path: ["to"], message: "The window must end after it starts." })
  .refine((range) => range.to.getTime() - range.from.getTime() <= MAX_RANGE_DAYS * 86_400_000, {
    path: ["to"],
    message: `Ask for at most ${MAX_RANGE_DAYS} days at a time.`,
  });
export type AdminScheduleRangeValues = z.output<typeof adminScheduleRangeInput>;

export const adminCreateScheduleInput = createScheduleInput.extend({ ownerId: idSchema });
export type AdminCreateScheduleValues = z.output<typeof adminCreateScheduleInput>;
/** Everyone's schedules (or one owner's), latest start first, by keyset cursor; from/to keep those overlapping the window. */
export const adminListSchedulesInput = adminCursorPageInput.extend({
  ownerId: idSchema.optional(),
  status: z.enum(SCHEDULE_STATUSES).optional(),
  from: instant.optional(),
  to: instant.optional(),
});
export type AdminListSchedulesInput = z.input<typeof adminListSchedulesInput>;
export type AdminListSchedulesValues = z.output<typeof adminListSchedulesInput>;
