import { z } from "zod";

/** P1 (highest) to P4 (the default: no particular priority), as Todoist has them. */
export const TODO_PRIORITIES = [1, 2, 3, 4] as const;
export type TodoPriority = (typeof TODO_PRIORITIES)[number];
export const DEFAULT_TODO_PRIORITY: TodoPriority = 4;

const PRIORITY_MESSAGE = "Choose a priority from 1 (highest) to 4.";
// A number checked by range rather than z.literal([1, 2, 3, 4]): the REST edge
// reads numbers from query strings by their schema, and the OpenAPI generator
// cannot put a choice of numbers in a query parameter.
export const todoPrioritySchema = z
  .number({ error: PRIORITY_MESSAGE })
  .int(PRIORITY_MESSAGE)
  .min(1, PRIORITY_MESSAGE)
  .max(4, PRIORITY_MESSAGE)
  .transform((value) => value as TodoPriority);

export function isTodoPriority(value: unknown): value is TodoPriority {
  return (TODO_PRIORITIES as readonly unknown[]).includes(value);
}
