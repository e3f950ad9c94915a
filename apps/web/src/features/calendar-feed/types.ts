import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@planner/api";

type Outputs = inferRouterOutputs<AppRouter>;

/** The account's feed as Settings shows it: its address's first characters and options, never the address. */
export type CalendarFeed = NonNullable<Outputs["account"]["calendarFeed"]["get"]["feed"]>;
/** The address just made or replaced: shown this once. */
export type CreatedCalendarFeed = Outputs["account"]["calendarFeed"]["regenerate"];
