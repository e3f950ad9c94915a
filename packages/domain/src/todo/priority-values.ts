/** P1 (highest) to P4 (the default: no particular priority), as Todoist has them. */
export const TODO_PRIORITIES = [1, 2, 3, 4] as const;
export type TodoPriority = (typeof TODO_PRIORITIES)[number];
export const DEFAULT_TODO_PRIORITY: TodoPriority = 4;

export function isTodoPriority(value: unknown): value is TodoPriority {
  return (TODO_PRIORITIES as readonly unknown[]).includes(value);
}
