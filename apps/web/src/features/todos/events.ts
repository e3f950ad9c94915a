import {
  dueInstant,
  isTodoOverdue,
  restoreTodoInputOf,
  type CreateTodoInput,
  type DeleteTodoInput,
  type MoveTodoInput,
  type RestoreTodoInput,
  type SubtaskDeleteMode,
  type TodoFilter,
  type UpdateTodoInput,
} from "@planner/domain";
import type { Effects, Notices } from "~/kit/effects";
import { todoSchemas } from "./load-todo-schemas";
import { showIssues, showRefusal } from "~/kit/form-errors";
import { optimistically, type OptimisticCache } from "~/kit/optimistic";
import { tr } from "~/i18n/translator";
import { issueMessage } from "~/kit/issue-messages";
import { errorMessage } from "~/trpc/errors";
import { invertTodoChange, isPendingTodo, pendingTodo, type TodoChange } from "./todo-cache";
import { planMove, planStep, type MovePlan } from "./todo-order";
import type { Label, Project, Todo } from "./types";
import { todoViewHref, type TodoView } from "./views";

// Event handlers of the todo screen: each validates with the server's own
// schema, shows the outcome at once (optimistically), calls the mutation and
// rolls back with a message if the server refuses. The views only render and
// wire them; none of these throw. Projects and labels: organizer-events.ts.

/** The tRPC mutations, as plain async functions. */
export type TodoApi = {
  create: (input: CreateTodoInput) => Promise<Todo>;
  update: (input: UpdateTodoInput) => Promise<Todo>;
  toggle: (input: { id: string }) => Promise<Todo>;
  delete: (input: DeleteTodoInput) => Promise<Todo>;
  restore: (input: RestoreTodoInput) => Promise<Todo>;
  move: (input: MoveTodoInput) => Promise<Todo>;
};

/** Toasts: errors, and the deleted todo with a way to undo. */
type TodoNotices = Pick<Notices, "error"> & { deleted: (todo: Todo, undo: () => void) => void };

/** The mutations, the cached lists and the toasts. */
export type TodoEffects = Effects<TodoApi, OptimisticCache<TodoChange>, TodoNotices>;

/** What a new todo gets from the view it is added in (a project's, today's date, a label). */
export type TodoDefaults = Pick<CreateTodoInput, "projectId" | "dueOn" | "dueTime" | "priority" | "labelIds">;

/** What the optimistic copies are drawn from: the owner's clock and names. */
export type TodoContext = {
  timeZone: string;
  today: string;
  now: () => Date;
  projects: readonly Pick<Project, "id" | "name" | "color">[];
  labels: readonly Pick<Label, "id" | "name" | "color">[];
};

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

/** The optimistic copy of a new todo, as the server will list it. */
function newTodo(input: CreateTodoInput, context: TodoContext | undefined, parent: Todo | null): Todo {
  const project = context?.projects.find((candidate) => candidate.id === input.projectId) ?? null;
  const labels = (context?.labels ?? []).filter((label) => input.labelIds?.includes(label.id));
  const todo = pendingTodo(input.contents, {
    dueOn: input.dueOn ?? null,
    dueAt: input.dueOn && input.dueTime && context ? dueInstant(input.dueOn, input.dueTime, context.timeZone) : null,
    priority: (input.priority ?? 4) as Todo["priority"],
    project: parent ? parent.project : project ? { id: project.id, name: project.name, color: project.color } : null,
    labels: labels.map(({ id, name, color }) => ({ id, name, color })),
    parent: parent ? { id: parent.id, contents: parent.contents } : null,
  });
  return context ? { ...todo, overdue: isTodoOverdue(todo, context.today, context.now()) } : todo;
}

/** Enter in the new-todo field. */
export function handleTodoAddSubmit(contents: string, effects: TodoEffects, ui: AddTodoUi, defaults: TodoDefaults = {}, context?: TodoContext) {
  return addTodo(contents, defaults, null, effects, ui, context);
}

