import { randomUUID } from "node:crypto";

/** Any valid uuid will do for rows a test inserts directly. */
export function newIdForTests(): string {
  return randomUUID();
}
