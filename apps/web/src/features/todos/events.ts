import {
  TODO_FILTERS,
  createTodoInput,
  restoreTodoInput,
  restoreTodoInputOf,
  todoIdInput,
  updateTodoInput,
  type CreateTodoInput,
  type RestoreTodoInput,
  type TodoFilter,
  type UpdateTodoInput,
} from "@planner/domain";
import type { Effects, Notices } from "~/kit/effects";
import { optimistically, type OptimisticCache } from "~/kit/optimistic";
import { showRefusal } from "~/kit/form-errors";
import { tr } from "~/i18n/translator";
import { issueMessage } from "~/kit/issue-messages";
import { errorMessage } from "~/trpc/errors";
import { invertTodoChange, pendingTodo, type TodoChange } from "./todo-cache";
import type { Todo } from "./types";

// Event handlers of the todo screen: each validates with the server's own
// schema, shows the outcome at once (optimistically), calls the mutation and
// rolls back with a message if the server refuses. The views only render and
// wire them; none of these throw.

/** The tRPC mutations, as plain async functions. */
export type TodoApi = {
  create: (input: CreateTodoInput) => Promise<Todo>;
  update: (input: UpdateTodoInput) => Promise<Todo>;
  toggle: (input: { id: string }) => Promise<Todo>;
  delete: (input: { id: string }) => Promise<Todo>;
  restore: (input: RestoreTodoInput) => Promise<Todo>;
};

/** Toasts: errors, and the deleted todo with a way to undo. */
type TodoNotices = Pick<Notices, "error"> & { deleted: (todo: Todo, undo: () => void) => void };

/** The mutations, the cached lists and the toasts. */
export type TodoEffects = Effects<TodoApi, OptimisticCache<TodoChange>, TodoNotices>;

type AddTodoUi = {
  setError: (message: string | undefined) => void;
  clear: () => void;
  /** Gives back what was typed when the server refused it. */
  restore: (contents: string) => void;
};

type EditTodoUi = {
  setError: (message: string | undefined) => void;
  close: () => void;
};

// A todo still on its way to the server has no real id to act on yet.
const NOT_SAVED_YET = "todos.notSavedYet";

const rollback = { invert: invertTodoChange };

/** A new todo's fields besides its contents (what quick add read from the text). */
export type TodoAddFields = Omit<CreateTodoInput, "contents">;

/** Enter in the new-todo field (through quick add, which reads `fields` from the text). */
export async function handleTodoAddSubmit(contents: string, effects: TodoEffects, ui: AddTodoUi, fields: TodoAddFields = {}) {
  const parsed = createTodoInput.safeParse({ contents, ...fields });
  if (!parsed.success) {
    ui.setError(parsed.error.issues[0] && issueMessage(parsed.error.issues[0]));
    return;
  }
  ui.setError(undefined);
  ui.clear();
  const input = { ...fields, contents: parsed.data.contents };
  const pending = pendingTodo(parsed.data.contents);
  const outcome = await optimistically(effects.cache, { kind: "added", todo: pending }, () => effects.api.create(input), {
    ...rollback,
    confirmed: (saved): TodoChange => ({ kind: "changed", before: pending, after: saved }),
  });
  if (outcome.ok) return;
  ui.restore(contents);
  showRefusal(outcome.error, ["contents"], {
    setFieldError: (_field, message) => ui.setError(message),
    setFormError: (message) => effects.notices.error(message),
  });
}

/** Enter or leaving the field while editing a todo in place. Escape never gets here. */
export async function handleTodoEditCommit(todo: Todo, draft: string, effects: TodoEffects, ui: EditTodoUi) {
  const parsed = updateTodoInput.safeParse({ id: todo.id, contents: draft });
  if (!parsed.success) {
    ui.setError(parsed.error.issues[0] && issueMessage(parsed.error.issues[0]));
    return;
  }
  ui.close();
  if (parsed.data.contents === todo.contents) return;
  const after = { ...todo, contents: parsed.data.contents ?? todo.contents, updatedAt: new Date() };
  const outcome = await optimistically(effects.cache, { kind: "changed", before: todo, after }, () => effects.api.update(parsed.data), rollback);
  if (!outcome.ok) effects.notices.error(errorMessage(outcome.error));
}

/** The checkbox. */
export async function handleTodoToggle(todo: Todo, effects: TodoEffects) {
  const input = todoIdInput.safeParse({ id: todo.id });
  if (!input.success) return effects.notices.error(tr(NOT_SAVED_YET));
  const after = { ...todo, done: !todo.done, updatedAt: new Date() };
  const outcome = await optimistically(effects.cache, { kind: "changed", before: todo, after }, () => effects.api.toggle(input.data), rollback);
  if (!outcome.ok) effects.notices.error(errorMessage(outcome.error));
}

/** The delete button: gone at once, then a toast offering to undo. */
export async function handleTodoDelete(todo: Todo, effects: TodoEffects) {
  const input = todoIdInput.safeParse({ id: todo.id });
  if (!input.success) return effects.notices.error(tr(NOT_SAVED_YET));
  const outcome = await optimistically(effects.cache, { kind: "removed", todo }, () => effects.api.delete(input.data), rollback);
  if (!outcome.ok) {
    effects.notices.error(errorMessage(outcome.error));
    return;
  }
  const deleted = outcome.value;
  effects.notices.deleted(deleted, () => void handleTodoUndo(deleted, effects));
}

/** "Undo" in the toast: the deleted todo comes back as it was, in its place. */
export async function handleTodoUndo(todo: Todo, effects: TodoEffects) {
  // Everything it had: due date, priority, project, labels, its place and the subtasks deleted with it.
  const parsed = restoreTodoInput.safeParse(restoreTodoInputOf(todo));
  if (!parsed.success) {
    effects.notices.error(tr("todos.cannotRestore"));
    return;
  }
  const outcome = await optimistically(effects.cache, { kind: "added", todo }, () => effects.api.restore(parsed.data), rollback);
  if (!outcome.ok) effects.notices.error(errorMessage(outcome.error));
}

/** A filter tab: the filter lives in the URL, so a reload or a shared link keeps it. */
export function handleTodoFilterSelect(filter: TodoFilter, navigate: (url: string) => void) {
  navigate(todoFilterHref(filter));
}

export function todoFilterHref(filter: TodoFilter): string {
  return filter === "all" ? "/todos" : `/todos?filter=${filter}`;
}

/** Anything but a known filter (an old or hand-typed link) shows all. */
export function parseTodoFilter(value: string | null | undefined): TodoFilter {
  return TODO_FILTERS.find((filter) => filter === value) ?? "all";
}