/** "Add a subtask" under a todo: Enter saves it and keeps the field open for the next one. */
export async function handleSubtaskAdd(parent: Todo, contents: string, effects: TodoEffects, ui: AddTodoUi, context?: TodoContext) {
  if (isPendingTodo(parent)) return ui.setError(tr(NOT_SAVED_YET));
  return addTodo(contents, { parentId: parent.id }, parent, effects, ui, context);
}

/** A new todo (under `parent` when it is a subtask): shown at once, rolled back with the server's message if refused. */
async function addTodo(
  contents: string,
  fields: Omit<CreateTodoInput, "contents">,
  parent: Todo | null,
  effects: TodoEffects,
  ui: AddTodoUi,
  context: TodoContext | undefined,
) {
  const { createTodoInput } = todoSchemas.now ?? (await todoSchemas.load());
  const parsed = createTodoInput.safeParse({ contents, ...fields });
  if (!parsed.success) {
    ui.setError(parsed.error.issues[0] && issueMessage(parsed.error.issues[0]));
    return;
  }
  ui.setError(undefined);
  ui.clear();
  const input = { contents: parsed.data.contents, ...fields };
  const pending = newTodo(input, context, parent);
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
  const { updateTodoInput } = todoSchemas.now ?? (await todoSchemas.load());
  const parsed = updateTodoInput.safeParse({ id: todo.id, contents: draft });
  if (!parsed.success) {
    ui.setError(parsed.error.issues[0] && issueMessage(parsed.error.issues[0]));
    return;
  }
  ui.close();
  if (parsed.data.contents === todo.contents) return;
  const after = { ...todo, contents: parsed.data.contents!, updatedAt: new Date() };
  const outcome = await optimistically(effects.cache, { kind: "changed", before: todo, after }, () => effects.api.update({ id: todo.id, contents: after.contents }), rollback);
  if (!outcome.ok) effects.notices.error(errorMessage(outcome.error));
}

/** The checkbox. */
export async function handleTodoToggle(todo: Todo, effects: TodoEffects, context?: Pick<TodoContext, "today" | "now">) {
  const { todoIdInput } = todoSchemas.now ?? (await todoSchemas.load());
  const input = todoIdInput.safeParse({ id: todo.id });
  if (!input.success) return effects.notices.error(tr(NOT_SAVED_YET));
  const done = !todo.done;
  const after = { ...todo, done, overdue: context ? isTodoOverdue({ ...todo, done }, context.today, context.now()) : done ? false : todo.overdue, updatedAt: new Date() };
  const outcome = await optimistically(effects.cache, { kind: "changed", before: todo, after }, () => effects.api.toggle(input.data), rollback);
  if (!outcome.ok) effects.notices.error(errorMessage(outcome.error));
}

/**
 * Delete, gone at once, then a toast offering to undo. A todo with subtasks
 * takes them along (`delete`) or leaves them as todos of their own (`keep`),
 * as the person chose in the dialog.
 */
export async function handleTodoDelete(todo: Todo, effects: TodoEffects, subtasks: SubtaskDeleteMode = "delete") {
  const { deleteTodoInput } = todoSchemas.now ?? (await todoSchemas.load());
  const input = deleteTodoInput.safeParse({ id: todo.id, subtasks });
  if (!input.success) return effects.notices.error(tr(NOT_SAVED_YET));
  const change: TodoChange =
    todo.subtasks.length === 0
      ? { kind: "removed", todo }
      : subtasks === "delete"
        ? { kind: "batch", changes: [...todo.subtasks.map((sub): TodoChange => ({ kind: "removed", todo: sub })), { kind: "removed", todo }] }
        : {
            kind: "batch",
            changes: [
              ...todo.subtasks.map((sub): TodoChange => ({ kind: "changed", before: sub, after: { ...sub, parent: null } })),
              { kind: "removed", todo: { ...todo, subtasks: [] } },
            ],
          };
  const outcome = await optimistically(effects.cache, change, () => effects.api.delete(input.data), rollback);
  if (!outcome.ok) {
    effects.notices.error(errorMessage(outcome.error));
    return;
  }
  // What the undo puts back: the subtasks only if they went with it.
  const deleted = subtasks === "delete" ? todo : { ...todo, subtasks: [] };
  effects.notices.deleted(deleted, () => void handleTodoUndo(deleted, effects));
}

