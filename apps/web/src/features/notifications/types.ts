import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@planner/api";

type NotificationOutputs = inferRouterOutputs<AppRouter>["notification"];

/** One page of `notification.list`: newest first. */
export type NotificationListPage = NotificationOutputs["list"];
export type Notification = NotificationListPage["items"][number];
