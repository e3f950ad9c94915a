import { TOTAL_COUNT_CAP, UPCOMING_DAYS, type AdminTodoDueFilter, type BoundedTotal, type SubtaskDeleteMode, type TodoFilter } from "@planner/domain";
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import { newId } from "../ids";
import { referenceGoneIfForeignKey } from "../prisma-errors";
import { boundedTotal, decodeCursor, encodeCursor } from "./cursor";
import { containsText } from "./text-search";
import { firstTodoKey, lockOwnerOrder, todoKeyAt, type TodoPlace } from "./todo-order";
import { dateValue, findRecord, nestSubtasks, RECORD_COLUMNS, RECORD_JOINS, todoRecordOf, type RecordRow, type TodoRecord } from "./todo-records";
import { decodeViewCursor, encodeViewCursor, viewCountsStatement, viewPageStatement, type ViewScope, DUE_KEY, VIEW_ORDER } from "./todo-view-query";

export type { TodoRecord, ListRef } from "./todo-records";
export type { TodoPlace } from "./todo-order";
export type { ViewScope } from "./todo-view-query";
/** The old name: every todo read is a TodoRecord now. */
export type Todo = TodoRecord;
export type TodoWithOwner = TodoRecord & { owner: { id: string; username: string; timeZone: string } };
export type TodoCounts = { all: number; open: number; done: number };
/** A todo as search lists it. */
export type TodoSearchHit = Pick<TodoRecord, "id" | "contents" | "done" | "createdAt" | "updatedAt">;

/** What the rules need to know of a todo before changing it. */
export type TodoRef = {
  id: string;
  parentId: string | null;
  projectId: string | null;
  dueOn: string | null;
  dueAt: Date | null;
  reminderMinutes: number[];
  hasSubtasks: boolean;
};

/** The stored fields of a new todo (the service has applied the rules). */
export type NewTodo = {
  contents: string;
  dueOn: string | null;
  dueAt: Date | null;
  priority: number;
  projectId: string | null;
  parentId: string | null;
  labelIds: string[];
  reminderMinutes: number[];
};

/** Fields to change; undefined leaves one as it is. `labelIds` replaces the labels. */
export type TodoChanges = Partial<Omit<NewTodo, "labelIds">> & { labelIds?: string[] };

/** A deleted todo to put back, with the subtasks deleted with it; references already checked by the service. */
export type RestoredTodo = NewTodo & {
  id: string;
  done: boolean;
  createdAt: Date;
  position: string | null;
  subtasks: (Omit<RestoredTodo, "subtasks" | "parentId" | "keptSubtaskIds">)[];
  /** Subtasks that were kept as top-level todos when it was deleted: made its subtasks again. */
  keptSubtaskIds: string[];
};

export type SidebarCounts = {
  today: number;
  overdue: number;
  upcoming: number;
  inbox: number;
  projects: { id: string; count: number }[];
  labels: { id: string; count: number }[];
};

export type AdminTodoFilter = {
  ownerId?: string;
  done?: boolean;
  priority?: number;
  projectId?: string;
  due?: AdminTodoDueFilter;
  cursor?: string | null;
  limit: number;
};

const NEWEST_FIRST = [{ createdAt: "desc" }, { id: "desc" }] satisfies Prisma.TodoOrderByWithRelationInput[];

/**
 * Every query is scoped by owner: another person's todo is simply not found,
 * so its existence is never revealed.
 */
