import type { InfiniteData } from "@tanstack/react-query";
import type { TodoFilter } from "@planner/domain";
import { shiftDate } from "~/features/schedule/zoned-time";
import { UPCOMING_DAYS } from "./day-groups";
import { compareTodos } from "./todo-order";
import type { Todo, TodoCounts, TodoListPage } from "./types";
import { nestsSubtasks, type TodoView } from "./views";

// Pure edits of the cached `todo.list` pages, for optimistic updates. Every
// edit is a change that can be inverted, so a refused one is rolled back
// without undoing other edits made while it was on its way. Each cached list
// is one view and filter: a change puts the todo where that view would (in
// the view's order, nested under its parent where the view nests subtasks),
// takes it out where it no longer belongs, and moves that view's counts.

export type TodoListData = InfiniteData<TodoListPage, string | null>;

export type TodoChange =
  | { kind: "added"; todo: Todo }
  | { kind: "removed"; todo: Todo }
  | { kind: "changed"; before: Todo; after: Todo }
  /** Several changes as one (a parent deleted with its subtasks kept), undone in reverse. */
  | { kind: "batch"; changes: TodoChange[] };

/** Which cached list a change is applied to. */
export type ListScope = { view: TodoView; filter: TodoFilter };

const PENDING_PREFIX = "pending-";
let pendingCount = 0;

/** A todo shown before the server has stored it; its id is not a real one yet. */
export function pendingTodo(contents: string, fields: Partial<Todo> = {}): Todo {
  pendingCount += 1;
  const now = new Date();
  return {
    id: `${PENDING_PREFIX}${now.getTime()}-${pendingCount}`,
    contents,
    done: false,
    dueOn: null,
    dueAt: null,
    priority: 4,
    project: null,
    labels: [],
    parent: null,
    subtasks: [],
    // Before any real key ("a0"…): new todos go first in the manual order.
    position: " ",
    reminderMinutes: [],
    overdue: false,
    createdAt: now,
    updatedAt: now,
    ...fields,
  };
}

export function isPendingTodo(todo: { id: string }): boolean {
  return todo.id.startsWith(PENDING_PREFIX);
}

export function invertTodoChange(change: TodoChange): TodoChange {
  switch (change.kind) {
    case "added":
      return { kind: "removed", todo: change.todo };
    case "removed":
      return { kind: "added", todo: change.todo };
    case "changed":
      return { kind: "changed", before: change.after, after: change.before };
    case "batch":
      return { kind: "batch", changes: [...change.changes].reverse().map(invertTodoChange) };
  }
}

/** Whether a todo is in a view, whatever the filter (the view's counts count these). */
export function inView(view: TodoView, todo: Todo, today: string): boolean {
  switch (view.kind) {
    case "all":
      return true;
    case "today":
      return todo.dueOn !== null && todo.dueOn <= today;
    case "upcoming":
      return todo.dueOn !== null && todo.dueOn >= today && todo.dueOn <= shiftDate(today, "days", UPCOMING_DAYS - 1);
    case "inbox":
      return todo.project === null;
    case "project":
      return todo.project?.id === view.id;
    case "label":
      return todo.labels.some((label) => label.id === view.id);
  }
}

function passesFilter(filter: TodoFilter, todo: Todo): boolean {
  return filter === "all" || (filter === "done") === todo.done;
}

/** Where a todo goes in a list: a row of its own, under its parent's row, or nowhere. */
function placeIn(scope: ListScope, todo: Todo, today: string): "item" | "nested" | null {
  if (nestsSubtasks(scope.view)) {
    if (todo.parent) return "nested";
    return inView(scope.view, todo, today) && passesFilter(scope.filter, todo) ? "item" : null;
  }
  return inView(scope.view, todo, today) && passesFilter(scope.filter, todo) ? "item" : null;
}

/** Counted in the view's All / Open / Done: the rows the view would have without a filter. */
function counted(scope: ListScope, todo: Todo, today: string): boolean {
  if (nestsSubtasks(scope.view) && todo.parent) return false;
  return inView(scope.view, todo, today);
}