/** "Undo" in the toast: the deleted todo comes back as it was, in its place, with the subtasks deleted with it. */
export async function handleTodoUndo(todo: Todo, effects: TodoEffects) {
  const { restoreTodoInput } = todoSchemas.now ?? (await todoSchemas.load());
  const parsed = restoreTodoInput.safeParse(restoreTodoInputOf(todo));
  if (!parsed.success) {
    effects.notices.error(tr("todos.cannotRestore"));
    return;
  }
  const change: TodoChange =
    todo.subtasks.length === 0
      ? { kind: "added", todo }
      : { kind: "batch", changes: [{ kind: "added", todo }, ...todo.subtasks.map((sub): TodoChange => ({ kind: "added", todo: sub }))] };
  const outcome = await optimistically(effects.cache, change, () => effects.api.restore(parsed.data), rollback);
  if (!outcome.ok) effects.notices.error(errorMessage(outcome.error));
}

/** The details editor's fields, as the form holds them ("" for an empty date or time). */
export type TodoDetailsDraft = {
  dueOn: string;
  dueTime: string;
  priority: 1 | 2 | 3 | 4;
  projectId: string | null;
  labelIds: string[];
  reminderMinutes: number[];
};

export const DETAILS_FIELDS = ["dueOn", "dueTime", "priority", "projectId", "labelIds", "reminderMinutes"] as const;
export type DetailsField = (typeof DETAILS_FIELDS)[number];

type DetailsUi = {
  setFieldError: (field: DetailsField, message: string) => void;
  setFormError: (message: string) => void;
  close: () => void;
};

/** What the form starts from: the todo's due date and time on the owner's clock, and the rest. */
export function detailsDraftOf(todo: Todo, timeZone: string, timeOf: (instant: Date, timeZone: string) => string): TodoDetailsDraft {
  return {
    dueOn: todo.dueOn ?? "",
    dueTime: todo.dueAt ? timeOf(todo.dueAt, timeZone) : "",
    priority: todo.priority,
    projectId: todo.project?.id ?? null,
    labelIds: todo.labels.map((label) => label.id),
    reminderMinutes: todo.reminderMinutes,
  };
}

/**
 * Save in the details editor. Only what changed is sent; a cleared time also
 * clears the reminders (only a todo with a time has them). A subtask stays in
 * its parent's project, so its project is not offered.
 */
