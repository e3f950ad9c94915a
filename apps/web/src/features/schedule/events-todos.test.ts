import { beforeAll, describe, expect, it, vi } from "vitest";
import { deferred, fakeOptimisticCache } from "~/test-support/fakes";
import { UNREACHABLE, networkFailure, serverRefusal } from "~/test-support/server-answers";
import { applyCalendarTodoChange, type CalendarTodo, type CalendarTodoChange } from "./calendar-todos";
import { handleCalendarTodoDrop, handleCalendarTodoToggle, handleShowTodosChange, type CalendarTodoApi, type CalendarTodoEffects } from "./events";
import { scheduleSchemas } from "./load-schedule-schemas";

// The calendar loads the handlers' schemas once it has drawn; so do these tests, so
// that "at once" means in the same tick, as on the page.
beforeAll(() => scheduleSchemas.load());

// The calendar's todo handlers with fake effects: a cached window of todos, the
// two mutations, the toasts. The calendar is in Seoul; now is Wednesday
// 9 January 2030, 10:00 there.
const ZONE = "Asia/Seoul";
const NOW = new Date("2030-01-09T01:00:00Z");

const rent: CalendarTodo = { id: "0192f0c4-0000-7000-8000-000000000001", contents: "Pay rent", done: false, dueOn: "2030-01-09", dueAt: null, overdue: false };
// Due yesterday at 18:00 in Seoul, still open: shown on today's all-day row.
const report: CalendarTodo = {
  id: "0192f0c4-0000-7000-8000-000000000002",
  contents: "Send the report",
  done: false,
  dueOn: "2030-01-08",
  dueAt: new Date("2030-01-08T09:00:00Z"),
  overdue: true,
};
// Today 15:00, ticked off already.
const call: CalendarTodo = { id: "0192f0c4-0000-7000-8000-000000000003", contents: "Call mum", done: true, dueOn: "2030-01-09", dueAt: new Date("2030-01-09T06:00:00Z"), overdue: false };

function setUp(api: Partial<CalendarTodoApi> = {}) {
  const { cache, state } = fakeOptimisticCache<CalendarTodo[], CalendarTodoChange>([rent, report, call], applyCalendarTodoChange);
  const effects: CalendarTodoEffects = {
    api: { toggle: vi.fn().mockResolvedValue({}), update: vi.fn().mockResolvedValue({}), ...api },
    cache,
    notices: { error: vi.fn() },
  };
  const shown = (id: string) => state().find((todo) => todo.id === id)!;
  return { effects, cache, state, shown };
}

describe("handleCalendarTodoToggle", () => {
  it("ticks a todo off at once, before the server answers, and keeps it so", async () => {
    const answer = deferred<unknown>();
    const { effects, cache, shown } = setUp({ toggle: vi.fn(() => answer.promise) });
    const toggling = handleCalendarTodoToggle(rent, ZONE, effects, NOW);
    expect(shown(rent.id).done).toBe(true);
    expect(effects.api.toggle).toHaveBeenCalledWith({ id: rent.id });
    answer.resolve({});
    await toggling;
    expect(shown(rent.id).done).toBe(true);
    expect(cache.settle).toHaveBeenCalledTimes(1);
    expect(effects.notices.error).not.toHaveBeenCalled();
  });

  it("an overdue todo ticked off is no longer overdue; opened again, a passed time makes it overdue", async () => {
    const { effects, shown } = setUp();
    await handleCalendarTodoToggle(report, ZONE, effects, NOW);
    expect(shown(report.id)).toMatchObject({ done: true, overdue: false });
    await handleCalendarTodoToggle(shown(report.id), ZONE, effects, NOW);
    expect(shown(report.id)).toMatchObject({ done: false, overdue: true });
    // 15:00 today has not come yet at 10:00: opened again, it is not overdue.
    await handleCalendarTodoToggle(call, ZONE, effects, NOW);
    expect(shown(call.id)).toMatchObject({ done: false, overdue: false });
  });

  it("takes the tick back with the server's reason when refused, and says when the server cannot be reached", async () => {
    const { effects, shown } = setUp({ toggle: vi.fn().mockRejectedValue(serverRefusal("That todo does not exist.", { code: "NOT_FOUND" })) });
    await handleCalendarTodoToggle(rent, ZONE, effects, NOW);
    expect(shown(rent.id)).toEqual(rent);
    expect(effects.notices.error).toHaveBeenCalledWith("That todo does not exist.");

    const offline = setUp({ toggle: vi.fn().mockRejectedValue(networkFailure()) });
    await handleCalendarTodoToggle(call, ZONE, offline.effects, NOW);
    expect(offline.shown(call.id)).toEqual(call);
    expect(offline.effects.notices.error).toHaveBeenCalledWith(UNREACHABLE);
  });

  it("sends nothing for a todo without a real id (not stored yet)", async () => {
    const { effects } = setUp();
    await handleCalendarTodoToggle({ ...rent, id: "pending-1" }, ZONE, effects, NOW);
    expect(effects.api.toggle).not.toHaveBeenCalled();
  });
});