export class TodoRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /** One page of a view in the view order; in nesting views each item carries its subtasks. */
  async listView(
    ownerId: string,
    scope: ViewScope,
    page: { filter: TodoFilter; cursor?: string | null; limit: number; nest: boolean },
  ): Promise<{ items: TodoRecord[]; nextCursor: string | null }> {
    const cursor = page.cursor ? decodeViewCursor(page.cursor) : null;
    const rows = await this.prisma.$queryRaw<RecordRow[]>(viewPageStatement(ownerId, scope, page.filter, cursor, page.limit));
    const shown = rows.slice(0, page.limit).map(todoRecordOf);
    const items = page.nest ? await nestSubtasks(this.prisma, shown) : shown;
    const last = shown.at(-1);
    return { items, nextCursor: rows.length > page.limit && last ? encodeViewCursor(last) : null };
  }

  async viewCounts(ownerId: string, scope: ViewScope): Promise<TodoCounts> {
    const [row] = await this.prisma.$queryRaw<{ all: number; done: number }[]>(viewCountsStatement(ownerId, scope));
    const all = row?.all ?? 0;
    const done = row?.done ?? 0;
    return { all, open: all - done, done };
  }

  /** Open todos per view, project and label: the sidebar's numbers. */
  async sidebarCounts(ownerId: string, at: { today: string; upcomingLast: string; now: Date }): Promise<SidebarCounts> {
    const [views, projects, labels] = await Promise.all([
      this.prisma.$queryRaw<{ today: number; overdue: number; upcoming: number; inbox: number }[]>`
        SELECT (count(*) FILTER (WHERE ${DUE_KEY} <= ${at.today}::date))::int AS today,
               (count(*) FILTER (WHERE t.due_on < ${at.today}::date OR t.due_at < ${at.now}::timestamptz))::int AS overdue,
               (count(*) FILTER (WHERE ${DUE_KEY} BETWEEN ${at.today}::date AND ${at.upcomingLast}::date))::int AS upcoming,
               (count(*) FILTER (WHERE t.project_id IS NULL AND t.parent_id IS NULL))::int AS inbox
        FROM todos t WHERE t.owner_id = ${ownerId}::uuid AND NOT t.done`,
      this.prisma.$queryRaw<{ id: string; count: number }[]>`
        SELECT p.id, count(t.id)::int AS count
        FROM projects p LEFT JOIN todos t ON t.project_id = p.id AND t.owner_id = p.owner_id AND NOT t.done AND t.parent_id IS NULL
        WHERE p.owner_id = ${ownerId}::uuid GROUP BY p.id, p.position ORDER BY p.position`,
      this.prisma.$queryRaw<{ id: string; count: number }[]>`
        SELECT l.id, count(t.id)::int AS count
        FROM labels l LEFT JOIN todo_labels tl ON tl.label_id = l.id LEFT JOIN todos t ON t.id = tl.todo_id AND NOT t.done
        WHERE l.owner_id = ${ownerId}::uuid GROUP BY l.id, l.name ORDER BY lower(l.name)`,
    ]);
    const counts = views[0] ?? { today: 0, overdue: 0, upcoming: 0, inbox: 0 };
    return { ...counts, projects, labels };
  }

  /**
   * Todos due on the dates [fromDate, lastDate] (the owner's), and, when
   * `overdueBefore` is given (the window holds today), open ones due before it:
   * in the view order, at most `limit` (`more` says there were others).
   */
  async dueBetween(ownerId: string, window: { fromDate: string; lastDate: string; overdueBefore: string | null; limit: number }): Promise<{ items: TodoRecord[]; more: boolean }> {
    const lower = window.overdueBefore
      ? Prisma.sql`AND (${DUE_KEY} >= ${window.fromDate}::date OR (${DUE_KEY} < ${window.overdueBefore}::date AND NOT t.done))`
      : Prisma.sql`AND ${DUE_KEY} >= ${window.fromDate}::date`;
    const rows = await this.prisma.$queryRaw<RecordRow[]>`
      SELECT ${RECORD_COLUMNS} FROM todos t ${RECORD_JOINS}
      WHERE t.owner_id = ${ownerId}::uuid AND ${DUE_KEY} <= ${window.lastDate}::date ${lower}
      ORDER BY ${VIEW_ORDER} LIMIT ${window.limit + 1}`;
    return { items: rows.slice(0, window.limit).map(todoRecordOf), more: rows.length > window.limit };
  }

  /** One of the owner's todos with its details and subtasks. */
  findForOwner(ownerId: string, id: string, nest = true): Promise<TodoRecord | null> {
    return findRecord(this.prisma, ownerId, id, nest);
  }

  async findRef(ownerId: string, id: string): Promise<TodoRef | null> {
    const row = await this.prisma.todo.findFirst({
      where: { id, ownerId },
      select: { id: true, parentId: true, projectId: true, dueOn: true, dueAt: true, reminderMinutes: true, _count: { select: { subtasks: true } } },
    });
    return row
      ? { id: row.id, parentId: row.parentId, projectId: row.projectId, dueOn: row.dueOn ? row.dueOn.toISOString().slice(0, 10) : null, dueAt: row.dueAt, reminderMinutes: row.reminderMinutes, hasSubtasks: row._count.subtasks > 0 }
      : null;
  }

  /**
   * One owner's todos whose contents contain `text` (any case, literally),
   * newest first: a walk of the (owner_id, created_at, id) index stopped after
   * `limit` + 1 matches (the extra one says there are more).
   */
  async searchForOwner(ownerId: string, text: string, limit: number): Promise<{ items: TodoSearchHit[]; more: boolean }> {
    const rows = await this.prisma.todo.findMany({
      where: { ownerId, contents: containsText(text) },
      orderBy: NEWEST_FIRST,
      take: limit + 1,
      select: { id: true, contents: true, done: true, createdAt: true, updatedAt: true },
    });
    return { items: rows.slice(0, limit), more: rows.length > limit };
  }

  /**
   * A new todo goes first in the owner's manual order, under the owner's order
   * lock. "referenceGone": its project, parent or a label was deleted meanwhile.
   */
  async create(ownerId: string, todo: NewTodo): Promise<TodoRecord | "referenceGone"> {
    const id = newId();
    const created = await this.prisma
      .$transaction(async (tx) => {
        await lockOwnerOrder(tx, ownerId);
        const position = await firstTodoKey(tx, ownerId);
        await tx.todo.create({ data: { id, ownerId, position, ...storedFields(todo), labels: labelLinks(todo.labelIds) } });
        return "created" as const;
      })
      .catch(referenceGoneIfForeignKey);
    return created === "created" ? (await this.findForOwner(ownerId, id))! : created;
  }

  /** Changes a todo; when its project changes, its subtasks move with it. */
  async update(ownerId: string, id: string, changes: TodoChanges): Promise<TodoRecord | null | "referenceGone"> {
    const { labelIds, ...fields } = changes;
    const updated = await this.prisma.$transaction(async (tx) => {
      const { count } = await tx.todo.updateMany({ where: { id, ownerId }, data: storedChanges(fields) });
      if (count === 0) return false;
      if (fields.projectId !== undefined) await tx.todo.updateMany({ where: { parentId: id, ownerId }, data: { projectId: fields.projectId } });
      if (labelIds) {
        await tx.todoLabel.deleteMany({ where: { todoId: id } });
        await tx.todoLabel.createMany({ data: labelIds.map((labelId) => ({ todoId: id, labelId })) });
      }
      return true;
    }).catch(referenceGoneIfForeignKey);
    if (updated === "referenceGone") return updated;
    return updated ? this.findForOwner(ownerId, id) : null;
  }

  /** Puts a todo at `place` in the owner's order (under the lock). "neighbourNotFound": the other todo is not the owner's. */
  async move(ownerId: string, id: string, place: TodoPlace): Promise<TodoRecord | null | "neighbourNotFound"> {
    const outcome = await this.prisma.$transaction(async (tx) => {
      await lockOwnerOrder(tx, ownerId);
      const exists = await tx.todo.findFirst({ where: { id, ownerId }, select: { id: true } });
      if (!exists) return "notFound" as const;
      const position = await todoKeyAt(tx, ownerId, place, id);
      if (position === null) return "neighbourNotFound" as const;
      await tx.todo.update({ where: { id }, data: { position } });
      return "moved" as const;
    });
    if (outcome === "notFound") return null;
    if (outcome === "neighbourNotFound") return outcome;
    return this.findForOwner(ownerId, id);
  }

  /** Flips done in one statement, so two quick clicks cannot both read the old value. */
  async toggle(ownerId: string, id: string): Promise<TodoRecord | null> {
    const count = await this.prisma.$executeRaw`
      UPDATE todos SET done = NOT done, updated_at = now() WHERE id = ${id}::uuid AND owner_id = ${ownerId}::uuid`;
    return count === 0 ? null : this.findForOwner(ownerId, id);
  }

  /**
   * Deletes a todo and returns it as it was, with the subtasks deleted with it
   * (the client offers to undo). `keep` makes its subtasks top-level todos first.
   */
  async delete(ownerId: string, id: string, subtasks: SubtaskDeleteMode): Promise<TodoRecord | null> {
    return this.prisma.$transaction(async (tx) => {
      const record = await findRecord(tx as PrismaClient, ownerId, id, true);
      if (!record) return null;
      if (subtasks === "keep") {
        await tx.todo.updateMany({ where: { parentId: id, ownerId }, data: { parentId: null } });
        record.subtasks = [];
      }
      await tx.todo.delete({ where: { id } });
      return record;
    });
  }

  /**
   * Re-inserts a deleted todo with its id, creation time, labels and place
   * (a new place first in the order if another todo holds it now), the
   * subtasks deleted with it, and makes the kept ones its subtasks again.
   */
  async restore(ownerId: string, todo: RestoredTodo): Promise<TodoRecord | "referenceGone"> {
    const restored = await this.prisma.$transaction(async (tx) => {
      await lockOwnerOrder(tx, ownerId);
      const placeFor = async (wanted: string | null) =>
        wanted !== null && !(await tx.todo.findFirst({ where: { ownerId, position: wanted }, select: { id: true } })) ? wanted : firstTodoKey(tx, ownerId);
      const restoreOne = async (item: Omit<RestoredTodo, "subtasks" | "keptSubtaskIds">) =>
        tx.todo.create({
          data: { id: item.id, ownerId, done: item.done, createdAt: item.createdAt, position: await placeFor(item.position), ...storedFields(item), labels: labelLinks(item.labelIds) },
        });
      await restoreOne(todo);
      for (const subtask of todo.subtasks) await restoreOne({ ...subtask, parentId: todo.id, projectId: todo.projectId });
      if (todo.keptSubtaskIds.length > 0) {
        await tx.todo.updateMany({
          where: { id: { in: todo.keptSubtaskIds }, ownerId, parentId: null, subtasks: { none: {} } },
          data: { parentId: todo.id, projectId: todo.projectId },
        });
      }
      return "restored" as const;
    }).catch(referenceGoneIfForeignKey);
    return restored === "restored" ? (await this.findForOwner(ownerId, todo.id))! : restored;
  }

  async exists(id: string): Promise<boolean> {
    return (await this.prisma.todo.count({ where: { id } })) > 0;
  }

  /** Which of these ids are todos already (the undo never overwrites). */
  async existing(ids: string[]): Promise<string[]> {
    return (await this.prisma.todo.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((row) => row.id);
  }

  /**
   * Everyone's todos (or one owner's), filtered, newest first by keyset
   * cursor over the (created_at, id) indexes, with their owners. Due filters
   * compare with each owner's own today (`now` in the owner's zone). The
   * first page also carries a total counted no further than TOTAL_COUNT_CAP.
   */
  async listAll(filter: AdminTodoFilter, now: Date): Promise<{ items: TodoWithOwner[]; nextCursor: string | null; total: BoundedTotal | null }> {
    const where = adminCondition(filter, now);
    const cursor = filter.cursor ? decodeCursor(filter.cursor) : null;
    const after = cursor ? Prisma.sql`AND (t.created_at, t.id) < (${cursor.at}::timestamptz, ${cursor.id}::uuid)` : Prisma.empty;
    const from = filter.due ? Prisma.sql`todos t JOIN users u ON u.id = t.owner_id` : Prisma.sql`todos t`;
    const [rows, counted] = await Promise.all([
      this.prisma.$queryRaw<(RecordRow & { owner_id: string; owner_username: string; owner_time_zone: string })[]>`
        WITH page AS (
          SELECT t.id FROM ${from} WHERE ${where} ${after}
          ORDER BY t.created_at DESC, t.id DESC LIMIT ${filter.limit + 1}
        )
        SELECT ${RECORD_COLUMNS}, o.id AS owner_id, o.username AS owner_username, o.time_zone AS owner_time_zone
        FROM page JOIN todos t ON t.id = page.id JOIN users o ON o.id = t.owner_id ${RECORD_JOINS}
        ORDER BY t.created_at DESC, t.id DESC`,
      cursor
        ? null
        : this.prisma.$queryRaw<{ n: number }[]>`
            SELECT count(*)::int AS n FROM (SELECT 1 FROM ${from} WHERE ${where} ORDER BY t.created_at DESC, t.id DESC LIMIT ${TOTAL_COUNT_CAP + 1}) AS counted`,
    ]);
    const shown = rows.slice(0, filter.limit);
    const last = shown.at(-1);
    return {
      items: shown.map((row) => ({ ...todoRecordOf(row), owner: { id: row.owner_id, username: row.owner_username, timeZone: row.owner_time_zone } })),
      nextCursor: rows.length > filter.limit && last ? encodeCursor(new Date(last.created_at), last.id) : null,
      total: counted === null ? null : boundedTotal(counted[0]?.n ?? 0),
    };
  }

}

