import type { ScheduleStatus } from "@planner/domain";

// All / Planned / Done, as the calendar and the lists show them; in the URL as ?filter=planned|done.
export const SCHEDULE_FILTERS = ["all", "planned", "done"] as const;
export type ScheduleFilter = (typeof SCHEDULE_FILTERS)[number];

/** The message key of each filter's tab. */
export const SCHEDULE_FILTER_KEYS = { all: "schedule.filterAll", planned: "schedule.filterPlanned", done: "schedule.filterDone" } as const satisfies Record<ScheduleFilter, string>;

const STATUS_OF: Record<ScheduleFilter, ScheduleStatus | undefined> = { all: undefined, planned: "OPEN", done: "CLOSED" };

/** Anything but a known filter (an old or hand-typed link) shows all. */
export function parseScheduleFilter(value: string | null | undefined): ScheduleFilter {
  return SCHEDULE_FILTERS.find((filter) => filter === value) ?? "all";
}

/** The status the server filters on; none for all. */
export function statusOfFilter(filter: ScheduleFilter): ScheduleStatus | undefined {
  return STATUS_OF[filter];
}

export function filterShowsSchedule(filter: ScheduleFilter, schedule: { status: ScheduleStatus }): boolean {
  const status = STATUS_OF[filter];
  return status === undefined || schedule.status === status;
}