describe("handleCalendarTodoDrop", () => {
  const revert = () => vi.fn();

  it("a date-only todo dropped on another day is due that day, shown there at once", async () => {
    const { effects, shown } = setUp();
    const ui = { revert: revert() };
    await handleCalendarTodoDrop(rent, { allDay: true, date: "2030-01-11" }, ZONE, effects, ui, NOW);
    expect(effects.api.update).toHaveBeenCalledWith({ id: rent.id, dueOn: "2030-01-11", dueTime: null });
    expect(shown(rent.id)).toMatchObject({ dueOn: "2030-01-11", dueAt: null, overdue: false });
    expect(ui.revert).not.toHaveBeenCalled();
  });

  it("dropped at a time on the grid, it is due then, on the calendar's clock", async () => {
    const { effects, shown } = setUp();
    await handleCalendarTodoDrop(rent, { allDay: false, start: new Date("2030-01-10T05:30:00Z") }, ZONE, effects, { revert: revert() }, NOW);
    expect(effects.api.update).toHaveBeenCalledWith({ id: rent.id, dueOn: "2030-01-10", dueTime: "14:30" });
    expect(shown(rent.id)).toMatchObject({ dueOn: "2030-01-10", dueAt: new Date("2030-01-10T05:30:00Z") });
  });

  it("an overdue todo carried over to today keeps its time when moved to another day's all-day row", async () => {
    const { effects, shown } = setUp();
    await handleCalendarTodoDrop(report, { allDay: true, date: "2030-01-10" }, ZONE, effects, { revert: revert() }, NOW);
    expect(effects.api.update).toHaveBeenCalledWith({ id: report.id, dueOn: "2030-01-10", dueTime: "18:00" });
    expect(shown(report.id)).toMatchObject({ dueOn: "2030-01-10", dueAt: new Date("2030-01-10T09:00:00Z"), overdue: false });
  });

  it("a timed todo dropped on the all-day row loses its time", async () => {
    const { effects } = setUp();
    await handleCalendarTodoDrop(call, { allDay: true, date: "2030-01-12" }, ZONE, effects, { revert: revert() }, NOW);
    expect(effects.api.update).toHaveBeenCalledWith({ id: call.id, dueOn: "2030-01-12", dueTime: null });
  });

  it("refused: the calendar puts it back and the cache is as before, with the server's reason", async () => {
    const { effects, state } = setUp({ update: vi.fn().mockRejectedValue(serverRefusal("That todo does not exist.", { code: "NOT_FOUND" })) });
    const ui = { revert: revert() };
    await handleCalendarTodoDrop(rent, { allDay: true, date: "2030-01-11" }, ZONE, effects, ui, NOW);
    expect(ui.revert).toHaveBeenCalledTimes(1);
    expect(state()).toEqual([rent, report, call]);
    expect(effects.notices.error).toHaveBeenCalledWith("That todo does not exist.");
  });

  it("a drop the server's schema would refuse is put back without a call", async () => {
    const { effects } = setUp();
    const ui = { revert: revert() };
    await handleCalendarTodoDrop({ ...rent, id: "pending-1" }, { allDay: true, date: "2030-01-11" }, ZONE, effects, ui, NOW);
    expect(effects.api.update).not.toHaveBeenCalled();
    expect(ui.revert).toHaveBeenCalledTimes(1);
    expect(effects.notices.error).toHaveBeenCalledWith("This todo cannot be moved there.");
  });
});

describe("handleShowTodosChange", () => {
  it("shows or hides the todos and remembers the choice", () => {
    const ui = { setShowTodos: vi.fn(), remember: vi.fn() };
    handleShowTodosChange(false, ui);
    handleShowTodosChange(true, ui);
    expect(ui.setShowTodos.mock.calls).toEqual([[false], [true]]);
    expect(ui.remember.mock.calls).toEqual([[false], [true]]);
  });
});
