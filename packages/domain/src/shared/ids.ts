import { regexes } from "zod/v4/core";

// What idSchema (pagination.ts) takes, as a plain check: zod's own UUID
// pattern, without zod's schemas (the regexes module stands alone), so a page
// can tell an id from anything else without loading them.
const ID_PATTERN = regexes.uuid();

export function isId(value: unknown): value is string {
  return typeof value === "string" && ID_PATTERN.test(value);
}