function storedFields(todo: Omit<NewTodo, "labelIds">) {
  return {
    contents: todo.contents,
    dueOn: dateValue(todo.dueOn),
    dueAt: todo.dueAt,
    priority: todo.priority,
    projectId: todo.projectId,
    parentId: todo.parentId,
    reminderMinutes: todo.reminderMinutes,
  };
}

function storedChanges(changes: Omit<TodoChanges, "labelIds">): Prisma.TodoUncheckedUpdateManyInput {
  return {
    ...changes,
    ...(changes.dueOn !== undefined ? { dueOn: dateValue(changes.dueOn) } : {}),
    updatedAt: new Date(),
  };
}

function labelLinks(labelIds: string[]) {
  return { create: labelIds.map((labelId) => ({ labelId })) };
}

function adminCondition(filter: AdminTodoFilter, now: Date): Prisma.Sql {
  const conditions = [Prisma.sql`TRUE`];
  if (filter.ownerId) conditions.push(Prisma.sql`t.owner_id = ${filter.ownerId}::uuid`);
  if (filter.done !== undefined) conditions.push(Prisma.sql`t.done = ${filter.done}`);
  if (filter.priority !== undefined) conditions.push(Prisma.sql`t.priority = ${filter.priority}::smallint`);
  if (filter.projectId) conditions.push(Prisma.sql`t.project_id = ${filter.projectId}::uuid`);
  // Each owner's today: the date `now` is on in the owner's zone.
  const today = Prisma.sql`(${now}::timestamptz AT TIME ZONE u.time_zone)::date`;
  switch (filter.due) {
    case "overdue":
      conditions.push(Prisma.sql`NOT t.done AND (t.due_on < ${today} OR t.due_at < ${now}::timestamptz)`);
      break;
    case "today":
      conditions.push(Prisma.sql`t.due_on = ${today}`);
      break;
    case "upcoming":
      conditions.push(Prisma.sql`t.due_on BETWEEN ${today} AND ${today} + ${UPCOMING_DAYS - 1}::int`);
      break;
    case "none":
      conditions.push(Prisma.sql`t.due_on IS NULL`);
      break;
    case undefined:
      break;
  }
  return Prisma.join(conditions, " AND ");
}
