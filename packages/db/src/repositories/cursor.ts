import { ValidationError } from "@planner/domain";

/** The sort key of the last row a page showed (a timestamp and the id as tie-break); opaque to clients. */
export type Cursor = { at: Date; id: string };

export function encodeCursor(at: Date, id: string): string {
  return Buffer.from(JSON.stringify([at.toISOString(), id])).toString("base64url");
}

export function decodeCursor(cursor: string): Cursor {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as [string, string];
    const date = new Date(at);
    if (typeof id !== "string" || !/^[0-9a-f-]{36}$/i.test(id) || Number.isNaN(date.getTime())) throw new Error("bad cursor");
    return { at: date, id };
  } catch {
    throw new ValidationError("That page link is not valid any more. Reload the list.", { cursor: ["Not a valid cursor."] }, "staleCursor");
  }
}

/** Rows strictly after the cursor in (createdAt desc, id desc) order: the newest-first lists. */
export function afterCursorNewestFirst(cursor: Cursor) {
  return { OR: [{ createdAt: { lt: cursor.at } }, { createdAt: cursor.at, id: { lt: cursor.id } }] };
}
