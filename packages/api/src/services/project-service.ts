import type { Database, Label, Project } from "@planner/db";
import {
  ConflictError,
  MAX_LABELS,
  MAX_PROJECTS,
  NotFoundError,
  ValidationError,
  assertCanWriteOwnTodos,
  type Actor,
  type CreateLabelValues,
  type CreateProjectValues,
  type DeleteProjectValues,
  type MoveProjectValues,
  type UpdateLabelValues,
  type UpdateProjectValues,
} from "@planner/domain";
import { found } from "./found";

// The caller's own projects and labels. Another person's are reported
// exactly like missing ones; subscribers read (none) but never write.

const PROJECT = "That project";
const LABEL = "That label";

function projectNameTaken(): never {
  throw new ConflictError("name", "You already have a project with that name.", "projectExists");
}

function labelNameTaken(): never {
  throw new ConflictError("name", "You already have a label with that name.", "labelExists");
}

export function listProjects(db: Database, actor: Actor): Promise<Project[]> {
  return db.projects.listForOwner(actor.userId);
}

export async function createProject(db: Database, actor: Actor, input: CreateProjectValues): Promise<Project> {
  assertCanWriteOwnTodos(actor);
  if ((await db.projects.countForOwner(actor.userId)) >= MAX_PROJECTS) throw new ValidationError(`You can keep at most ${MAX_PROJECTS} projects.`, { name: [`At most ${MAX_PROJECTS} projects.`] });
  const created = await db.projects.create(actor.userId, input);
  return created === "nameTaken" ? projectNameTaken() : created;
}

export async function updateProject(db: Database, actor: Actor, input: UpdateProjectValues): Promise<Project> {
  assertCanWriteOwnTodos(actor);
  const updated = found(await db.projects.update(actor.userId, input.id, { name: input.name, color: input.color }), PROJECT, "projectNotFound");
  return updated === "nameTaken" ? projectNameTaken() : updated;
}

export async function moveProject(db: Database, actor: Actor, input: MoveProjectValues): Promise<Project> {
  assertCanWriteOwnTodos(actor);
  const place = input.afterId !== undefined ? { afterId: input.afterId } : { beforeId: input.beforeId ?? null };
  const moved = found(await db.projects.move(actor.userId, input.id, place), PROJECT, "projectNotFound");
  if (moved === "neighbourNotFound") throw new NotFoundError("The project to put it next to", "projectNotFound");
  return moved;
}

/** Deletes a project; its todos go to the Inbox (`move`) or are deleted with it (`delete`), as the dialog asked. */
export async function deleteProject(db: Database, actor: Actor, input: DeleteProjectValues): Promise<Project & { todoCount: number }> {
  assertCanWriteOwnTodos(actor);
  return found(await db.projects.delete(actor.userId, input.id, input.todos), PROJECT, "projectNotFound");
}

export function listLabels(db: Database, actor: Actor): Promise<Label[]> {
  return db.labels.listForOwner(actor.userId);
}

export async function createLabel(db: Database, actor: Actor, input: CreateLabelValues): Promise<Label> {
  assertCanWriteOwnTodos(actor);
  if ((await db.labels.countForOwner(actor.userId)) >= MAX_LABELS) throw new ValidationError(`You can keep at most ${MAX_LABELS} labels.`, { name: [`At most ${MAX_LABELS} labels.`] });
  const created = await db.labels.create(actor.userId, input);
  return created === "nameTaken" ? labelNameTaken() : created;
}

export async function updateLabel(db: Database, actor: Actor, input: UpdateLabelValues): Promise<Label> {
  assertCanWriteOwnTodos(actor);
  const updated = found(await db.labels.update(actor.userId, input.id, { name: input.name, color: input.color }), LABEL, "labelNotFound");
  return updated === "nameTaken" ? labelNameTaken() : updated;
}

export async function deleteLabel(db: Database, actor: Actor, input: { id: string }): Promise<Label> {
  assertCanWriteOwnTodos(actor);
  return found(await db.labels.delete(actor.userId, input.id), LABEL, "labelNotFound");
}
