import { z } from "zod";
import { localDateSchema } from "../schedule/all-day";
import { DUE_TIME_PATTERN } from "./due-dates";

// The schemas of a todo's due date and time. The dates themselves (due-dates.ts)
// need no zod: pages that only show todos load them without it.
export * from "./due-dates";

export const dueDateSchema = localDateSchema("Choose the date it is due.");
export const dueTimeSchema = z
  .string({ error: "Give the time as HH:mm, e.g. 15:30." })
  .regex(DUE_TIME_PATTERN, { message: "Give the time as HH:mm, e.g. 15:30." });
