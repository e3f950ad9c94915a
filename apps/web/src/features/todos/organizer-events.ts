import {
  type CreateLabelInput,
  type CreateProjectInput,
  type DeleteProjectInput,
  type ProjectDeleteMode,
  type UpdateLabelInput,
  type UpdateProjectInput,
} from "@planner/domain";
import type { Effects, Notices } from "~/kit/effects";
import { todoSchemas } from "./load-todo-schemas";
import { showIssues, showRefusal } from "~/kit/form-errors";
import { tr } from "~/i18n/translator";
import { errorMessage } from "~/trpc/errors";
import type { Label, Project } from "./types";

// Event handlers for projects and labels (the side column's lists and their
// dialogs). These are not optimistic: a dialog says "Saving…" and closes when
// the server has the change, since a new project's id and a name taken
// already come from the server; then every list that names them is refreshed.

export type OrganizerApi = {
  createProject: (input: CreateProjectInput) => Promise<Project>;
  updateProject: (input: UpdateProjectInput) => Promise<Project>;
  deleteProject: (input: DeleteProjectInput) => Promise<unknown>;
  createLabel: (input: CreateLabelInput) => Promise<Label>;
  updateLabel: (input: UpdateLabelInput) => Promise<Label>;
  deleteLabel: (input: { id: string }) => Promise<unknown>;
};

/** After a change: the lists, counts and todos that show projects and labels, fetched again. */
export type OrganizerCache = { refresh: () => void };

export type OrganizerEffects = Effects<OrganizerApi, OrganizerCache, Notices>;

/** A project's or label's name and colour, as the dialog holds them. */
export type OrganizerDraft = { name: string; color: string };

const FIELDS = ["name", "color"] as const;

type SaveUi = {
  setFieldError: (field: (typeof FIELDS)[number], message: string) => void;
  setFormError: (message: string) => void;
  setSaving: (saving: boolean) => void;
  /** Closes the dialog, with what was saved (a new project is then opened). */
  done: (saved: { id: string }) => void;
};

/** Create (no `existing`) or rename and recolour a project. */
export async function handleProjectSave(existing: Project | null, draft: OrganizerDraft, effects: OrganizerEffects, ui: SaveUi) {
  const { createProjectInput, updateProjectInput } = todoSchemas.now ?? (await todoSchemas.load());
  const parsed = existing ? updateProjectInput.safeParse({ id: existing.id, ...draft }) : createProjectInput.safeParse(draft);
  if (!parsed.success) return showIssues(parsed.error.issues, FIELDS, ui);
  await save(() => (existing ? effects.api.updateProject(parsed.data as UpdateProjectInput) : effects.api.createProject(parsed.data as CreateProjectInput)), effects, ui);
}

/** Create (no `existing`) or rename and recolour a label. */
export async function handleLabelSave(existing: Label | null, draft: OrganizerDraft, effects: OrganizerEffects, ui: SaveUi) {
  const { createLabelInput, updateLabelInput } = todoSchemas.now ?? (await todoSchemas.load());
  const parsed = existing ? updateLabelInput.safeParse({ id: existing.id, ...draft }) : createLabelInput.safeParse(draft);
  if (!parsed.success) return showIssues(parsed.error.issues, FIELDS, ui);
  await save(() => (existing ? effects.api.updateLabel(parsed.data as UpdateLabelInput) : effects.api.createLabel(parsed.data as CreateLabelInput)), effects, ui);
}

async function save(send: () => Promise<{ id: string }>, effects: OrganizerEffects, ui: SaveUi) {
  ui.setSaving(true);
  try {
    const saved = await send();
    effects.cache.refresh();
    ui.done(saved);
  } catch (error) {
    showRefusal(error, FIELDS, ui);
  } finally {
    ui.setSaving(false);
  }
}

type DeleteUi = {
  /** Leaves the project's or label's own view if it is open (it is gone). */
  leave: () => void;
};

/** Delete a project, its todos moved to the Inbox or deleted with it, as chosen. */
export async function handleProjectDelete(project: Project, todos: ProjectDeleteMode, effects: OrganizerEffects, ui: DeleteUi) {
  const { deleteProjectInput } = todoSchemas.now ?? (await todoSchemas.load());
  const input = deleteProjectInput.safeParse({ id: project.id, todos });
  if (!input.success) return effects.notices.error(errorMessage(input.error));
  try {
    await effects.api.deleteProject(input.data);
  } catch (error) {
    effects.notices.error(errorMessage(error));
    return;
  }
  ui.leave();
  effects.cache.refresh();
  effects.notices.success(tr(todos === "move" ? "todos.projects.deletedMoved" : "todos.projects.deletedWithTodos", { name: project.name }));
}

/** Delete a label; its todos stay, without it. */
export async function handleLabelDelete(label: Label, effects: OrganizerEffects, ui: DeleteUi) {
  const { labelIdInput } = todoSchemas.now ?? (await todoSchemas.load());
  const input = labelIdInput.safeParse({ id: label.id });
  if (!input.success) return effects.notices.error(errorMessage(input.error));
  try {
    await effects.api.deleteLabel(input.data);
  } catch (error) {
    effects.notices.error(errorMessage(error));
    return;
  }
  ui.leave();
  effects.cache.refresh();
  effects.notices.success(tr("todos.labels.deleted", { name: label.name }));
}
