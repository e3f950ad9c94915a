import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@planner/api";

/** What `search.query` answers: schedules by day (upcoming, then past) and todos. */
export type SearchResults = inferRouterOutputs<AppRouter>["search"]["query"];
export type SearchDay = SearchResults["upcoming"][number];
