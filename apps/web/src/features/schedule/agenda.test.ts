import { describe, expect, it, vi } from "vitest";
import { AGENDA_QUIET_WINDOWS, AGENDA_WINDOWS_PER_LOAD, agendaDays, agendaIsQuiet, agendaWindow, agendaWindows, trailingEmptyWindows, type AgendaProgress } from "./agenda-windows";
import { calendarHref, readCalendarState, shiftCalendarDate, visibleRange } from "./calendar-state";
import { handleAgendaEndReached, handleAgendaLookFurther } from "./events";

const ZONE = "America/New_York";
type Item = { id: string; title: string; startAt: Date; endAt: Date; status: "OPEN" | "CLOSED" };
const item = (id: string, start: string, end: string, status: Item["status"] = "OPEN"): Item => ({ id, title: id, startAt: new Date(start), endAt: new Date(end), status });
const titles = (days: { date: string; schedules: Item[] }[]) => days.map((day) => [day.date, day.schedules.map((schedule) => schedule.title)]);

describe("agenda windows", () => {
  it("are 30 days from midnight to midnight in the zone, across a daylight-saving change", () => {
    // New York leaves daylight saving on 1 November 2026: the first window is 30 days and one hour long.
    expect(agendaWindow("2026-10-21", 0, ZONE)).toEqual({ from: new Date("2026-10-21T04:00:00Z"), to: new Date("2026-11-20T05:00:00Z") });
    expect(agendaWindow("2026-10-21", 1, ZONE)).toEqual({ from: new Date("2026-11-20T05:00:00Z"), to: new Date("2026-12-20T05:00:00Z") });
    expect(agendaWindows("2026-10-21", 3, ZONE).map((window) => window.from.toISOString())).toEqual([
      "2026-10-21T04:00:00.000Z",
      "2026-11-20T05:00:00.000Z",
      "2026-12-20T05:00:00.000Z",
    ]);
  });

  it("make the agenda a view of the calendar: its first window is what the screen fetches, previous / next move by one", () => {
    const state = readCalendarState(new URLSearchParams("view=agenda&date=2026-11-21"), { timeZone: ZONE, phone: false });
    expect(state).toEqual({ view: "agenda", date: "2026-11-21", filter: "all" });
    expect(visibleRange("agenda", "2026-11-21", ZONE)).toEqual(agendaWindow("2026-11-21", 0, ZONE));
    expect(shiftCalendarDate(state, 1)).toBe("2026-12-21");
    expect(shiftCalendarDate(state, -1)).toBe("2026-10-22");
    expect(calendarHref("/calendar", state)).toBe("/calendar?view=agenda&date=2026-11-21");
  });
});

describe("agendaDays", () => {
  it("groups by the start day in the zone, each schedule once, days and schedules by start", () => {
    const late = item("late", "2026-11-22T01:00:00Z", "2026-11-22T02:00:00Z"); // 20:00 on the 21st in New York
    const edge = item("edge", "2026-12-20T04:00:00Z", "2026-12-20T06:00:00Z"); // across the windows' edge: in both
    const early = item("early", "2026-11-21T14:00:00Z", "2026-11-21T15:00:00Z");
    const days = agendaDays([[early, late, edge], [edge]], "2026-11-21", ZONE, "all");
    expect(titles(days)).toEqual([
      ["2026-11-21", ["early", "late"]],
      ["2026-12-19", ["edge"]],
    ]);
  });

  it("puts a schedule still going on from before under the first day, and applies the filter", () => {
    const ongoing = item("ongoing", "2026-11-20T22:00:00Z", "2026-11-21T16:00:00Z");
    const done = item("done", "2026-11-23T14:00:00Z", "2026-11-23T15:00:00Z", "CLOSED");
    expect(titles(agendaDays([[ongoing, done]], "2026-11-21", ZONE, "all"))).toEqual([
      ["2026-11-21", ["ongoing"]],
      ["2026-11-23", ["done"]],
    ]);
    expect(titles(agendaDays([[ongoing, done]], "2026-11-21", ZONE, "done"))).toEqual([["2026-11-23", ["done"]]]);
  });

  it("shows what has arrived while later windows load", () => {
    expect(titles(agendaDays([undefined, [item("a", "2026-12-01T14:00:00Z", "2026-12-01T15:00:00Z")]], "2026-11-21", ZONE, "all"))).toEqual([["2026-12-01", ["a"]]]);
  });
});

describe("trailingEmptyWindows", () => {
  const one = [item("a", "2026-12-01T14:00:00Z", "2026-12-01T15:00:00Z", "CLOSED")];
  it("counts the empty windows after the last that holds something shown", () => {
    expect(trailingEmptyWindows([one, [], []], "all")).toBe(2);
    expect(trailingEmptyWindows([one, [], []], "planned")).toBe(3);
    expect(trailingEmptyWindows([[], one], "all")).toBe(0);
  });
  it("stops at a window still loading", () => {
    expect(trailingEmptyWindows([[], [], undefined], "all")).toBe(0);
    expect(trailingEmptyWindows([[], undefined, []], "all")).toBe(1);
  });
});

describe("handleAgendaEndReached", () => {
  const progress = (changes: Partial<AgendaProgress> = {}): AgendaProgress => ({ windows: 3, loading: false, failed: false, trailingEmpty: 0, ...changes });

  it("asks for the next windows when the end of the list is in view", () => {
    const loadMore = vi.fn();
    handleAgendaEndReached(progress(), { loadMore });
    expect(loadMore).toHaveBeenCalledWith(3 + AGENDA_WINDOWS_PER_LOAD);
  });

  it.each([
    ["while windows are loading", { loading: true }],
    ["after a window failed (its retry is shown)", { failed: true }],
    ["after a year with nothing in it", { trailingEmpty: AGENDA_QUIET_WINDOWS }],
  ])("waits %s", (_label, changes) => {
    const loadMore = vi.fn();
    handleAgendaEndReached(progress(changes), { loadMore });
    expect(loadMore).not.toHaveBeenCalled();
  });

  it("goes on after a quiet year when asked to look further, but not twice while loading", () => {
    const quiet = progress({ windows: 12, trailingEmpty: 12 });
    expect(agendaIsQuiet(quiet)).toBe(true);
    const loadMore = vi.fn();
    handleAgendaLookFurther(quiet, { loadMore });
    handleAgendaLookFurther({ ...quiet, windows: 15, loading: true }, { loadMore });
    expect(loadMore.mock.calls).toEqual([[15]]);
  });
});
