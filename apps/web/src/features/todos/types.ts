import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@planner/api";

type TodoOutputs = inferRouterOutputs<AppRouter>["todo"];

/** One page of `todo.list`: newest first, with the counts of every filter. */
export type TodoListPage = TodoOutputs["list"];
export type Todo = TodoListPage["items"][number];
export type TodoCounts = TodoListPage["counts"];
