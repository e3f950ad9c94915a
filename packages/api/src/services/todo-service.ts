import type { Database, Todo, TodoCounts, TodoWithOwner } from "@planner/db";
import {
  ConflictError,
  ValidationError,
  assertCanWriteOwnTodos,
  type Actor,
  type AdminListTodosValues,
  type BoundedTotal,
  type CreateTodoValues,
  type ListTodosValues,
  type RestoreTodoValues,
  type TodoIdValues,
  type UpdateTodoValues,
} from "@planner/domain";
import { found } from "./found";

export type TodoListPage = { items: Todo[]; nextCursor: string | null; counts: TodoCounts };

// Every todo query is scoped by owner: another person's todo is reported exactly like a missing one.
const NOT_FOUND = "That todo";

export async function listOwnTodos(db: Database, actor: Actor, input: ListTodosValues): Promise<TodoListPage> {
  const [page, counts] = await Promise.all([db.todos.listForOwner(actor.userId, input), db.todos.countsForOwner(actor.userId)]);
  return { ...page, counts };
}

export function createTodo(db: Database, actor: Actor, input: CreateTodoValues): Promise<Todo> {
  assertCanWriteOwnTodos(actor);
  return db.todos.create(actor.userId, input.contents);
}

export async function updateTodo(db: Database, actor: Actor, input: UpdateTodoValues): Promise<Todo> {
  assertCanWriteOwnTodos(actor);
  if (input.contents === undefined) throw new ValidationError("Say what to change.", { contents: ["Write what there is to do."] });
  return found(await db.todos.updateContents(actor.userId, input.id, input.contents), NOT_FOUND, "todoNotFound");
}

export async function toggleTodo(db: Database, actor: Actor, input: TodoIdValues): Promise<Todo> {
  assertCanWriteOwnTodos(actor);
  return found(await db.todos.toggle(actor.userId, input.id), NOT_FOUND, "todoNotFound");
}

/** Returns the deleted todo so the client can offer to undo. */
export async function deleteTodo(db: Database, actor: Actor, input: TodoIdValues): Promise<Todo> {
  assertCanWriteOwnTodos(actor);
  return found(await db.todos.delete(actor.userId, input.id), NOT_FOUND, "todoNotFound");
}

export async function restoreTodo(db: Database, actor: Actor, input: RestoreTodoValues): Promise<Todo> {
  assertCanWriteOwnTodos(actor);
  // Ids are only ever reused by undo; anything else already holding it wins.
  if (await db.todos.exists(input.id)) throw new ConflictError("id", "That todo is already there.", "todoExists");
  return db.todos.restore(actor.userId, input);
}

/** Everyone's todos, for admins (the router requires the admin role). */
/** A page of the admin todos list; `total` (bounded) comes with the first page only. */
export type AdminTodoPage = { items: TodoWithOwner[]; nextCursor: string | null; total: BoundedTotal | null };

export function listAllTodos(db: Database, input: AdminListTodosValues): Promise<AdminTodoPage> {
  return db.todos.listAll(input);
}
