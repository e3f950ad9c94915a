import { z } from "zod";
import { instantSchema } from "../shared/instant";
import { adminCursorPageInput, cursorPageFields, idSchema } from "../shared/pagination";
import { plainText } from "../shared/text";
import { WINDOW_LENGTH_ISSUE, WINDOW_ORDER_ISSUE, windowEndsAfterStart, windowWithinMaxDays } from "../schedule/window-rules";
import { MAX_REMINDER_MINUTES, MAX_REMINDERS, sortMinutes } from "../notification/reminder-offsets";
import { dueDateSchema, dueTimeSchema } from "./due";
import { ORDER_KEY_PATTERN } from "./order-keys";
import { todoPrioritySchema, TODO_PRIORITIES } from "./priority";
import { ADMIN_TODO_DUE_FILTERS, DUE_TIME_NEEDS_DATE, MAX_TODO_LABELS, REMINDERS_NEED_TIME, SUBTASK_DELETE_MODES, TODO_CONTENTS_MAX, TODO_FILTERS, TODO_VIEWS } from "./todo-values";

export * from "./todo-values";

export const todoContentsSchema = plainText(
  z
    .string({ error: "Write what there is to do." })
    .trim()
    .min(1, "Write what there is to do.")
    .max(TODO_CONTENTS_MAX, `Keep it to ${TODO_CONTENTS_MAX} characters.`),
  "The todo",
);

/** Minutes before the due time; only a todo with a time has reminders. */
export const todoReminderMinutesSchema = z
  .array(
    z
      .number({ error: "Give the minutes before the due time as a whole number." })
      .int("Give the minutes before the due time as a whole number.")
      .min(0, "A reminder must be at or before the due time.")
      .max(MAX_REMINDER_MINUTES, "Remind at most 4 weeks (40320 minutes) before."),
  )
  .max(MAX_REMINDERS, `Keep to ${MAX_REMINDERS} reminders.`)
  .refine((minutes) => new Set(minutes).size === minutes.length, "Each reminder must be at a different time.")
  .transform(sortMinutes);

/** Label ids, each once (repeats are dropped). */
export const todoLabelIdsSchema = z
  .array(idSchema)
  .max(MAX_TODO_LABELS, `Keep to ${MAX_TODO_LABELS} labels.`)
  .transform((ids) => [...new Set(ids)]);

export const listTodosInput = z
  .strictObject({
    view: z.enum(TODO_VIEWS).default("all"),
    projectId: idSchema.optional(),
    labelId: idSchema.optional(),
    filter: z.enum(TODO_FILTERS).default("all"),
    ...cursorPageFields,
  })
  .superRefine((input, context) => {
    if (input.view === "project" && !input.projectId) context.addIssue({ code: "custom", path: ["projectId"], message: "Say which project (projectId)." });
    if (input.view !== "project" && input.projectId) context.addIssue({ code: "custom", path: ["projectId"], message: "projectId is for the project view only." });
    if (input.view === "label" && !input.labelId) context.addIssue({ code: "custom", path: ["labelId"], message: "Say which label (labelId)." });
    if (input.view !== "label" && input.labelId) context.addIssue({ code: "custom", path: ["labelId"], message: "labelId is for the label view only." });
  })
  .default({ view: "all", filter: "all", limit: 20 });
export type ListTodosInput = z.input<typeof listTodosInput>;
export type ListTodosValues = z.output<typeof listTodosInput>;

/**
 * A new todo. Only `contents` is needed (older clients send nothing else).
 * `dueTime` is read in the owner's time zone on `dueOn`; `parentId` makes it a
 * subtask (of a top-level todo, in that todo's project).
 */
export const createTodoInput = z
  .strictObject({
    contents: todoContentsSchema,
    dueOn: dueDateSchema.nullish(),
    dueTime: dueTimeSchema.nullish(),
    priority: todoPrioritySchema.optional(),
    projectId: idSchema.nullish(),
    labelIds: todoLabelIdsSchema.optional(),
    parentId: idSchema.nullish(),
    reminderMinutes: todoReminderMinutesSchema.optional(),
  })
  .superRefine((input, context) => {
    if (input.dueTime && !input.dueOn) context.addIssue({ code: "custom", path: ["dueTime"], message: DUE_TIME_NEEDS_DATE });
    if (input.reminderMinutes?.length && !input.dueTime) context.addIssue({ code: "custom", path: ["reminderMinutes"], message: REMINDERS_NEED_TIME });
  });
export type CreateTodoInput = z.input<typeof createTodoInput>;
export type CreateTodoValues = z.output<typeof createTodoInput>;

/**
 * Changes what is given; null clears (`dueOn: null` also clears the time and
 * reminders; `projectId: null` is the Inbox; `parentId: null` makes it top-level).
 * `labelIds` replaces the todo's labels.
 */
