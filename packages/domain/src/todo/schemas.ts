import { z } from "zod";
import { instantSchema } from "../shared/instant";
import { adminCursorPageInput, cursorPageFields, idSchema } from "../shared/pagination";
import { plainText } from "../shared/text";

export const TODO_CONTENTS_MAX = 256;
export const TODO_FILTERS = ["all", "open", "done"] as const;
export type TodoFilter = (typeof TODO_FILTERS)[number];

export const todoContentsSchema = plainText(
  z
    .string({ error: "Write what there is to do." })
    .trim()
    .min(1, "Write what there is to do.")
    .max(TODO_CONTENTS_MAX, `Keep it to ${TODO_CONTENTS_MAX} characters.`),
  "The todo",
);

export const listTodosInput = z
  .strictObject({
    filter: z.enum(TODO_FILTERS).default("all"),
    ...cursorPageFields,
  })
  .default({ filter: "all", limit: 20 });
export type ListTodosInput = z.input<typeof listTodosInput>;
export type ListTodosValues = z.output<typeof listTodosInput>;

export const createTodoInput = z.strictObject({ contents: todoContentsSchema });
export type CreateTodoInput = z.input<typeof createTodoInput>;
export type CreateTodoValues = z.output<typeof createTodoInput>;

export const updateTodoInput = z.strictObject({ id: idSchema, contents: todoContentsSchema });
export type UpdateTodoInput = z.input<typeof updateTodoInput>;
export type UpdateTodoValues = z.output<typeof updateTodoInput>;

export const todoIdInput = z.strictObject({ id: idSchema });
export type TodoIdValues = z.output<typeof todoIdInput>;

/** Puts back a todo just deleted (the undo of the toast), as it was. */
export const restoreTodoInput = z.strictObject({
  id: idSchema,
  contents: todoContentsSchema,
  done: z.boolean(),
  createdAt: instantSchema(),
});
export type RestoreTodoInput = z.input<typeof restoreTodoInput>;
export type RestoreTodoValues = z.output<typeof restoreTodoInput>;

/** Everyone's todos (or one owner's), newest first, by keyset cursor. */
export const adminListTodosInput = adminCursorPageInput.extend({
  ownerId: idSchema.optional(),
  done: z.boolean().optional(),
});
export type AdminListTodosInput = z.input<typeof adminListTodosInput>;
export type AdminListTodosValues = z.output<typeof adminListTodosInput>;
