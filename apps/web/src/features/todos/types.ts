import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@planner/api";

type TodoOutputs = inferRouterOutputs<AppRouter>["todo"];
type ListedTodo = TodoOutputs["list"]["items"][number];

/**
 * A todo as the views show it. Subtasks have the same shape (theirs are
 * always empty: one level), so the cache edits both alike.
 */
export type Todo = Omit<ListedTodo, "subtasks"> & { subtasks: Todo[] };
/** A todo as a mutation answers it (todo.create, update, …): its subtasks' own `subtasks` typed `{ id }[]`, always empty. */
export type SavedTodo = TodoOutputs["create"];
/** One page of `todo.list`: a view's todos in its order, with its counts and the owner's today. */
export type TodoListPage = Omit<TodoOutputs["list"], "items"> & { items: Todo[] };
export type TodoCounts = TodoListPage["counts"];
export type TodoViewCounts = TodoOutputs["viewCounts"];
export type Project = TodoOutputs["project"]["list"][number];
export type Label = TodoOutputs["label"]["list"][number];
