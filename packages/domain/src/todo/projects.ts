import { z } from "zod";
import { idSchema } from "../shared/pagination";
import { plainText } from "../shared/text";
import { DEFAULT_TODO_COLOR, todoColorSchema } from "./colors";
import { LABEL_NAME_MAX, PROJECT_DELETE_MODES, PROJECT_NAME_MAX } from "./project-values";

export * from "./project-values";

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
