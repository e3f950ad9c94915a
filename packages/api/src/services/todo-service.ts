import type { Database, NewTodo, TodoChanges, TodoRef } from "@planner/db";
import {
  ConflictError,
  DEFAULT_TODO_PRIORITY,
  DUE_TIME_NEEDS_DATE,
  NotFoundError,
  REMINDERS_NEED_TIME,
  ValidationError,
  assertCanWriteOwnTodos,
  dueInstant,
  localTimeOf,
  subtaskError,
  type Actor,
  type CreateTodoValues,
  type DeleteTodoValues,
  type MoveTodoValues,
  type RestoreTodoValues,
  type TodoIdValues,
  type UpdateTodoValues,
} from "@planner/domain";
import { found } from "./found";
import { ownerDay, todoItemOf, type OwnerDay, type TodoItem } from "./todo-item";
import { assertOwnLabels, assertOwnProject, parentFor, referenceGone } from "./todo-references";

// Every todo query is scoped by owner: another person's todo is reported exactly like a missing one.
const NOT_FOUND = "That todo";

/**
 * A new todo, first in the owner's order. A due time is read in the owner's
 * zone on the due date; a todo with a time and no reminders given gets the
 * owner's reminder defaults (as schedules do). A subtask is in its parent's project.
 */
export async function createTodo(db: Database, actor: Actor, input: CreateTodoValues, now: Date): Promise<TodoItem> {
  assertCanWriteOwnTodos(actor);
  const day = await ownerDay(db, actor.userId, now);
  let projectId = input.projectId ?? null;
  if (input.parentId) {
    const parent = await parentFor(db, actor.userId, input.parentId, { id: null, hasSubtasks: false });
    if (projectId !== null && projectId !== parent.projectId) throw subtaskError("otherProject");
    projectId = parent.projectId;
  } else {
    await assertOwnProject(db, actor.userId, projectId);
  }
  await assertOwnLabels(db, actor.userId, input.labelIds);
  const dueOn = input.dueOn ?? null;
  const dueAt = dueOn && input.dueTime ? dueInstant(dueOn, input.dueTime, day.timeZone) : null;
  const todo: NewTodo = {
    contents: input.contents,
    dueOn,
    dueAt,
    priority: input.priority ?? DEFAULT_TODO_PRIORITY,
    projectId,
    parentId: input.parentId ?? null,
    labelIds: input.labelIds ?? [],
    reminderMinutes: dueAt ? (input.reminderMinutes ?? day.timedReminderDefaults) : [],
  };
  const created = await db.todos.create(actor.userId, todo);
  return todoItemOf(created === "referenceGone" ? referenceGone() : created, day);
}

/** Changes what the input names (see updateTodoInput); anything else stays. */
export async function updateTodo(db: Database, actor: Actor, input: UpdateTodoValues, now: Date): Promise<TodoItem> {
  assertCanWriteOwnTodos(actor);
  const current = found(await db.todos.findRef(actor.userId, input.id), NOT_FOUND, "todoNotFound");
  const day = await ownerDay(db, actor.userId, now);
  const changes: TodoChanges = {
    ...(input.contents !== undefined ? { contents: input.contents } : {}),
    ...(input.priority !== undefined ? { priority: input.priority } : {}),
    ...(await placeChanges(db, actor.userId, current, input)),
    ...dueChanges(current, input, day),
  };
  if (input.labelIds !== undefined) {
    await assertOwnLabels(db, actor.userId, input.labelIds);
    changes.labelIds = input.labelIds;
  }
  const updated = found(await db.todos.update(actor.userId, input.id, changes), NOT_FOUND, "todoNotFound");
  return todoItemOf(updated === "referenceGone" ? referenceGone() : updated, day);
}

/**
 * Parent and project together: a subtask is in its parent's project. Giving
 * a subtask another project (and no parent) makes it a top-level todo there.
 */
async function placeChanges(db: Database, ownerId: string, current: TodoRef, input: UpdateTodoValues): Promise<Pick<TodoChanges, "parentId" | "projectId">> {
  if (input.parentId !== undefined && input.parentId !== null) {
    const parent = await parentFor(db, ownerId, input.parentId, current);
    if (input.projectId !== undefined && input.projectId !== parent.projectId) throw subtaskError("otherProject");
    return { parentId: parent.id, projectId: parent.projectId };
  }
  const parentId = input.parentId === null ? null : current.parentId;
  if (input.projectId === undefined) return input.parentId === null ? { parentId: null } : {};
  await assertOwnProject(db, ownerId, input.projectId);
  if (parentId !== null && input.projectId !== current.projectId) return { parentId: null, projectId: input.projectId };
  return { ...(input.parentId === null ? { parentId: null } : {}), projectId: input.projectId };
}

/**
 * A new date keeps the time the todo had (on that day); `dueOn: null` clears
 * date, time and reminders; a time alone needs a date already there. Only a
 * todo with a time keeps reminders; one that gains a time gets the owner's defaults.
 */
