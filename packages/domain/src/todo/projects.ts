import { z } from "zod";
import { idSchema } from "../shared/pagination";
import { plainText } from "../shared/text";
import { DEFAULT_TODO_COLOR, todoColorSchema } from "./colors";

/**
 * Projects are named, coloured lists of todos, kept in the owner's own order
 * in the sidebar; the Inbox is not a project (a todo with no project is in it).
 * Labels tag todos across projects. Names are unique per owner whatever their case.
 */
export const PROJECT_NAME_MAX = 64;
export const LABEL_NAME_MAX = 32;
/** How many projects and labels one person may keep: the sidebar and quick add list them all. */
export const MAX_PROJECTS = 300;
export const MAX_LABELS = 300;
/** What deleting a project does to its todos: `move` them to the Inbox, or `delete` them. */
export const PROJECT_DELETE_MODES = ["move", "delete"] as const;
export type ProjectDeleteMode = (typeof PROJECT_DELETE_MODES)[number];

export const projectNameSchema = plainText(
  z
    .string({ error: "Name the project." })
    .trim()
    .min(1, "Name the project.")
    .max(PROJECT_NAME_MAX, `Keep the name to ${PROJECT_NAME_MAX} characters.`),
  "The name",
);

export const labelNameSchema = plainText(
  z
    .string({ error: "Name the label." })
    .trim()
    .min(1, "Name the label.")
    .max(LABEL_NAME_MAX, `Keep the name to ${LABEL_NAME_MAX} characters.`),
  "The name",
);

/** Whether two names are the same name (the uniqueness rule): case does not count. */
export function sameTodoListName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

export const createProjectInput = z.strictObject({ name: projectNameSchema, color: todoColorSchema.default(DEFAULT_TODO_COLOR) });
export type CreateProjectInput = z.input<typeof createProjectInput>;
export type CreateProjectValues = z.output<typeof createProjectInput>;

export const updateProjectInput = z.strictObject({ id: idSchema, name: projectNameSchema.optional(), color: todoColorSchema.optional() });
export type UpdateProjectInput = z.input<typeof updateProjectInput>;
export type UpdateProjectValues = z.output<typeof updateProjectInput>;

/** Puts a project right after `afterId` (null: first) or right before `beforeId` in the sidebar. */
export const moveProjectInput = z
  .strictObject({ id: idSchema, afterId: idSchema.nullish(), beforeId: idSchema.nullish() })
  .refine((input) => input.afterId !== undefined || input.beforeId !== undefined, {
    path: ["afterId"],
    message: "Say where it goes: afterId (null for first) or beforeId.",
  });
export type MoveProjectInput = z.input<typeof moveProjectInput>;
export type MoveProjectValues = z.output<typeof moveProjectInput>;

export const deleteProjectInput = z.strictObject({
  id: idSchema,
  todos: z.enum(PROJECT_DELETE_MODES, { error: "Say what happens to its todos: move (to the Inbox) or delete." }),
});
export type DeleteProjectInput = z.input<typeof deleteProjectInput>;
export type DeleteProjectValues = z.output<typeof deleteProjectInput>;

export const projectIdInput = z.strictObject({ id: idSchema });

export const createLabelInput = z.strictObject({ name: labelNameSchema, color: todoColorSchema.default(DEFAULT_TODO_COLOR) });
export type CreateLabelInput = z.input<typeof createLabelInput>;
export type CreateLabelValues = z.output<typeof createLabelInput>;

export const updateLabelInput = z.strictObject({ id: idSchema, name: labelNameSchema.optional(), color: todoColorSchema.optional() });
export type UpdateLabelInput = z.input<typeof updateLabelInput>;
export type UpdateLabelValues = z.output<typeof updateLabelInput>;

export const labelIdInput = z.strictObject({ id: idSchema });
