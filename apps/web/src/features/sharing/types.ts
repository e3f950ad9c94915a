import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@planner/api";

type ShareOutputs = inferRouterOutputs<AppRouter>["share"];

/** A subscriber who may read a calendar, since when, and who let them. */
export type Follower = ShareOutputs["followers"][number];
/** A calendar someone shared with the subscriber. */
export type SharedCalendar = ShareOutputs["sharedWithMe"][number];
