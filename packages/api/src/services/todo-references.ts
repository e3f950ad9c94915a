import type { Database, TodoRef } from "@planner/db";
import { NotFoundError, assertSubtaskAllowed } from "@planner/domain";

// The ids a todo write names must be the caller's own: another person's
// project, label or todo is reported exactly like one that does not exist.

export async function assertOwnProject(db: Database, ownerId: string, projectId: string | null | undefined): Promise<void> {
  if (projectId && !(await db.projects.findForOwner(ownerId, projectId))) throw new NotFoundError("That project", "projectNotFound");
}

export async function assertOwnLabels(db: Database, ownerId: string, labelIds: string[] | undefined): Promise<void> {
  if (!labelIds?.length) return;
  const owned = await db.labels.ownedIds(ownerId, labelIds);
  if (owned.length !== labelIds.length) throw new NotFoundError("That label", "labelNotFound");
}

/** The parent a todo is to be a subtask of: the caller's, and top-level (one level of subtasks). */
export async function parentFor(db: Database, ownerId: string, parentId: string, todo: { id: string | null; hasSubtasks: boolean }): Promise<TodoRef> {
  const parent = await db.todos.findRef(ownerId, parentId);
  if (!parent) throw new NotFoundError("The parent todo", "todoNotFound");
  assertSubtaskAllowed(todo, parent);
  return parent;
}

/** A project, parent or label the service checked was deleted before the write: as if it had never been there. */
export function referenceGone(): never {
  throw new NotFoundError("A project, label or todo it names", "notFound");
}
