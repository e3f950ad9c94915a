import { TODO_FILTERS, isId, type TodoFilter } from "@planner/domain";

// Which todos the screen shows lives in the URL (/todos?view=today,
// /todos?view=project&id=…&filter=open), so a reload, the back button and a
// shared link all keep it. /todos alone is every todo, as before views existed.

export type TodoView =
  | { kind: "all" }
  | { kind: "today" }
  | { kind: "upcoming" }
  | { kind: "inbox" }
  | { kind: "project"; id: string }
  | { kind: "label"; id: string };

export type TodoViewKind = TodoView["kind"];

/** The views without an id, in the order the navigation shows them. */
export const FIXED_VIEWS = ["today", "upcoming", "inbox", "all"] as const satisfies readonly TodoViewKind[];

type Params = { get: (name: string) => string | null };

/** The view a URL names; anything unknown or malformed (an old or hand-typed link) shows all. */
export function parseTodoView(params: Params): TodoView {
  const kind = params.get("view");
  if (kind === "today" || kind === "upcoming" || kind === "inbox") return { kind };
  if (kind === "project" || kind === "label") {
    const id = params.get("id");
    if (isId(id)) return { kind, id };
  }
  return { kind: "all" };
}

/** Anything but a known filter shows all. */
export function parseTodoFilter(value: string | null | undefined): TodoFilter {
  return TODO_FILTERS.find((filter) => filter === value) ?? "all";
}

/** The URL of a view and filter; the defaults (all, all) leave no trace in it. */
export function todoViewHref(view: TodoView, filter: TodoFilter = "all"): string {
  const query = new URLSearchParams();
  if (view.kind !== "all") query.set("view", view.kind);
  if (view.kind === "project" || view.kind === "label") query.set("id", view.id);
  if (filter !== "all") query.set("filter", filter);
  const search = query.toString();
  return search ? `/todos?${search}` : "/todos";
}

export function sameView(a: TodoView, b: TodoView): boolean {
  return a.kind === b.kind && ("id" in a ? a.id : null) === ("id" in b ? b.id : null);
}

/** A stable string for a view: React keys, test ids. */
export function viewKey(view: TodoView): string {
  return "id" in view ? `${view.kind}-${view.id}` : view.kind;
}

/** `todo.list`'s input for a view and filter (without the cursor). */
export type TodoListInput = {
  view: TodoViewKind;
  projectId?: string;
  labelId?: string;
  filter: TodoFilter;
  limit: number;
};

export function listInputOf(view: TodoView, filter: TodoFilter, limit: number): TodoListInput {
  if (view.kind === "project") return { view: "project", projectId: view.id, filter, limit };
  if (view.kind === "label") return { view: "label", labelId: view.id, filter, limit };
  return { view: view.kind, filter, limit };
}

/** The view a cached query was made for (the inverse of listInputOf). */
export function viewOfListInput(input: Partial<TodoListInput> | undefined): { view: TodoView; filter: TodoFilter } {
  const filter = parseTodoFilter(input?.filter);
  const kind = input?.view;
  if (kind === "project" && input?.projectId) return { view: { kind, id: input.projectId }, filter };
  if (kind === "label" && input?.labelId) return { view: { kind, id: input.labelId }, filter };
  if (kind === "today" || kind === "upcoming" || kind === "inbox") return { view: { kind }, filter };
  return { view: { kind: "all" }, filter };
}

/**
 * Whether the view lists top-level todos with their subtasks nested under
 * them (the contract's all, inbox and project views), or every matching todo
 * as its own row (today, upcoming, label: a subtask names its parent).
 */
export function nestsSubtasks(view: TodoView): boolean {
  return view.kind === "all" || view.kind === "inbox" || view.kind === "project";
}
