import { WEEK_START_BY_LOCALE, dayRange, monthGridRange, weekRange, type DateRange, type WeekStart } from "@planner/domain";
import { AGENDA_WINDOW_DAYS, agendaWindow } from "./agenda-windows";
import { parseScheduleFilter, type ScheduleFilter } from "./filter";
import { isIsoDate, middayOf, shiftDate, todayIn } from "./zoned-time";

// What the calendar shows, as it is kept in the URL
// (/calendar?view=week&date=2026-11-23&filter=done), so a reload or a shared
// link shows the same.

/** The views FullCalendar draws as a grid. */
const GRID_VIEWS = ["month", "week", "day"] as const;
export type GridView = (typeof GRID_VIEWS)[number];
/** The grids and the agenda (a list from the date on, see schedule-agenda.tsx). */
export const CALENDAR_VIEWS = [...GRID_VIEWS, "agenda"] as const;
export type CalendarView = (typeof CALENDAR_VIEWS)[number];

export type CalendarState = { view: CalendarView; date: string; filter: ScheduleFilter };

/** FullCalendar's name for each view. */
export const FULLCALENDAR_VIEWS: Record<GridView, string> = { month: "dayGridMonth", week: "timeGridWeek", day: "timeGridDay" };

/** Previous / next: a month, a week, a day, or the agenda's first window. */
const STEP: Record<CalendarView, { unit: "months" | "weeks" | "days"; amount: number }> = {
  month: { unit: "months", amount: 1 },
  week: { unit: "weeks", amount: 1 },
  day: { unit: "days", amount: 1 },
  agenda: { unit: "days", amount: AGENDA_WINDOW_DAYS },
};

function parseCalendarView(value: string | null | undefined): CalendarView | undefined {
  return CALENDAR_VIEWS.find((view) => view === value);
}

/**
 * The state a URL asks for. Missing parts take defaults: today in the
 * calendar's zone, and the week (the day on phones, where a week is too narrow).
 */
export function readCalendarState(
  params: { get: (name: string) => string | null },
  defaults: { timeZone: string; phone: boolean },
): CalendarState {
  const date = params.get("date");
  return {
    view: parseCalendarView(params.get("view")) ?? (defaults.phone ? "day" : "week"),
    date: isIsoDate(date) ? date : todayIn(defaults.timeZone),
    filter: parseScheduleFilter(params.get("filter")),
  };
}

export function calendarHref(basePath: string, state: CalendarState): string {
  const query = new URLSearchParams({ view: state.view, date: state.date });
  if (state.filter !== "all") query.set("filter", state.filter);
  return `${basePath}?${query.toString()}`;
}

/** One view's step back or forward. */
export function shiftCalendarDate(state: CalendarState, direction: -1 | 1): string {
  const step = STEP[state.view];
  return shiftDate(state.date, step.unit, direction * step.amount);
}

/** The instants the view shows, in the calendar's zone: what to fetch, and what FullCalendar lays out. */
export function visibleRange(view: CalendarView, date: string, timeZone: string, weekStart: WeekStart = WEEK_START_BY_LOCALE.en): DateRange {
  const anchor = middayOf(date, timeZone);
  if (view === "month") return monthGridRange(anchor, timeZone, weekStart);
  if (view === "week") return weekRange(anchor, timeZone, weekStart);
  if (view === "agenda") return agendaWindow(date, 0, timeZone);
  return dayRange(anchor, timeZone);
}

export function rangeHolds(range: DateRange, instant: Date): boolean {
  return instant.getTime() >= range.from.getTime() && instant.getTime() < range.to.getTime();
}
