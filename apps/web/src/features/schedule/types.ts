import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@planner/api";

type Outputs = inferRouterOutputs<AppRouter>;

/** A schedule as the viewer sees it: with its owner, and `readOnly` where the viewer may not change it. */
export type Schedule = Outputs["schedule"]["range"][number];
/** One page of `schedule.list`: the caller's own schedules by start. */
type ScheduleListPage = Outputs["schedule"]["list"];
export type OwnSchedule = ScheduleListPage["items"][number];
/** One page of `admin.schedules.list`, with a total for page numbers. */
export type AdminScheduleListPage = Outputs["admin"]["schedules"]["list"];
