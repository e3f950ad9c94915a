import { z } from "zod";
import type { InputIssueKind } from "./input-issues";
import { INSTANT_RANGE_MESSAGE, isInstantInRange } from "./instant-range";

// The schema of an instant; the range itself (instant-range.ts) needs no zod.
export * from "./instant-range";

/** A date and time in 1900–2200; `required` is the message for a missing or unreadable one. */
export function instantSchema(required = "Choose a date and time.") {
  return z
    .date({ error: required })
    .refine(isInstantInRange, { message: INSTANT_RANGE_MESSAGE, params: { kind: "outOfRange" satisfies InputIssueKind } });
}