/** The cached list of one view and filter after the change. */
export function applyTodoChange(data: TodoListData, scope: ListScope, change: TodoChange): TodoListData {
  if (change.kind === "batch") return change.changes.reduce((result, part) => applyTodoChange(result, scope, part), data);
  const today = data.pages[0]?.today ?? "";
  const withCounts: TodoListData = { ...data, pages: data.pages.map((page) => ({ ...page, counts: adjustCounts(page.counts, scope, change, today) })) };
  const before = change.kind === "added" ? null : change.kind === "removed" ? change.todo : change.before;
  const after = change.kind === "added" ? change.todo : change.kind === "removed" ? null : change.after;
  let result = before ? takeOut(withCounts, before) : withCounts;
  if (after) {
    const place = placeIn(scope, after, today);
    if (place === "item") result = insertItem(result, keepSubtasks(result, data, after));
    else if (place === "nested") result = insertSubtask(result, after);
  }
  return result;
}

function adjustCounts(counts: TodoCounts, scope: ListScope, change: Exclude<TodoChange, { kind: "batch" }>, today: string): TodoCounts {
  const delta = (todo: Todo, sign: number) =>
    counted(scope, todo, today) ? { all: sign, open: todo.done ? 0 : sign, done: todo.done ? sign : 0 } : { all: 0, open: 0, done: 0 };
  const parts =
    change.kind === "added" ? [delta(change.todo, 1)] : change.kind === "removed" ? [delta(change.todo, -1)] : [delta(change.before, -1), delta(change.after, 1)];
  return parts.reduce(
    (sum, part) => ({
      all: Math.max(0, sum.all + part.all),
      open: Math.max(0, sum.open + part.open),
      done: Math.max(0, sum.done + part.done),
    }),
    counts,
  );
}

function mapItems(data: TodoListData, edit: (items: Todo[]) => Todo[]): TodoListData {
  return { ...data, pages: data.pages.map((page) => ({ ...page, items: edit(page.items) })) };
}

/** The todo gone from the list: its row, and from under any parent's row. */
function takeOut(data: TodoListData, todo: Todo): TodoListData {
  return mapItems(data, (items) =>
    items
      .filter((item) => item.id !== todo.id)
      .map((item) => (item.subtasks.some((sub) => sub.id === todo.id) ? { ...item, subtasks: item.subtasks.filter((sub) => sub.id !== todo.id) } : item)),
  );
}

/**
 * A changed parent keeps the subtasks its row shows: those are edited by
 * their own changes, and the server's answer to a change of the parent may
 * not list them.
 */
function keepSubtasks(current: TodoListData, original: TodoListData, todo: Todo): Todo {
  const shown = findItem(original, todo.id) ?? findItem(current, todo.id);
  return shown && shown.subtasks.length > 0 && todo.subtasks.length === 0 ? { ...todo, subtasks: shown.subtasks } : todo;
}

function findItem(data: TodoListData, id: string): Todo | undefined {
  for (const page of data.pages) {
    const found = page.items.find((item) => item.id === id);
    if (found) return found;
  }
  return undefined;
}

/** Under its parent's row, in the manual order; nowhere if the parent is not shown. */
function insertSubtask(data: TodoListData, todo: Todo): TodoListData {
  const parentId = todo.parent?.id;
  return mapItems(data, (items) =>
    items.map((item) => {
      if (item.id !== parentId) return item;
      const subtasks = [...item.subtasks.filter((sub) => sub.id !== todo.id), todo].sort(byPosition);
      return { ...item, subtasks };
    }),
  );
}

function byPosition(a: Todo, b: Todo): number {
  return a.position < b.position ? -1 : a.position > b.position ? 1 : a.id < b.id ? -1 : 1;
}

/** Where the server would put it; not at all if that is past the pages loaded so far. */
function insertItem(data: TodoListData, todo: Todo): TodoListData {
  const lastIndex = data.pages.length - 1;
  let placed = false;
  const pages = data.pages.map((page, index) => {
    if (placed) return page;
    const at = page.items.findIndex((item) => compareTodos(todo, item) < 0);
    if (at >= 0) {
      placed = true;
      return { ...page, items: [...page.items.slice(0, at), todo, ...page.items.slice(at)] };
    }
    if (index === lastIndex && page.nextCursor === null) {
      placed = true;
      return { ...page, items: [...page.items, todo] };
    }
    return page;
  });
  return { ...data, pages };
}
