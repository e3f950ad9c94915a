import { parseScheduleFilter, type ScheduleFilter } from "./filter";

// The schedule lists keep their filter and page in the URL
// (/schedules?filter=done&page=2), so a reload or a shared link keeps them.

export function scheduleListHref(basePath: string, filter: ScheduleFilter, page = 1): string {
  const query = new URLSearchParams();
  if (filter !== "all") query.set("filter", filter);
  if (page > 1) query.set("page", String(page));
  const search = query.toString();
  return search ? `${basePath}?${search}` : basePath;
}

/** ?page=3 → 3; anything else → 1. */
function parseListPage(value: string | null | undefined): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1;
}

export function readScheduleListState(params: { get: (name: string) => string | null }) {
  return { filter: parseScheduleFilter(params.get("filter")), page: parseListPage(params.get("page")) };
}

/** The calendar's day view of a date: where a row's "Open in calendar" goes. */
export function calendarDayHref(calendarPath: string, date: string): string {
  return `${calendarPath}?${new URLSearchParams({ view: "day", date }).toString()}`;
}
