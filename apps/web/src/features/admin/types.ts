import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@planner/api";

type AdminOutputs = inferRouterOutputs<AppRouter>["admin"];

/** One page of the users table, with the total for page numbers. */
export type AdminUserListPage = AdminOutputs["users"]["list"];
export type AdminUserRow = AdminUserListPage["items"][number];
/** One account as admins see it. */
export type AdminUser = AdminOutputs["users"]["byId"];
/** A row of `admin.todos.list`: a todo with its owner. */
export type AdminTodo = AdminOutputs["todos"]["list"]["items"][number];