export async function handleTodoDetailsSave(todo: Todo, initial: TodoDetailsDraft, draft: TodoDetailsDraft, effects: TodoEffects, ui: DetailsUi, context: TodoContext) {
  const reminderMinutes = draft.dueTime ? draft.reminderMinutes : [];
  const changes: Omit<UpdateTodoInput, "id"> = {};
  if (draft.dueOn !== initial.dueOn || draft.dueTime !== initial.dueTime) {
    changes.dueOn = draft.dueOn || null;
    changes.dueTime = draft.dueOn ? draft.dueTime || null : null;
  }
  if (draft.priority !== initial.priority) changes.priority = draft.priority;
  if (draft.projectId !== initial.projectId && !todo.parent) changes.projectId = draft.projectId;
  if (!sameSet(draft.labelIds, initial.labelIds)) changes.labelIds = draft.labelIds;
  if (!sameSet(reminderMinutes, initial.reminderMinutes)) changes.reminderMinutes = reminderMinutes;
  if (draft.dueTime && !draft.dueOn) {
    ui.setFieldError("dueOn", tr("todos.details.timeNeedsDate"));
    return;
  }
  const { updateTodoInput } = todoSchemas.now ?? (await todoSchemas.load());
  const parsed = updateTodoInput.safeParse({ id: todo.id, ...changes });
  if (!parsed.success) return showIssues(parsed.error.issues, DETAILS_FIELDS, ui);
  ui.close();
  if (Object.keys(changes).length === 0) return;

  const dueOn = draft.dueOn || null;
  const project = context.projects.find((candidate) => candidate.id === draft.projectId);
  const shown: Todo = {
    ...todo,
    dueOn,
    dueAt: dueOn && draft.dueTime ? dueInstant(dueOn, draft.dueTime, context.timeZone) : null,
    priority: draft.priority,
    project: todo.parent ? todo.project : project ? { id: project.id, name: project.name, color: project.color } : null,
    labels: context.labels.filter((label) => draft.labelIds.includes(label.id)).map(({ id, name, color }) => ({ id, name, color })),
    reminderMinutes,
    updatedAt: new Date(),
  };
  const after = { ...shown, overdue: isTodoOverdue(shown, context.today, context.now()) };
  const outcome = await optimistically(effects.cache, { kind: "changed", before: todo, after }, () => effects.api.update(parsed.data), {
    ...rollback,
    confirmed: (saved): TodoChange => ({ kind: "changed", before: after, after: saved }),
  });
  if (!outcome.ok) effects.notices.error(errorMessage(outcome.error));
}

function sameSet(a: readonly (string | number)[], b: readonly (string | number)[]): boolean {
  return a.length === b.length && a.every((value) => b.includes(value));
}

type ReorderUi = {
  /** The drop was not taken: the todo can only move among those of its due date and priority. */
  refused: () => void;
  /** Said to screen readers and shown: where it went. */
  moved: (todo: Todo) => void;
};

/** A drop after dragging a todo by its handle (mouse, touch or dnd-kit's keyboard). */
export async function handleTodoReorder(items: readonly Todo[], activeId: string, overId: string, effects: TodoEffects, ui: ReorderUi) {
  await applyMovePlan(planMove(items, activeId, overId), items, effects, ui);
}

/** Alt+ArrowUp / Alt+ArrowDown on a focused todo: one place up or down. */
export async function handleTodoStep(items: readonly Todo[], id: string, step: -1 | 1, effects: TodoEffects, ui: ReorderUi) {
  await applyMovePlan(planStep(items, id, step), items, effects, ui);
}

/**
 * Shown in its new place at once, then todo.move with the visible neighbour;
 * the server's key replaces the one made up here, or the todo goes back.
 */
async function applyMovePlan(plan: MovePlan<Todo>, items: readonly Todo[], effects: TodoEffects, ui: ReorderUi) {
  if (!plan.ok) {
    if (plan.reason === "otherGroup") ui.refused();
    return;
  }
  const before = items.find((item) => item.id === plan.moved.id)!;
  if (isPendingTodo(before) || ("afterId" in plan.neighbour ? isPendingTodo({ id: plan.neighbour.afterId }) : isPendingTodo({ id: plan.neighbour.beforeId }))) {
    effects.notices.error(tr(NOT_SAVED_YET));
    return;
  }
  const { moveTodoInput } = todoSchemas.now ?? (await todoSchemas.load());
  const input = moveTodoInput.safeParse({ id: before.id, ...plan.neighbour });
  if (!input.success) return effects.notices.error(tr(NOT_SAVED_YET));
  ui.moved(plan.moved);
  const outcome = await optimistically(effects.cache, { kind: "changed", before, after: plan.moved }, () => effects.api.move(input.data), {
    ...rollback,
    confirmed: (saved): TodoChange => ({ kind: "changed", before: plan.moved, after: saved }),
  });
  if (!outcome.ok) effects.notices.error(errorMessage(outcome.error));
}

/** A view in the navigation, or a filter tab: both live in the URL, so a reload or a shared link keeps them. */
export function handleTodoViewSelect(view: TodoView, filter: TodoFilter, navigate: (url: string) => void) {
  navigate(todoViewHref(view, filter));
}
