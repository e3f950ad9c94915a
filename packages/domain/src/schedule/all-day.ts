import { z } from "zod";
import { INSTANT_RANGE_MESSAGE } from "../shared/instant-range";
import type { InputIssueKind } from "../shared/input-issues";
import { DATE_PATTERN, isLocalDate } from "./local-dates";

// The schema of a local date; the dates themselves (local-dates.ts) need no zod.
export * from "./local-dates";

/** A calendar date, YYYY-MM-DD, in 1900–2200. */
export function localDateSchema(required = "Choose a date.") {
  return z
    .string({ error: required })
    .regex(DATE_PATTERN, { message: "Give the date as YYYY-MM-DD." })
    .refine(isLocalDate, { message: INSTANT_RANGE_MESSAGE, params: { kind: "outOfRange" satisfies InputIssueKind } });
}
