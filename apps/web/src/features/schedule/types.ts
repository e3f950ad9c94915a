import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@planner/api";

type Outputs = inferRouterOutputs<AppRouter>;

/** A schedule as the viewer sees it: with its owner, and `readOnly` where the viewer may not change it. */
export type Schedule = Outputs["schedule"]["range"][number];
/** One page of `schedule.list`: the caller's own schedules by start. */
type ScheduleListPage = Outputs["schedule"]["list"];
export type OwnSchedule = ScheduleListPage["items"][number];
/** A row of `admin.schedules.list`: a schedule with its owner. */
export type AdminSchedule = Outputs["admin"]["schedules"]["list"]["items"][number];
/** A todo on the calendar: `todo.range`, the caller's own todos due in a window (and the open overdue ones). */
type TodoRange = Outputs["todo"]["range"];
export type TodoRangeData = TodoRange;
export type RangeTodo = TodoRange["items"][number];
