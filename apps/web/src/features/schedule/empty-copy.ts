import type { ScheduleFilter } from "./filter";

/** The message keys of an empty list, by filter. */
export const EMPTY_SCHEDULES = {
  all: { title: "schedule.emptyAllTitle", hint: "schedule.emptyAllHint" },
  planned: { title: "schedule.emptyPlannedTitle", hint: "schedule.emptyPlannedHint" },
  done: { title: "schedule.emptyDoneTitle", hint: "schedule.emptyDoneHint" },
} as const satisfies Record<ScheduleFilter, { title: string; hint: string }>;
