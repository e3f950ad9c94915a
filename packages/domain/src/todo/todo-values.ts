import type { RestoreTodoInput, RestoreTodoValues } from "./schemas";

// A todo's fixed values and limits, without zod: pages that show todos load
// these, not the schemas (schemas.ts).

export const TODO_CONTENTS_MAX = 256;
export const TODO_FILTERS = ["all", "open", "done"] as const;
export type TodoFilter = (typeof TODO_FILTERS)[number];
/**
 * The views of the todos screen. all / inbox / project list top-level todos
 * with their subtasks nested; today (due today or overdue), upcoming (the
 * next UPCOMING_DAYS days) and label list every matching todo, subtasks too.
 */
export const TODO_VIEWS = ["all", "today", "upcoming", "inbox", "project", "label"] as const;
export type TodoView = (typeof TODO_VIEWS)[number];
/** Views whose items are top-level todos with their subtasks nested. */
export const NESTING_TODO_VIEWS: readonly TodoView[] = ["all", "inbox", "project"];
/** Labels one todo may carry. */
export const MAX_TODO_LABELS = 20;
/** What deleting a todo does to its subtasks: `delete` them too, or `keep` them as top-level todos. */
export const SUBTASK_DELETE_MODES = ["delete", "keep"] as const;
export type SubtaskDeleteMode = (typeof SUBTASK_DELETE_MODES)[number];

export const DUE_TIME_NEEDS_DATE = "Choose a date for the time (dueOn).";
export const REMINDERS_NEED_TIME = "Reminders need a due time (dueTime).";

/** A deleted TodoItem as restoreTodoInput takes it back (what the undo sends). */
type RestorableFields = {
  id: string;
  contents: string;
  done: boolean;
  createdAt: Date;
  dueOn: string | null;
  dueAt: Date | null;
  priority: number;
  project: { id: string } | null;
  labels: { id: string }[];
  parent: { id: string } | null;
  position: string;
  reminderMinutes: number[];
};
export type RestorableTodo = RestorableFields & { subtasks?: RestorableFields[] };

export function restoreTodoInputOf(todo: RestorableTodo, keptSubtaskIds: string[] = []): RestoreTodoInput {
  const fields = (item: RestorableFields) => ({
    id: item.id,
    contents: item.contents,
    done: item.done,
    createdAt: item.createdAt,
    dueOn: item.dueOn,
    dueAt: item.dueAt,
    priority: item.priority as RestoreTodoValues["priority"],
    projectId: item.project?.id ?? null,
    labelIds: item.labels.map((label) => label.id),
    // A todo not saved yet has no place of its own.
    position: item.position || null,
    reminderMinutes: item.reminderMinutes,
  });
  return { ...fields(todo), parentId: todo.parent?.id ?? null, subtasks: (todo.subtasks ?? []).map(fields), keptSubtaskIds };
}

/** Which due dates the admin list keeps: overdue (open, past due), due today, upcoming (the next 14 days), none. */
export const ADMIN_TODO_DUE_FILTERS = ["overdue", "today", "upcoming", "none"] as const;
export type AdminTodoDueFilter = (typeof ADMIN_TODO_DUE_FILTERS)[number];
