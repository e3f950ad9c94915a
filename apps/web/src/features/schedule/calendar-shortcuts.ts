import { calendarHref, shiftCalendarDate, type CalendarState, type CalendarView } from "./calendar-state";
import { todayIn } from "./zoned-time";

/** What the calendar's keys do to what it shows (c, a and ? are the screen's). */
export type CalendarMove = { view: CalendarView } | { step: 1 | -1 } | "today";

/** The calendar address a key leads to: another view of the same date, the next or previous period, or today. */
export function calendarShortcutHref(move: CalendarMove, state: CalendarState, basePath: string, timeZone: string, now: Date = new Date()): string {
  if (move === "today") return calendarHref(basePath, { ...state, date: todayIn(timeZone, now) });
  if ("view" in move) return calendarHref(basePath, { ...state, view: move.view });
  return calendarHref(basePath, { ...state, date: shiftCalendarDate(state, move.step) });
}
