import { ADMIN_TODO_DUE_FILTERS, TODO_PRIORITIES, type AdminTodoDueFilter, type TodoPriority } from "@planner/domain";

// The filters of a user's todo list on the admin user page: a priority, and
// which due dates (overdue, due today, the next 14 days, none; by the owner's today).

export type AdminTodoFilters = { priority: TodoPriority | null; due: AdminTodoDueFilter | null };

export const NO_TODO_FILTERS: AdminTodoFilters = { priority: null, due: null };

/** A select's value as a filter: a known one, or none (""). */
export function priorityFilterOf(value: string): TodoPriority | null {
  return TODO_PRIORITIES.find((priority) => String(priority) === value) ?? null;
}

export function dueFilterOf(value: string): AdminTodoDueFilter | null {
  return ADMIN_TODO_DUE_FILTERS.find((due) => due === value) ?? null;
}

/** What admin.todos.list is asked for besides the owner: only the filters set. */
export function todoFilterInput(filters: AdminTodoFilters): { priority?: TodoPriority; due?: AdminTodoDueFilter } {
  return { ...(filters.priority !== null ? { priority: filters.priority } : {}), ...(filters.due !== null ? { due: filters.due } : {}) };
}
