import { NESTING_TODO_VIEWS, ValidationError, type TodoFilter, type TodoView } from "@planner/domain";
import { Prisma } from "../generated/prisma/client";
import { RECORD_COLUMNS, RECORD_JOINS } from "./todo-records";

// The views' order and filters as SQL. The order is (due date, none last;
// date-only before timed on a day; the time; priority; manual position; id),
// written as expressions that are never NULL so a keyset cursor is one row
// comparison; the migration's todos_owner_view_order_idx and
// todos_project_view_order_idx index exactly these expressions, so a page is
// an index range read that stops after limit + 1 rows (no sort).

export const DUE_KEY = Prisma.sql`COALESCE(t.due_on, 'infinity'::date)`;
export const TIME_KEY = Prisma.sql`COALESCE(t.due_at, '-infinity'::timestamptz)`;
export const VIEW_ORDER = Prisma.sql`${DUE_KEY}, ${TIME_KEY}, t.priority, t.position, t.id`;

export type ViewScope = {
  view: TodoView;
  projectId?: string;
  labelId?: string;
  /** The owner's today and the last day of Upcoming, "YYYY-MM-DD". */
  today: string;
  upcomingLast: string;
};

/** The rows of a view (before the open/done filter), for todos aliased `t`. */
export function viewCondition(ownerId: string, scope: ViewScope): Prisma.Sql {
  const conditions = [Prisma.sql`t.owner_id = ${ownerId}::uuid`];
  if (NESTING_TODO_VIEWS.includes(scope.view)) conditions.push(Prisma.sql`t.parent_id IS NULL`);
  switch (scope.view) {
    case "inbox":
      conditions.push(Prisma.sql`t.project_id IS NULL`);
      break;
    case "project":
      conditions.push(Prisma.sql`t.project_id = ${scope.projectId}::uuid`);
      break;
    case "today":
      conditions.push(Prisma.sql`${DUE_KEY} <= ${scope.today}::date`);
      break;
    case "upcoming":
      conditions.push(Prisma.sql`${DUE_KEY} BETWEEN ${scope.today}::date AND ${scope.upcomingLast}::date`);
      break;
    case "label":
      conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM todo_labels tl WHERE tl.todo_id = t.id AND tl.label_id = ${scope.labelId}::uuid)`);
      break;
    case "all":
      break;
  }
  return Prisma.join(conditions, " AND ");
}

export function filterCondition(filter: TodoFilter): Prisma.Sql {
  return filter === "open" ? Prisma.sql`AND NOT t.done` : filter === "done" ? Prisma.sql`AND t.done` : Prisma.empty;
}

/** The sort key of the last row a page showed: opaque to clients. */
export type ViewCursor = { dueOn: string | null; dueAt: Date | null; priority: number; position: string; id: string };

export function encodeViewCursor(row: ViewCursor): string {
  return Buffer.from(JSON.stringify(["v1", row.dueOn, row.dueAt?.toISOString() ?? null, row.priority, row.position, row.id])).toString("base64url");
}

export function decodeViewCursor(cursor: string): ViewCursor {
  try {
    const [tag, dueOn, dueAt, priority, position, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown[];
    const date = typeof dueAt === "string" ? new Date(dueAt) : null;
    const valid =
      tag === "v1" &&
      (dueOn === null || (typeof dueOn === "string" && /^\d{4}-\d{2}-\d{2}$/.test(dueOn))) &&
      (dueAt === null || (date !== null && !Number.isNaN(date.getTime()))) &&
      typeof priority === "number" && Number.isInteger(priority) && priority >= 1 && priority <= 4 &&
      typeof position === "string" && position.length > 0 && position.length <= 200 &&
      typeof id === "string" && /^[0-9a-f-]{36}$/i.test(id);
    if (!valid) throw new Error("bad cursor");
    return { dueOn: dueOn, dueAt: date, priority: priority, position: position, id: id };
  } catch {
    throw new ValidationError("That page link is not valid any more. Reload the list.", { cursor: ["Not a valid cursor."] }, "staleCursor");
  }
}

/** Rows strictly after the cursor in the view order: one row comparison, which the index seeks to. */
export function afterViewCursor(cursor: ViewCursor): Prisma.Sql {
  return Prisma.sql`AND (${VIEW_ORDER}) > (
    ${cursor.dueOn ?? "infinity"}::date, ${cursor.dueAt?.toISOString() ?? "-infinity"}::timestamptz,
    ${cursor.priority}::smallint, ${cursor.position}::text COLLATE "C", ${cursor.id}::uuid)`;
}

/**
 * One page of a view in order, with each todo's details (limit + 1 rows: an
 * extra one means there is a next page). The page is found first, by the
 * index alone; only its rows are then joined to their project, parent and labels.
 */
export function viewPageStatement(ownerId: string, scope: ViewScope, filter: TodoFilter, cursor: ViewCursor | null, limit: number): Prisma.Sql {
  return Prisma.sql`
    WITH page AS (
      SELECT t.id FROM todos t
      WHERE ${viewCondition(ownerId, scope)} ${filterCondition(filter)} ${cursor ? afterViewCursor(cursor) : Prisma.empty}
      ORDER BY ${VIEW_ORDER}
      LIMIT ${limit + 1}
    )
    SELECT ${RECORD_COLUMNS} FROM page JOIN todos t ON t.id = page.id ${RECORD_JOINS}
    ORDER BY ${VIEW_ORDER}`;
}

export function viewCountsStatement(ownerId: string, scope: ViewScope): Prisma.Sql {
  return Prisma.sql`
    SELECT count(*)::int AS "all", (count(*) FILTER (WHERE t.done))::int AS "done"
    FROM todos t WHERE ${viewCondition(ownerId, scope)}`;
}
