import { parseScheduleFilter, type ScheduleFilter } from "./filter";

// The schedule lists keep their filter in the URL (/schedules?filter=done),
// so a reload or a shared link keeps it. Pages go by "Load more" (keyset
// cursors), not by number, so there is no page in the URL.

export function scheduleListHref(basePath: string, filter: ScheduleFilter): string {
  return filter === "all" ? basePath : `${basePath}?${new URLSearchParams({ filter }).toString()}`;
}

export function readScheduleListState(params: { get: (name: string) => string | null }): { filter: ScheduleFilter } {
  return { filter: parseScheduleFilter(params.get("filter")) };
}

/** The calendar's day view of a date: where a row's "Open in calendar" goes. */
export function calendarDayHref(calendarPath: string, date: string): string {
  return `${calendarPath}?${new URLSearchParams({ view: "day", date }).toString()}`;
}
