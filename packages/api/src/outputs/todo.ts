import { TODO_COLORS, TODO_PRIORITIES } from "@planner/domain";
import { z } from "zod";
import { idOutput, instantOutput, nextCursorOutput } from "./shared";

const todoFields = {
  id: idOutput,
  contents: z.string().meta({ example: "Buy milk" }),
  done: z.boolean(),
  createdAt: instantOutput,
  updatedAt: instantOutput,
};

/** A todo's text and state only (search results). */
export const todoOutput = z.object(todoFields).meta({ id: "Todo" });

const localDateOutput = z.iso.date().meta({ description: "A date in the owner's time zone, YYYY-MM-DD", example: "2026-12-24" });

export const todoListRefOutput = z
  .object({ id: idOutput, name: z.string().meta({ example: "Work" }), color: z.enum(TODO_COLORS) })
  .meta({ id: "TodoListRef", description: "A project or label, as a todo names it" });

const todoItemFields = {
  ...todoFields,
  dueOn: localDateOutput.nullable().meta({ description: "The day it is due, in the owner's time zone; null: no due date" }),
  dueAt: instantOutput.nullable().meta({ description: "When it is due, if a time was given (dueOn is its local date)" }),
  priority: z.literal(TODO_PRIORITIES).meta({ description: "1 (highest) to 4 (none)" }),
  project: todoListRefOutput.nullable().meta({ description: "null: the Inbox" }),
  labels: z.array(todoListRefOutput),
  parent: z.object({ id: idOutput, contents: z.string() }).nullable().meta({ description: "The todo this is a subtask of" }),
  position: z.string().meta({ description: "Its place in the owner's manual order (compare byte by byte)", example: "a0" }),
  reminderMinutes: z.array(z.number().int()).meta({ description: "Minutes before dueAt for each reminder" }),
  overdue: z.boolean().meta({ description: "Open and past due (an earlier day, or today's time has passed)" }),
};

/** A subtask: the same fields, and never subtasks of its own (one level). */
export const todoSubtaskOutput = z
  .object({ ...todoItemFields, subtasks: z.array(z.object({ id: idOutput })).max(0).meta({ description: "Always empty: subtasks go one level deep" }) })
  .meta({ id: "TodoSubtask" });

export const todoItemOutput = z
  .object({ ...todoItemFields, subtasks: z.array(todoSubtaskOutput).meta({ description: "In all, inbox and project views: its subtasks in order; elsewhere empty" }) })
  .meta({ id: "TodoItem" });

const countsOutput = z.object({ all: z.number().int(), open: z.number().int(), done: z.number().int() });

export const todoPageOutput = z.object({
  items: z.array(todoItemOutput),
  nextCursor: nextCursorOutput,
  counts: countsOutput.meta({ description: "For the whole view (top-level todos where the view nests subtasks)" }),
  today: localDateOutput.meta({ description: "The owner's today, which Today and Upcoming are counted from" }),
});

const idCountOutput = z.object({ id: idOutput, count: z.number().int() });

export const todoViewCountsOutput = z.object({
  today: z.number().int().meta({ description: "Open todos due today or before" }),
  overdue: z.number().int(),
  upcoming: z.number().int().meta({ description: "Open todos due in the next 14 days, today included" }),
  inbox: z.number().int().meta({ description: "Open top-level todos with no project" }),
  projects: z.array(idCountOutput).meta({ description: "Open top-level todos of each project, in sidebar order" }),
  labels: z.array(idCountOutput).meta({ description: "Open todos with each label" }),
});

export const todoRangeOutput = z.object({
  items: z.array(todoItemOutput),
  today: localDateOutput,
  more: z.boolean().meta({ description: "true: more todos are due in the window than were returned" }),
});

export const projectOutput = z
  .object({ id: idOutput, name: z.string(), color: z.enum(TODO_COLORS), position: z.string(), createdAt: instantOutput, updatedAt: instantOutput })
  .meta({ id: "Project" });

export const deletedProjectOutput = projectOutput.extend({ todoCount: z.number().int().meta({ description: "How many todos it had (moved to the Inbox or deleted)" }) });

export const labelOutput = z.object({ id: idOutput, name: z.string(), color: z.enum(TODO_COLORS), createdAt: instantOutput, updatedAt: instantOutput }).meta({ id: "Label" });

export const todoWithOwnerOutput = z
  .object({ ...todoItemFields, owner: z.object({ id: idOutput, username: z.string() }) })
  .meta({ id: "TodoWithOwner" });
