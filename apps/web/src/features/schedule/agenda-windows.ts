import { dayRange, type DateRange } from "@planner/domain";
import { filterShowsSchedule, type ScheduleFilter } from "./filter";
import { localDateOf, middayOf, shiftDate } from "./zoned-time";

// The agenda (list) view: the calendar from a date on, loaded in 30-day
// windows through `schedule.range` (which serves at most 100 days). Each
// window is its own cached query, keyed like the grid views' windows, so the
// schedule dialog's optimistic edits and rollbacks (use-schedule-effects.ts)
// reach the agenda with no code of its own, and the first window is the very
// query the calendar screen already makes for the view.

export const AGENDA_WINDOW_DAYS = 30;
/** Windows asked for together as the end of the list comes into view (one batched request). */
export const AGENDA_WINDOWS_PER_LOAD = 3;
/** After this many empty windows in a row (about a year) the list stops loading on its own. */
export const AGENDA_QUIET_WINDOWS = 12;

/** The `index`th window from `startDate`: midnight to midnight in the zone, whatever the days' lengths. */
export function agendaWindow(startDate: string, index: number, timeZone: string): DateRange {
  const startOf = (offset: number) => dayRange(middayOf(shiftDate(startDate, "days", offset), timeZone), timeZone).from;
  return { from: startOf(index * AGENDA_WINDOW_DAYS), to: startOf((index + 1) * AGENDA_WINDOW_DAYS) };
}

export function agendaWindows(startDate: string, count: number, timeZone: string): DateRange[] {
  return Array.from({ length: count }, (_, index) => agendaWindow(startDate, index, timeZone));
}

type AgendaItem = { id: string; startAt: Date; endAt: Date; status: "OPEN" | "CLOSED" };

export type AgendaDay<Item> = { date: string; schedules: Item[] };

/**
 * The loaded windows' schedules as days from `startDate` on: each schedule
 * once (one over a window's edge comes in both), under the day it starts, or
 * under the first day when it started earlier and is still going on; days
 * and schedules by start.
 */
export function agendaDays<Item extends AgendaItem>(windows: readonly (readonly Item[] | undefined)[], startDate: string, timeZone: string, filter: ScheduleFilter): AgendaDay<Item>[] {
  const seen = new Map<string, Item>();
  for (const schedules of windows) {
    for (const schedule of schedules ?? []) {
      if (filterShowsSchedule(filter, schedule)) seen.set(`${schedule.id}|${schedule.startAt.getTime()}`, schedule);
    }
  }
  const sorted = [...seen.values()].sort((a, b) => a.startAt.getTime() - b.startAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const days = new Map<string, AgendaDay<Item>>();
  for (const schedule of sorted) {
    const started = localDateOf(schedule.startAt, timeZone);
    const date = started < startDate ? startDate : started;
    let day = days.get(date);
    if (!day) days.set(date, (day = { date, schedules: [] }));
    day.schedules.push(schedule);
  }
  return [...days.values()];
}

/** How many windows at the end of those loaded hold nothing (the filter applied); stops at the first still loading. */
export function trailingEmptyWindows(windows: readonly (readonly AgendaItem[] | undefined)[], filter: ScheduleFilter): number {
  let count = 0;
  for (let index = windows.length - 1; index >= 0; index -= 1) {
    const schedules = windows[index];
    if (!schedules) return count;
    if (schedules.some((schedule) => filterShowsSchedule(filter, schedule))) return count;
    count += 1;
  }
  return count;
}

/** What the end of the list may do: load on its own, wait, or offer to look further. */
export type AgendaProgress = { windows: number; loading: boolean; failed: boolean; trailingEmpty: number };

/** The list has found nothing for about a year after its last schedule (or at all): it waits to be asked. */
export function agendaIsQuiet(progress: AgendaProgress): boolean {
  return !progress.loading && progress.trailingEmpty >= AGENDA_QUIET_WINDOWS;
}
