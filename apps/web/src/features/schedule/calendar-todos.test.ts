import { describe, expect, it } from "vitest";
import { agendaEntries, filterShowsTodo, todoPlacement, todosByDay, type CalendarTodo } from "./calendar-todos";

const TODAY = "2030-01-09";
const todo = (id: string, fields: Partial<CalendarTodo>): CalendarTodo => ({ id, contents: id, done: false, dueOn: TODAY, dueAt: null, overdue: false, ...fields });

const dateOnly = todo("a-date-only", {});
const timed = todo("b-timed", { dueAt: new Date("2030-01-09T06:00:00Z") });
const overdueFromYesterday = todo("c-overdue", { dueOn: "2030-01-08", dueAt: new Date("2030-01-08T09:00:00Z"), overdue: true });
const doneYesterday = todo("d-done", { dueOn: "2030-01-08", done: true });
const overdueToday = todo("e-overdue-today", { dueAt: new Date("2030-01-09T00:30:00Z"), overdue: true });
const tomorrow = todo("f-tomorrow", { dueOn: "2030-01-10" });

describe("todoPlacement", () => {
  it("a date alone on its day's all-day row; a time as a half-hour block at it", () => {
    expect(todoPlacement(dateOnly, TODAY)).toEqual({ allDay: true, date: TODAY, carriedOver: false });
    expect(todoPlacement(timed, TODAY)).toEqual({ allDay: false, start: timed.dueAt, end: new Date("2030-01-09T06:30:00Z"), carriedOver: false });
  });

  it("an open todo overdue from an earlier day on today's all-day row; overdue today stays at its time; done stays on its day", () => {
    expect(todoPlacement(overdueFromYesterday, TODAY)).toEqual({ allDay: true, date: TODAY, carriedOver: true });
    expect(todoPlacement(overdueToday, TODAY)).toMatchObject({ allDay: false, start: overdueToday.dueAt });
    expect(todoPlacement(doneYesterday, TODAY)).toEqual({ allDay: true, date: "2030-01-08", carriedOver: false });
    expect(todoPlacement({ ...dateOnly, dueOn: null }, TODAY)).toBeNull();
  });
});

describe("filterShowsTodo", () => {
  it("planned shows open todos, done the ticked ones, all both", () => {
    expect([filterShowsTodo("all", dateOnly), filterShowsTodo("planned", dateOnly), filterShowsTodo("done", dateOnly)]).toEqual([true, true, false]);
    expect([filterShowsTodo("all", doneYesterday), filterShowsTodo("planned", doneYesterday), filterShowsTodo("done", doneYesterday)]).toEqual([true, false, true]);
  });
});

describe("todosByDay (the agenda)", () => {
  it("groups the windows' todos under their days from the start, each once, date-only first then by time, overdue ones today", () => {
    // The first two windows overlap at their edge: tomorrow's todo is in both.
    const days = todosByDay([[timed, overdueFromYesterday, tomorrow], [tomorrow, dateOnly, doneYesterday]], TODAY, TODAY, "all");
    expect([...days.entries()].map(([date, todos]) => [date, todos.map((item) => item.id)])).toEqual([
      [TODAY, ["a-date-only", "c-overdue", "b-timed"]],
      ["2030-01-10", ["f-tomorrow"]],
    ]);
    expect([...todosByDay([[timed, doneYesterday]], "2030-01-08", TODAY, "done").keys()]).toEqual(["2030-01-08"]);
  });
});

describe("agendaEntries", () => {
  it("a day's untimed lines first (all-day schedules, then todos), then by time, a schedule before a todo at the same time", () => {
    const allDay = { title: "Holiday", allDay: true, startAt: new Date("2030-01-09T00:00:00Z") };
    const standUp = { title: "Stand-up", allDay: false, startAt: new Date("2030-01-09T06:00:00Z") };
    const early = { title: "Early", allDay: false, startAt: new Date("2030-01-09T00:00:00Z") };
    const lines = agendaEntries([allDay, early, standUp], [timed, dateOnly, overdueFromYesterday], TODAY).map((entry) =>
      entry.kind === "schedule" ? entry.schedule.title : entry.todo.id,
    );
    expect(lines).toEqual(["Holiday", "a-date-only", "c-overdue", "Early", "Stand-up", "b-timed"]);
  });
});