export const updateTodoInput = z
  .strictObject({
    id: idSchema,
    contents: todoContentsSchema.optional(),
    dueOn: dueDateSchema.nullable().optional(),
    dueTime: dueTimeSchema.nullable().optional(),
    priority: todoPrioritySchema.optional(),
    projectId: idSchema.nullable().optional(),
    labelIds: todoLabelIdsSchema.optional(),
    parentId: idSchema.nullable().optional(),
    reminderMinutes: todoReminderMinutesSchema.optional(),
  })
  .superRefine((input, context) => {
    if (input.dueOn === null && input.dueTime) context.addIssue({ code: "custom", path: ["dueTime"], message: DUE_TIME_NEEDS_DATE });
    if (input.dueTime === null && input.reminderMinutes?.length) context.addIssue({ code: "custom", path: ["reminderMinutes"], message: REMINDERS_NEED_TIME });
  });
export type UpdateTodoInput = z.input<typeof updateTodoInput>;
export type UpdateTodoValues = z.output<typeof updateTodoInput>;

/**
 * Puts a todo right after `afterId` (null: first of all) or, without afterId,
 * right before `beforeId`, in the owner's one manual order.
 */
export const moveTodoInput = z
  .strictObject({ id: idSchema, afterId: idSchema.nullish(), beforeId: idSchema.nullish() })
  .refine((input) => input.afterId !== undefined || input.beforeId !== undefined, {
    path: ["afterId"],
    message: "Say where it goes: afterId (null for first) or beforeId.",
  })
  .refine((input) => input.afterId !== input.id, { path: ["afterId"], message: "Choose another todo to put it next to." })
  .refine((input) => input.beforeId !== input.id, { path: ["beforeId"], message: "Choose another todo to put it next to." });
export type MoveTodoInput = z.input<typeof moveTodoInput>;
export type MoveTodoValues = z.output<typeof moveTodoInput>;

export const todoIdInput = z.strictObject({ id: idSchema });
export type TodoIdValues = z.output<typeof todoIdInput>;

export const deleteTodoInput = z.strictObject({ id: idSchema, subtasks: z.enum(SUBTASK_DELETE_MODES).default("delete") });
export type DeleteTodoInput = z.input<typeof deleteTodoInput>;
export type DeleteTodoValues = z.output<typeof deleteTodoInput>;

/** What a deleted todo was, to put it back: the fields of a TodoItem (ids for its project and labels). */
const restoredFields = {
  id: idSchema,
  contents: todoContentsSchema,
  done: z.boolean(),
  createdAt: instantSchema(),
  dueOn: dueDateSchema.nullable().default(null),
  dueAt: instantSchema().nullable().default(null),
  priority: todoPrioritySchema.default(TODO_PRIORITIES[3]),
  projectId: idSchema.nullable().default(null),
  labelIds: todoLabelIdsSchema.default([]),
  position: z.string().regex(ORDER_KEY_PATTERN, "Not a place in the order.").max(200).nullable().default(null),
  reminderMinutes: todoReminderMinutesSchema.default([]),
};

/**
 * Puts back a todo just deleted (the undo of the toast), as it was: its
 * fields, labels and place, and the subtasks deleted with it. A project or
 * label deleted meanwhile is left out (the todo goes to the Inbox); a parent
 * deleted meanwhile makes it top-level.
 */
export const restoreTodoInput = z
  .strictObject({
    ...restoredFields,
    parentId: idSchema.nullable().default(null),
    subtasks: z.array(z.strictObject(restoredFields)).max(200).default([]),
    /** Subtasks that the delete kept as top-level todos (subtasks: "keep"): made its subtasks again. */
    keptSubtaskIds: z.array(idSchema).max(200).default([]),
  })
  .superRefine((input, context) => {
    if (input.dueAt && !input.dueOn) context.addIssue({ code: "custom", path: ["dueAt"], message: "A due time needs its date (dueOn)." });
    // One id each: a subtask that is its own todo (or twice a subtask) is nothing the undo of a delete brings back.
    const ids = [input.id, input.parentId, ...input.subtasks.map((subtask) => subtask.id), ...input.keptSubtaskIds].filter((id) => id !== null);
    if (new Set(ids).size !== ids.length) context.addIssue({ code: "custom", path: ["subtasks"], message: "Each todo in a restore needs an id of its own." });
  });
export type RestoreTodoInput = z.input<typeof restoreTodoInput>;
export type RestoreTodoValues = z.output<typeof restoreTodoInput>;

/** The owner's todos due in a calendar window (instants, as schedule.range), plus open overdue ones when it holds today. */
export const todoRangeInput = z
  .strictObject({ from: instantSchema(), to: instantSchema() })
  .refine(windowEndsAfterStart, WINDOW_ORDER_ISSUE)
  .refine(windowWithinMaxDays, WINDOW_LENGTH_ISSUE);
export type TodoRangeInput = z.input<typeof todoRangeInput>;
export type TodoRangeValues = z.output<typeof todoRangeInput>;

/** Everyone's todos (or one owner's), newest first, by keyset cursor. */
export const adminListTodosInput = adminCursorPageInput.extend({
  ownerId: idSchema.optional(),
  done: z.boolean().optional(),
  priority: todoPrioritySchema.optional(),
  projectId: idSchema.optional(),
  due: z.enum(ADMIN_TODO_DUE_FILTERS).optional(),
});
export type AdminListTodosInput = z.input<typeof adminListTodosInput>;
export type AdminListTodosValues = z.output<typeof adminListTodosInput>;
