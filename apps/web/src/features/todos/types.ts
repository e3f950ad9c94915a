import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@planner/api";

type TodoOutputs = inferRouterOutputs<AppRouter>["todo"];

/** One page of `todo.list`: a view's todos in its order, with its counts and the owner's today. */
export type TodoListPage = TodoOutputs["list"];
export type Todo = TodoListPage["items"][number];
export type TodoCounts = TodoListPage["counts"];
export type TodoViewCounts = TodoOutputs["viewCounts"];
export type Project = TodoOutputs["project"]["list"][number];
export type Label = TodoOutputs["label"]["list"][number];
