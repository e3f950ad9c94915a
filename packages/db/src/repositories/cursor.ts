import { TOTAL_COUNT_CAP, ValidationError, type BoundedTotal } from "@planner/domain";

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

// Prisma cannot write the row comparison (at, id) < (cursor.at, cursor.id),
// and an OR alone is only a filter: the index would be read from the start
// and every row before the cursor thrown away. The extra plain bound on the
// timestamp is what the index seeks to; the OR then only settles ties.

/** Rows strictly after the cursor in (createdAt desc, id desc) order: the newest-first lists. */
export function afterCursorNewestFirst(cursor: Cursor) {
  return {
    createdAt: { lte: cursor.at },
    OR: [{ createdAt: { lt: cursor.at } }, { createdAt: cursor.at, id: { lt: cursor.id } }],
  };
}

/** Rows strictly after the cursor in (startAt, id) order, ascending or descending. */
export function afterCursorByStart(cursor: Cursor, order: "asc" | "desc") {
  return order === "asc"
    ? { startAt: { gte: cursor.at }, OR: [{ startAt: { gt: cursor.at } }, { startAt: cursor.at, id: { gt: cursor.id } }] }
    : { startAt: { lte: cursor.at }, OR: [{ startAt: { lt: cursor.at } }, { startAt: cursor.at, id: { lt: cursor.id } }] };
}

/** One page of a keyset list: `take` was limit + 1, so an extra row means there is a next page. */
export function keysetPage<Row extends { id: string }>(rows: Row[], limit: number, keyOf: (row: Row) => Date): { items: Row[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(keyOf(last), last.id) : null };
}

/** Turns a count taken with `take: TOTAL_COUNT_CAP + 1` into a bounded total. */
export function boundedTotal(countedUpToCapPlusOne: number): BoundedTotal {
  return countedUpToCapPlusOne > TOTAL_COUNT_CAP ? { count: TOTAL_COUNT_CAP, capped: true } : { count: countedUpToCapPlusOne, capped: false };
}
