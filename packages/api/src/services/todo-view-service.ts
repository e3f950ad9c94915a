import type { Database, SidebarCounts, TodoCounts, ViewScope } from "@planner/db";
import {
  NESTING_TODO_VIEWS,
  NotFoundError,
  localDateOf,
  type Actor,
  type AdminListTodosValues,
  type BoundedTotal,
  type ListTodosValues,
  type TodoRangeValues,
} from "@planner/domain";
import { ownerDay, todoItemOf, type TodoItem } from "./todo-item";

export type TodoListPage = { items: TodoItem[]; nextCursor: string | null; counts: TodoCounts; today: string };

/**
 * One page of a view of the caller's todos (see listTodosInput), in the view
 * order, with the view's counts and the owner's today. A project or label
 * that is not the caller's is not found.
 */
export async function listOwnTodos(db: Database, actor: Actor, input: ListTodosValues, now: Date): Promise<TodoListPage> {
  const day = await ownerDay(db, actor.userId, now);
  if (input.view === "project" && !(await db.projects.findForOwner(actor.userId, input.projectId!))) throw new NotFoundError("That project", "projectNotFound");
  if (input.view === "label" && !(await db.labels.findForOwner(actor.userId, input.labelId!))) throw new NotFoundError("That label", "labelNotFound");
  const scope: ViewScope = { view: input.view, projectId: input.projectId, labelId: input.labelId, today: day.today, upcomingLast: day.upcomingLast };
  const [page, counts] = await Promise.all([
    db.todos.listView(actor.userId, scope, { filter: input.filter, cursor: input.cursor, limit: input.limit, nest: NESTING_TODO_VIEWS.includes(input.view) }),
    db.todos.viewCounts(actor.userId, scope),
  ]);
  return { items: page.items.map((record) => todoItemOf(record, day)), nextCursor: page.nextCursor, counts, today: day.today };
}

/** Open todos per view, project and label, for the sidebar. */
export async function todoViewCounts(db: Database, actor: Actor, now: Date): Promise<SidebarCounts> {
  const day = await ownerDay(db, actor.userId, now);
  return db.todos.sidebarCounts(actor.userId, day);
}

/** At most this many todos in one calendar window. */
export const RANGE_LIMIT = 1000;

/**
 * The caller's todos due in a calendar window (the owner's dates that
 * [from, to) covers), and the open overdue ones when the window holds today.
 */
export async function todosInRange(db: Database, actor: Actor, input: TodoRangeValues, now: Date): Promise<{ items: TodoItem[]; today: string; more: boolean }> {
  const day = await ownerDay(db, actor.userId, now);
  const fromDate = localDateOf(input.from, day.timeZone);
  const lastDate = localDateOf(new Date(input.to.getTime() - 1), day.timeZone);
  const holdsToday = fromDate <= day.today && day.today <= lastDate;
  const { items, more } = await db.todos.dueBetween(actor.userId, { fromDate, lastDate, overdueBefore: holdsToday ? day.today : null, limit: RANGE_LIMIT });
  return { items: items.map((record) => todoItemOf(record, day)), today: day.today, more };
}

/** A page of the admin todos list; `total` (bounded) comes with the first page only. */
export type AdminTodoPage = { items: (TodoItem & { owner: { id: string; username: string } })[]; nextCursor: string | null; total: BoundedTotal | null };

/** Everyone's todos, for admins (the router requires the admin role); overdue by each owner's own today. */
export async function listAllTodos(db: Database, input: AdminListTodosValues, now: Date): Promise<AdminTodoPage> {
  const page = await db.todos.listAll(input, now);
  return {
    ...page,
    items: page.items.map(({ owner, ...record }) => ({ ...todoItemOf(record, { today: localDateOf(now, owner.timeZone), now }), owner: { id: owner.id, username: owner.username } })),
  };
}
