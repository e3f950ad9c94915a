import type { InfiniteData } from "@tanstack/react-query";
import type { TodoFilter } from "@planner/domain";
import type { Todo, TodoCounts, TodoListPage } from "./types";

// Pure edits of the cached `todo.list` pages, for optimistic updates. Every
// edit is a change that can be inverted, so a refused one is rolled back
// without undoing other edits made while it was on its way.

export type TodoListData = InfiniteData<TodoListPage, string | null>;

export type TodoChange =
  | { kind: "added"; todo: Todo }
  | { kind: "removed"; todo: Todo }
  | { kind: "changed"; before: Todo; after: Todo };

const PENDING_PREFIX = "pending-";
let pendingCount = 0;

/** A todo shown before the server has stored it; its id is not a real one yet. */
export function pendingTodo(contents: string): Todo {
  pendingCount += 1;
  const now = new Date();
  return {
    id: `${PENDING_PREFIX}${now.getTime()}-${pendingCount}`,
    contents,
    done: false,
    createdAt: now,
    updatedAt: now,
    // What the server gives a todo made from its text alone.
    dueOn: null,
    dueAt: null,
    priority: 4,
    project: null,
    labels: [],
    parent: null,
    subtasks: [],
    position: "",
    reminderMinutes: [],
    overdue: false,
  };
}

export function isPendingTodo(todo: Todo): boolean {
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
  }
}

function filterShows(filter: TodoFilter, todo: Todo): boolean {
  return filter === "all" || (filter === "done") === todo.done;
}

/** The cached list of one filter after the change. Counts cover every filter, so they always move. */
export function applyTodoChange(data: TodoListData, filter: TodoFilter, change: TodoChange): TodoListData {
  const counted: TodoListData = { ...data, pages: data.pages.map((page) => ({ ...page, counts: adjustCounts(page.counts, change) })) };
  switch (change.kind) {
    case "added":
      return filterShows(filter, change.todo) ? insertInOrder(counted, change.todo) : counted;
    case "removed":
      return removeById(counted, change.todo.id);
    case "changed": {
      const shownBefore = filterShows(filter, change.before);
      const shownAfter = filterShows(filter, change.after);
      if (shownBefore && shownAfter) return replaceById(counted, change.before.id, change.after);
      if (shownBefore) return removeById(counted, change.before.id);
      if (shownAfter) return insertInOrder(counted, change.after);
      return counted;
    }
  }
}

function adjustCounts(counts: TodoCounts, change: TodoChange): TodoCounts {
  const delta = (todo: Todo, sign: number) => ({ all: sign, open: todo.done ? 0 : sign, done: todo.done ? sign : 0 });
  const parts =
    change.kind === "added"
      ? [delta(change.todo, 1)]
      : change.kind === "removed"
        ? [delta(change.todo, -1)]
        : [delta(change.before, -1), delta(change.after, 1)];
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

function removeById(data: TodoListData, id: string): TodoListData {
  return mapItems(data, (items) => items.filter((item) => item.id !== id));
}

function replaceById(data: TodoListData, id: string, todo: Todo): TodoListData {
  return mapItems(data, (items) => items.map((item) => (item.id === id ? todo : item)));
}

/** The list's own order: newest first, then by id (as the server sorts). */
function comesBefore(a: Todo, b: Todo): boolean {
  const at = a.createdAt.getTime();
  const bt = b.createdAt.getTime();
  return at > bt || (at === bt && a.id > b.id);
}

/** Where the server would put it; not at all if that is past the pages loaded so far. */
function insertInOrder(data: TodoListData, todo: Todo): TodoListData {
  const cleaned = removeById(data, todo.id);
  const lastIndex = cleaned.pages.length - 1;
  let placed = false;
  const pages = cleaned.pages.map((page, index) => {
    if (placed) return page;
    const at = page.items.findIndex((item) => comesBefore(todo, item));
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
  return { ...cleaned, pages };
}