function dueChanges(current: TodoRef, input: UpdateTodoValues, day: OwnerDay): Pick<TodoChanges, "dueOn" | "dueAt" | "reminderMinutes"> {
  let dueOn = current.dueOn;
  let dueAt = current.dueAt;
  const changes: Pick<TodoChanges, "dueOn" | "dueAt" | "reminderMinutes"> = {};
  if (input.dueOn !== undefined || input.dueTime !== undefined) {
    dueOn = input.dueOn !== undefined ? input.dueOn : current.dueOn;
    const time = input.dueTime !== undefined ? input.dueTime : current.dueAt ? localTimeOf(current.dueAt, day.timeZone) : null;
    if (dueOn === null && time !== null && input.dueTime) {
      throw new ValidationError(DUE_TIME_NEEDS_DATE, { dueTime: [DUE_TIME_NEEDS_DATE] }, "dueTimeNeedsDate");
    }
    dueAt = dueOn !== null && time !== null ? dueInstant(dueOn, time, day.timeZone) : null;
    Object.assign(changes, { dueOn, dueAt });
  }
  if (input.reminderMinutes !== undefined) {
    if (dueAt === null && input.reminderMinutes.length > 0) throw new ValidationError(REMINDERS_NEED_TIME, { reminderMinutes: [REMINDERS_NEED_TIME] }, "remindersNeedTime");
    changes.reminderMinutes = input.reminderMinutes;
  } else if (dueAt === null && current.reminderMinutes.length > 0) {
    changes.reminderMinutes = [];
  } else if (dueAt !== null && current.dueAt === null) {
    changes.reminderMinutes = day.timedReminderDefaults;
  }
  return changes;
}

/** Puts a todo right after `afterId` (null: first) or right before `beforeId` (null: last), reading keys under the owner's lock. */
export async function moveTodo(db: Database, actor: Actor, input: MoveTodoValues, now: Date): Promise<TodoItem> {
  assertCanWriteOwnTodos(actor);
  const place = input.afterId !== undefined ? { afterId: input.afterId } : { beforeId: input.beforeId ?? null };
  const moved = found(await db.todos.move(actor.userId, input.id, place), NOT_FOUND, "todoNotFound");
  if (moved === "neighbourNotFound") throw new NotFoundError("The todo to put it next to", "todoNotFound");
  return todoItemOf(moved, await ownerDay(db, actor.userId, now));
}

export async function toggleTodo(db: Database, actor: Actor, input: TodoIdValues, now: Date): Promise<TodoItem> {
  assertCanWriteOwnTodos(actor);
  const toggled = found(await db.todos.toggle(actor.userId, input.id), NOT_FOUND, "todoNotFound");
  return todoItemOf(toggled, await ownerDay(db, actor.userId, now));
}

/**
 * Deletes a todo and returns it as it was, with the subtasks deleted with it
 * (`subtasks: "delete"`, the default); `keep` leaves them as top-level todos.
 */
export async function deleteTodo(db: Database, actor: Actor, input: DeleteTodoValues, now: Date): Promise<TodoItem> {
  assertCanWriteOwnTodos(actor);
  const deleted = found(await db.todos.delete(actor.userId, input.id, input.subtasks), NOT_FOUND, "todoNotFound");
  return todoItemOf(deleted, await ownerDay(db, actor.userId, now));
}

/**
 * The undo of delete: the todo as it was, with its labels, place and the
 * subtasks deleted with it. What it named and is gone now is left out: a
 * deleted project (Inbox), labels, a parent (top-level).
 */
export async function restoreTodo(db: Database, actor: Actor, input: RestoreTodoValues, now: Date): Promise<TodoItem> {
  assertCanWriteOwnTodos(actor);
  // Ids are only ever reused by undo; anything else already holding it wins.
  if (await db.todos.exists(input.id)) throw new ConflictError("id", "That todo is already there.", "todoExists");
  const day = await ownerDay(db, actor.userId, now);
  const existingSubtasks = new Set(await db.todos.existing(input.subtasks.map((subtask) => subtask.id)));
  const ownedLabels = new Set(await db.labels.ownedIds(actor.userId, [...new Set([...input.labelIds, ...input.subtasks.flatMap((subtask) => subtask.labelIds)])]));
  const parent = input.parentId && input.subtasks.length === 0 ? await db.todos.findRef(actor.userId, input.parentId) : null;
  const parentId = parent && parent.parentId === null ? parent.id : null;
  const projectId = parentId ? parent!.projectId : input.projectId && (await db.projects.findForOwner(actor.userId, input.projectId)) ? input.projectId : null;
  const fields = (item: RestoreTodoValues | RestoreTodoValues["subtasks"][number]) => ({
    id: item.id,
    contents: item.contents,
    done: item.done,
    createdAt: item.createdAt,
    dueOn: item.dueOn,
    dueAt: item.dueOn ? item.dueAt : null,
    priority: item.priority,
    projectId,
    parentId: null,
    labelIds: item.labelIds.filter((id) => ownedLabels.has(id)),
    position: item.position,
    reminderMinutes: item.dueOn && item.dueAt ? item.reminderMinutes : [],
  });
  const restored = await db.todos.restore(actor.userId, {
    ...fields(input),
    parentId,
    subtasks: input.subtasks.filter((subtask) => !existingSubtasks.has(subtask.id)).map(fields),
    keptSubtaskIds: parentId ? [] : input.keptSubtaskIds,
  });
  return todoItemOf(restored === "referenceGone" ? referenceGone() : restored, day);
}
