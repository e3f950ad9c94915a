import type { Database, Todo, TodoCounts } from "@planner/db";
import {
  ConflictError,
  NotFoundError,
  assertCanWriteOwnTodos,
  type Actor,
  type TodoFilter,
} from "@planner/domain";

export type TodoListPage = { items: Todo[]; nextCursor: string | null; counts: TodoCounts };

export async function listOwnTodos(
  db: Database,
  actor: Actor,
  input: { filter: TodoFilter; cursor?: string | null; limit: number },
): Promise<TodoListPage> {
  const [page, counts] = await Promise.all([db.todos.listForOwner(actor.userId, input), db.todos.countsForOwner(actor.userId)]);
  return { ...page, counts };
}

export function createTodo(db: Database, actor: Actor, input: { contents: string }): Promise<Todo> {
  assertCanWriteOwnTodos(actor);
  return db.todos.create(actor.userId, input.contents);
}

export async function updateTodo(db: Database, actor: Actor, input: { id: string; contents: string }): Promise<Todo> {
  assertCanWriteOwnTodos(actor);
  return found(await db.todos.updateContents(actor.userId, input.id, input.contents));
}

export async function toggleTodo(db: Database, actor: Actor, input: { id: string }): Promise<Todo> {
  assertCanWriteOwnTodos(actor);
  return found(await db.todos.toggle(actor.userId, input.id));
}

/** Returns the deleted todo so the client can offer to undo. */
export async function deleteTodo(db: Database, actor: Actor, input: { id: string }): Promise<Todo> {
  assertCanWriteOwnTodos(actor);
  return found(await db.todos.delete(actor.userId, input.id));
}

export async function restoreTodo(
  db: Database,
  actor: Actor,
  input: { id: string; contents: string; done: boolean; createdAt: Date },
): Promise<Todo> {
  assertCanWriteOwnTodos(actor);
  // Ids are only ever reused by undo; anything else already holding it wins.
  if (await db.todos.exists(input.id)) throw new ConflictError("id", "That todo is already there.");
  return db.todos.restore(actor.userId, input);
}

// Another person's todo is reported exactly like a missing one.
function found(todo: Todo | null): Todo {
  if (!todo) throw new NotFoundError("That todo");
  return todo;
}
