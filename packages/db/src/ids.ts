import { uuidv7 } from "uuidv7";

/** Time-ordered, non-sequential ids: index-friendly inserts, nothing to guess. */
export function newId(): string {
  return uuidv7();
}
