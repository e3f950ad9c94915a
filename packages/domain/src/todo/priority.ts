import { z } from "zod";
import type { TodoPriority } from "./priority-values";

export * from "./priority-values";

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
