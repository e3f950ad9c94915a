import { beforeAll, describe, expect, it, vi } from "vitest";
import type { DateRange } from "@planner/domain";
import { deferred, fakeFormErrors, fakeNotices, fakeOptimisticCache } from "~/test-support/fakes";
import { UNREACHABLE, networkFailure, serverRefusal } from "~/test-support/server-answers";
import type { CalendarState } from "./calendar-state";
import {
  handleCalendarDayOpen,
  handleCalendarFilterSelect,
  handleCalendarNavigate,
  handleCalendarViewSelect,
  handleNewScheduleClick,
  handleScheduleClick,
  handleScheduleCreateSubmit,
  handleScheduleDelete,
  handleScheduleDrop,
  handleScheduleEditSubmit,
  handleScheduleFilterSelect,
  handleScheduleResize,
  handleScheduleRestore,
  handleScheduleStatusToggle,
  handleScheduleTimesUndo,
  handleSlotSelect,
  handleTimeZoneChange,
  type ScheduleApi,
  type ScheduleEffects,
  type TimeZoneEffects,
} from "./events";
import { applyScheduleChange, type ScheduleChange } from "./schedule-cache";
import { scheduleFixture } from "./schedule-fixture";
import type { ScheduleDraft, ScheduleField } from "./schedule-form";
import type { Schedule } from "./types";
import { scheduleSchemas } from "./load-schedule-schemas";

// The calendar loads the handlers' schemas once it has drawn; so do these tests, so
// that "at once" means in the same tick, as on the page.
beforeAll(() => scheduleSchemas.load());

// The calendar is drawn in Berlin (UTC+1 in January); the week of 7–13 January 2030 is on screen.
const ZONE = "Europe/Berlin";
const WINDOW: DateRange = { from: new Date("2030-01-06T23:00:00Z"), to: new Date("2030-01-13T23:00:00Z") };
const at = (local: string) => new Date(`${local}+01:00`);

function schedule(title: string, start: string, end: string, changes: Partial<Schedule> = {}): Schedule {
  return scheduleFixture({ title, startAt: at(start), endAt: at(end), ...changes });
}

const dentist = schedule("Dentist", "2030-01-09T10:00", "2030-01-09T10:30", { memo: "Bring the card" });
const standup = schedule("Standup", "2030-01-10T09:00", "2030-01-10T09:30");

function setUp(api: Partial<ScheduleApi> = {}) {
  const { cache, state } = fakeOptimisticCache([dentist, standup], (shown: Schedule[], change: ScheduleChange) => applyScheduleChange(shown, WINDOW, change));
  const notices = { ...fakeNotices(), undoable: vi.fn<(message: string, undo: () => void) => void>() };
  const effects: ScheduleEffects = {
    api: { create: vi.fn(), update: vi.fn(), setStatus: vi.fn(), delete: vi.fn(), restore: vi.fn(), restoreOccurrence: vi.fn(), ...api },
    cache,
    notices,
  };
  return { effects, cache, notices, shown: state };
}

function formUi() {
  const { form, ui } = fakeFormErrors<ScheduleField>();
  return { form, ui: { ...ui, close: vi.fn(), askScope: vi.fn() } };
}

describe("opening the new-schedule form", () => {
  it("snaps a slot selection to the half-hour grid of the calendar's zone", () => {
    const openCreate = vi.fn();
    handleSlotSelect({ start: at("2030-01-09T10:10"), end: at("2030-01-09T10:50"), allDay: false }, ZONE, { openCreate });
    expect(openCreate).toHaveBeenCalledWith(expect.objectContaining({ title: "", memo: "", allDay: false, startAt: "2030-01-09T10:00", endAt: "2030-01-09T11:00", reminders: null }));
  });

  it("turns days picked in the month view into an all-day schedule over them", () => {
    const openCreate = vi.fn();
    // FullCalendar ends a day selection at the midnight after its last day.
    handleSlotSelect({ start: at("2030-01-09T00:00"), end: at("2030-01-11T00:00"), allDay: true }, ZONE, { openCreate });
    handleSlotSelect({ start: at("2030-01-12T00:00"), end: at("2030-01-13T00:00"), allDay: true }, ZONE, { openCreate });
    const drafts = openCreate.mock.calls.map(([draft]) => draft as ScheduleDraft);
    expect(drafts.map((draft) => [draft.allDay, draft.startDate, draft.endDate, draft.recurrence.freq, draft.reminders])).toEqual([
      [true, "2030-01-09", "2030-01-10", "NONE", null],
      [true, "2030-01-12", "2030-01-12", "NONE", null],
    ]);
  });

  it("opens the button's form on the next half hour today, or at nine on another day", () => {
    const openCreate = vi.fn();
    handleNewScheduleClick("2030-01-09", ZONE, { openCreate }, at("2030-01-09T14:05"));
    handleNewScheduleClick("2030-01-11", ZONE, { openCreate }, at("2030-01-09T14:05"));
    expect(openCreate.mock.calls).toEqual([
      [expect.objectContaining({ title: "", memo: "", startAt: "2030-01-09T14:30", endAt: "2030-01-09T15:30" })],
      [expect.objectContaining({ title: "", memo: "", startAt: "2030-01-11T09:00", endAt: "2030-01-11T10:00" })],
    ]);
  });

  it("opens a clicked schedule", () => {
    const openSchedule = vi.fn();
    handleScheduleClick(dentist, { openSchedule });
    expect(openSchedule).toHaveBeenCalledWith(dentist);
  });
});

describe("handleScheduleCreateSubmit", () => {
  const values = { title: " Lunch ", memo: "", allDay: false, startAt: at("2030-01-11T12:00"), endAt: at("2030-01-11T13:00") };

  it("waits for the server, then shows its schedule and closes", async () => {
    const saved = schedule("Lunch", "2030-01-11T12:00", "2030-01-11T13:00");
    const answer = deferred<Schedule>();
    const { effects, shown } = setUp({ create: vi.fn(() => answer.promise) });
    const { form, ui } = formUi();
    const done = handleScheduleCreateSubmit(values, ZONE, effects, ui);
    expect(effects.api.create).toHaveBeenCalledWith({ title: "Lunch", memo: "", startAt: values.startAt, endAt: values.endAt });
    expect(shown()).toEqual([dentist, standup]);
    answer.resolve(saved);
    await done;
    expect(shown()).toEqual([dentist, standup, saved]);
    expect(ui.close).toHaveBeenCalled();
    expect(form).toEqual({ fieldErrors: {}, formError: undefined });
  });

  it("checks the server's time rules in the calendar's zone before sending", async () => {
    const { effects } = setUp();
    const { form, ui } = formUi();
    await handleScheduleCreateSubmit({ ...values, title: "", startAt: at("2030-01-11T12:15") }, ZONE, effects, ui);
    expect(form.fieldErrors).toEqual({ title: "Give the schedule a title.", startAt: "Start on the hour or half hour (Europe/Berlin)." });
    expect(effects.api.create).not.toHaveBeenCalled();
    expect(ui.close).not.toHaveBeenCalled();
  });

  it("puts the server's field messages at their fields and stays open", async () => {
    const refusal = serverRefusal("That title is taken today.", { fieldErrors: { title: ["That title is taken today."], endAt: ["Keep a schedule to at most 14 days."] } });
    const { effects, shown } = setUp({ create: vi.fn().mockRejectedValue(refusal) });
    const { form, ui } = formUi();
    await handleScheduleCreateSubmit(values, ZONE, effects, ui);
    expect(form.fieldErrors).toEqual({ title: "That title is taken today.", endAt: "Keep a schedule to at most 14 days." });
    expect(form.formError).toBeUndefined();
    expect(ui.close).not.toHaveBeenCalled();
    expect(shown()).toEqual([dentist, standup]);
  });

  it("says a refusal that names no field above the form", async () => {
    const { effects } = setUp({ create: vi.fn().mockRejectedValue(serverRefusal("This calendar is read-only for you.", { code: "FORBIDDEN" })) });
    const { form, ui } = formUi();
    await handleScheduleCreateSubmit(values, ZONE, effects, ui);
    expect(form).toEqual({ fieldErrors: {}, formError: "This calendar is read-only for you." });
    expect(ui.close).not.toHaveBeenCalled();
  });

  it("says so above the form when the server cannot be reached", async () => {
    const { effects, shown } = setUp({ create: vi.fn().mockRejectedValue(networkFailure()) });
    const { form, ui } = formUi();
    await handleScheduleCreateSubmit(values, ZONE, effects, ui);
    expect(form.formError).toBe(UNREACHABLE);
    expect(ui.close).not.toHaveBeenCalled();
    expect(shown()).toEqual([dentist, standup]);
  });
});

describe("handleScheduleEditSubmit", () => {
  const edited = { title: "Dentist check-up", memo: "Bring the card", allDay: false, startAt: dentist.startAt, endAt: at("2030-01-09T11:00"), reminders: [] };

  it("sends only what changed and shows the server's version", async () => {
    const saved = { ...dentist, title: "Dentist check-up", endAt: edited.endAt };
    const { effects, shown } = setUp({ update: vi.fn().mockResolvedValue(saved) });
    const { ui } = formUi();
    await handleScheduleEditSubmit(dentist, edited, ZONE, effects, ui);
    expect(effects.api.update).toHaveBeenCalledWith({ id: dentist.id, title: "Dentist check-up", endAt: edited.endAt });
    expect(shown()).toEqual([saved, standup]);
    expect(ui.close).toHaveBeenCalled();
  });

  it("closes without asking when nothing changed", async () => {
    const { effects } = setUp();
    const { ui } = formUi();
    await handleScheduleEditSubmit(dentist, { title: "Dentist ", memo: "Bring the card", allDay: false, startAt: dentist.startAt, endAt: dentist.endAt }, ZONE, effects, ui);
    expect(effects.api.update).not.toHaveBeenCalled();
    expect(ui.close).toHaveBeenCalled();
  });

  it("keeps the old version and shows the server's field message", async () => {
    const refusal = serverRefusal("End after the start.", { fieldErrors: { endAt: ["End after the start."] } });
    const { effects, shown } = setUp({ update: vi.fn().mockRejectedValue(refusal) });
    const { form, ui } = formUi();
    await handleScheduleEditSubmit(dentist, edited, ZONE, effects, ui);
    expect(form.fieldErrors).toEqual({ endAt: "End after the start." });
    expect(shown()).toEqual([dentist, standup]);
    expect(ui.close).not.toHaveBeenCalled();
  });

  it("keeps the old version when the server cannot be reached", async () => {
    const { effects, shown } = setUp({ update: vi.fn().mockRejectedValue(networkFailure()) });
    const { form, ui } = formUi();
    await handleScheduleEditSubmit(dentist, edited, ZONE, effects, ui);
    expect(form.formError).toBe(UNREACHABLE);
    expect(shown()).toEqual([dentist, standup]);
  });
});

describe.each([
  ["handleScheduleDrop", handleScheduleDrop, { allDay: false, startAt: at("2030-01-11T15:00"), endAt: at("2030-01-11T15:30") }],
  ["handleScheduleResize", handleScheduleResize, { allDay: false, startAt: dentist.startAt, endAt: at("2030-01-09T11:30") }],
] as const)("%s", (_name, handle, times) => {
  it("shows the new times at once and keeps the server's version", async () => {
    const answer = deferred<Schedule>();
    const saved = { ...dentist, ...times, updatedAt: new Date() };
    const { effects, shown } = setUp({ update: vi.fn(() => answer.promise) });
    const revert = vi.fn();
    const done = handle(dentist, times, ZONE, effects, { revert, askScope: vi.fn() });
    expect(shown().find((item) => item.id === dentist.id)).toMatchObject(times);
    answer.resolve(saved);
    await done;
    expect(shown().find((item) => item.id === dentist.id)).toEqual(saved);
    expect(revert).not.toHaveBeenCalled();
    expect(effects.notices.error).not.toHaveBeenCalled();
    expect(effects.notices.undoable).toHaveBeenCalledWith(expect.stringContaining("“Dentist”"), expect.any(Function));
  });

  it("offers an undo that puts the old times back at once through update", async () => {
    const saved = { ...dentist, ...times, updatedAt: new Date() };
    const answer = deferred<Schedule>();
    const update = vi.fn().mockResolvedValueOnce(saved).mockImplementationOnce(() => answer.promise);
    const { effects, shown } = setUp({ update });
    await handle(dentist, times, ZONE, effects, { revert: vi.fn(), askScope: vi.fn() });
    const undo = vi.mocked(effects.notices.undoable).mock.calls[0]![1];
    undo();
    expect(update).toHaveBeenLastCalledWith({ id: dentist.id, startAt: dentist.startAt, endAt: dentist.endAt });
    expect(shown().find((item) => item.id === dentist.id)).toMatchObject({ startAt: dentist.startAt, endAt: dentist.endAt });
    answer.resolve({ ...dentist, updatedAt: new Date() });
    await vi.waitFor(() => expect(effects.cache.settle).toHaveBeenCalledTimes(2));
    expect(shown().find((item) => item.id === dentist.id)).toMatchObject({ startAt: dentist.startAt, endAt: dentist.endAt });
    expect(effects.notices.error).not.toHaveBeenCalled();
  });

  it("offers no undo when the move was refused", async () => {
    const { effects } = setUp({ update: vi.fn().mockRejectedValue(networkFailure()) });
    await handle(dentist, times, ZONE, effects, { revert: vi.fn(), askScope: vi.fn() });
    expect(effects.notices.undoable).not.toHaveBeenCalled();
  });

  it("puts the schedule back with the server's reason", async () => {
    const { effects, shown } = setUp({ update: vi.fn().mockRejectedValue(serverRefusal("This calendar is read-only for you.", { code: "FORBIDDEN" })) });
    const revert = vi.fn();
    await handle(dentist, times, ZONE, effects, { revert, askScope: vi.fn() });
    expect(revert).toHaveBeenCalled();
    expect(shown()).toEqual([dentist, standup]);
    expect(effects.notices.error).toHaveBeenCalledWith("This calendar is read-only for you.");
  });

  it("puts the schedule back when the server cannot be reached", async () => {
    const { effects, shown } = setUp({ update: vi.fn().mockRejectedValue(networkFailure()) });
    const revert = vi.fn();
    await handle(dentist, times, ZONE, effects, { revert, askScope: vi.fn() });
    expect(revert).toHaveBeenCalled();
    expect(shown()).toEqual([dentist, standup]);
    expect(effects.notices.error).toHaveBeenCalledWith(UNREACHABLE);
  });
});

describe("handleScheduleTimesUndo", () => {
  const moved = { ...dentist, startAt: at("2030-01-11T15:00"), endAt: at("2030-01-11T15:30") };
  const previous = { allDay: false as const, startAt: dentist.startAt, endAt: dentist.endAt };

  it("leaves the schedule where it was moved, with the server's reason, when the undo is refused", async () => {
    const { effects, cache, shown } = setUp({ update: vi.fn().mockRejectedValue(serverRefusal("That schedule does not exist.", { code: "NOT_FOUND" })) });
    cache.apply({ kind: "changed", before: dentist, after: moved });
    await handleScheduleTimesUndo(moved, previous, effects);
    expect(shown().find((item) => item.id === dentist.id)).toMatchObject({ startAt: moved.startAt, endAt: moved.endAt });
    expect(effects.notices.error).toHaveBeenCalledWith("That schedule does not exist.");
  });

  it("leaves it moved when the server cannot be reached", async () => {
    const { effects, cache, shown } = setUp({ update: vi.fn().mockRejectedValue(networkFailure()) });
    cache.apply({ kind: "changed", before: dentist, after: moved });
    await handleScheduleTimesUndo(moved, previous, effects);
    expect(shown().find((item) => item.id === dentist.id)).toMatchObject({ startAt: moved.startAt });
    expect(effects.notices.error).toHaveBeenCalledWith(UNREACHABLE);
  });
});

describe("a move off the rules", () => {
  it("is put back at once with the rule, and never sent", async () => {
    const { effects, cache } = setUp();
    const revert = vi.fn();
    await handleScheduleDrop(dentist, { allDay: false, startAt: at("2030-01-09T12:00"), endAt: at("2030-01-09T11:00") }, ZONE, effects, { revert, askScope: vi.fn() });
    expect(revert).toHaveBeenCalled();
    expect(effects.notices.error).toHaveBeenCalledWith("End after the start.");
    expect(effects.api.update).not.toHaveBeenCalled();
    expect(cache.apply).not.toHaveBeenCalled();
  });
});

describe("handleScheduleStatusToggle", () => {
  it("closes the dialog and marks the schedule done at once", async () => {
    const answer = deferred<Schedule>();
    const { effects, shown } = setUp({ setStatus: vi.fn(() => answer.promise) });
    const close = vi.fn();
    const done = handleScheduleStatusToggle(dentist, effects, { close });
    expect(close).toHaveBeenCalled();
    expect(effects.api.setStatus).toHaveBeenCalledWith({ id: dentist.id, status: "CLOSED" });
    expect(shown()[0]!.status).toBe("CLOSED");
    answer.resolve({ ...dentist, status: "CLOSED" });
    await done;
    expect(shown()[0]!.status).toBe("CLOSED");
  });

  it("plans it again when the server refuses", async () => {
    const { effects, shown } = setUp({ setStatus: vi.fn().mockRejectedValue(serverRefusal("That schedule does not exist.", { code: "NOT_FOUND" })) });
    await handleScheduleStatusToggle(dentist, effects, { close: vi.fn() });
    expect(shown()).toEqual([dentist, standup]);
    expect(effects.notices.error).toHaveBeenCalledWith("That schedule does not exist.");
  });

  it("plans it again when the server cannot be reached", async () => {
    const { effects, shown } = setUp({ setStatus: vi.fn().mockRejectedValue(networkFailure()) });
    await handleScheduleStatusToggle(dentist, effects, { close: vi.fn() });
    expect(shown()).toEqual([dentist, standup]);
    expect(effects.notices.error).toHaveBeenCalledWith(UNREACHABLE);
  });
});

describe("handleScheduleDelete", () => {
  it("closes the dialog, removes the schedule at once and says so", async () => {
    const { effects, shown } = setUp({ delete: vi.fn().mockResolvedValue({ id: dentist.id }) });
    const close = vi.fn();
    await handleScheduleDelete(dentist, effects, { close });
    expect(close).toHaveBeenCalled();
    expect(effects.api.delete).toHaveBeenCalledWith({ id: dentist.id });
    expect(shown()).toEqual([standup]);
    expect(effects.notices.undoable).toHaveBeenCalledWith("Deleted “Dentist”", expect.any(Function));
  });

  it("offers an undo that puts the schedule back at once, as it was, in its place", async () => {
    const answer = deferred<Schedule>();
    const { effects, shown } = setUp({ delete: vi.fn().mockResolvedValue({ id: dentist.id }), restore: vi.fn(() => answer.promise) });
    await handleScheduleDelete(dentist, effects, { close: vi.fn() });
    const undo = vi.mocked(effects.notices.undoable).mock.calls[0]![1];
    undo();
    expect(effects.api.restore).toHaveBeenCalledWith({
      id: dentist.id,
      ownerId: dentist.ownerId,
      title: "Dentist",
      memo: "Bring the card",
      startAt: dentist.startAt,
      endAt: dentist.endAt,
      allDay: false,
      status: "OPEN",
      reminders: dentist.reminders,
    });
    expect(shown()).toEqual([dentist, standup]);
    const restored = { ...dentist, updatedAt: new Date() };
    answer.resolve(restored);
    await vi.waitFor(() => expect(effects.cache.settle).toHaveBeenCalledTimes(2));
    expect(shown()).toEqual([restored, standup]);
  });

  it("brings the schedule back when the server refuses", async () => {
    const { effects, shown } = setUp({ delete: vi.fn().mockRejectedValue(serverRefusal("This calendar is read-only for you.", { code: "FORBIDDEN" })) });
    await handleScheduleDelete(dentist, effects, { close: vi.fn() });
    expect(shown()).toEqual([dentist, standup]);
    expect(effects.notices.error).toHaveBeenCalledWith("This calendar is read-only for you.");
    expect(effects.notices.undoable).not.toHaveBeenCalled();
  });

  it("brings the schedule back when the server cannot be reached", async () => {
    const { effects, shown } = setUp({ delete: vi.fn().mockRejectedValue(networkFailure()) });
    await handleScheduleDelete(dentist, effects, { close: vi.fn() });
    expect(shown()).toEqual([dentist, standup]);
    expect(effects.notices.error).toHaveBeenCalledWith(UNREACHABLE);
  });
});

describe("handleScheduleRestore", () => {
  it("takes the schedule away again when the server refuses to put it back", async () => {
    const { effects, cache, shown } = setUp({ restore: vi.fn().mockRejectedValue(serverRefusal("That schedule is already there.", { code: "CONFLICT" })) });
    cache.apply({ kind: "removed", schedule: dentist });
    await handleScheduleRestore(dentist, effects);
    expect(shown()).toEqual([standup]);
    expect(effects.notices.error).toHaveBeenCalledWith("That schedule is already there.");
  });

  it("takes it away again when the server cannot be reached", async () => {
    const { effects, cache, shown } = setUp({ restore: vi.fn().mockRejectedValue(networkFailure()) });
    cache.apply({ kind: "removed", schedule: dentist });
    await handleScheduleRestore(dentist, effects);
    expect(shown()).toEqual([standup]);
    expect(effects.notices.error).toHaveBeenCalledWith(UNREACHABLE);
  });

  it("sends nothing for a schedule that cannot be put back as it was", async () => {
    const { effects } = setUp();
    await handleScheduleRestore({ ...dentist, title: "" }, effects);
    expect(effects.api.restore).not.toHaveBeenCalled();
    expect(effects.notices.error).toHaveBeenCalledWith("That schedule cannot be put back.");
  });
});

describe("handleTimeZoneChange", () => {
  function zoneEffects(updateTimeZone: TimeZoneEffects["api"]["updateTimeZone"]) {
    return { api: { updateTimeZone: vi.fn(updateTimeZone) }, refresh: vi.fn(), notices: fakeNotices() };
  }

  it("moves the calendar to the new zone at once, saves it and reloads the server's parts", async () => {
    const answer = deferred<{ timeZone: string }>();
    const effects = zoneEffects(() => answer.promise);
    const setTimeZone = vi.fn();
    const done = handleTimeZoneChange("Asia/Tokyo", ZONE, effects, { setTimeZone });
    expect(setTimeZone).toHaveBeenCalledWith("Asia/Tokyo");
    expect(effects.api.updateTimeZone).toHaveBeenCalledWith({ timeZone: "Asia/Tokyo" });
    expect(effects.refresh).not.toHaveBeenCalled();
    answer.resolve({ timeZone: "Asia/Tokyo" });
    await done;
    expect(effects.refresh).toHaveBeenCalled();
    expect(effects.notices.success).toHaveBeenCalledWith("Times are now shown in Asia/Tokyo.");
  });

  it("asks nothing for the zone already shown, and refuses one that does not exist", async () => {
    const effects = zoneEffects(vi.fn());
    const setTimeZone = vi.fn();
    await handleTimeZoneChange(ZONE, ZONE, effects, { setTimeZone });
    await handleTimeZoneChange("Mars/Olympus_Mons", ZONE, effects, { setTimeZone });
    expect(effects.api.updateTimeZone).not.toHaveBeenCalled();
    expect(setTimeZone).not.toHaveBeenCalled();
    expect(effects.notices.error).toHaveBeenCalledWith("Choose a valid time zone.");
  });

  it("goes back to the saved zone when the server refuses", async () => {
    const effects = zoneEffects(() => Promise.reject(serverRefusal("Choose a valid time zone.", { fieldErrors: { timeZone: ["Choose a valid time zone."] } })));
    const setTimeZone = vi.fn();
    await handleTimeZoneChange("Asia/Tokyo", ZONE, effects, { setTimeZone });
    expect(setTimeZone.mock.calls).toEqual([["Asia/Tokyo"], [ZONE]]);
    expect(effects.notices.error).toHaveBeenCalledWith("Choose a valid time zone.");
    expect(effects.refresh).not.toHaveBeenCalled();
  });

  it("goes back to the saved zone when the server cannot be reached", async () => {
    const effects = zoneEffects(() => Promise.reject(networkFailure()));
    const setTimeZone = vi.fn();
    await handleTimeZoneChange("Asia/Tokyo", ZONE, effects, { setTimeZone });
    expect(setTimeZone.mock.calls).toEqual([["Asia/Tokyo"], [ZONE]]);
    expect(effects.notices.error).toHaveBeenCalledWith(UNREACHABLE);
  });
});

describe("the calendar's and the lists' URLs", () => {
  const state: CalendarState = { view: "week", date: "2030-01-09", filter: "all" };

  it("steps a view back and forward, and to today", () => {
    const navigate = vi.fn();
    handleCalendarNavigate("previous", state, ZONE, "/calendar", navigate);
    handleCalendarNavigate("next", { ...state, view: "month", filter: "done" }, ZONE, "/calendar", navigate);
    handleCalendarNavigate("today", state, "UTC", "/admin/users/u1/calendar", navigate);
    expect(navigate.mock.calls[0]).toEqual(["/calendar?view=week&date=2030-01-02"]);
    expect(navigate.mock.calls[1]).toEqual(["/calendar?view=month&date=2030-02-09&filter=done"]);
    expect(navigate.mock.calls[2]![0]).toMatch(/^\/admin\/users\/u1\/calendar\?view=week&date=\d{4}-\d{2}-\d{2}$/);
  });

  it("keeps the date in another view or filter, and opens a day on its own", () => {
    const navigate = vi.fn();
    handleCalendarViewSelect("day", state, "/calendar", navigate);
    handleCalendarFilterSelect("planned", state, "/calendar", navigate);
    // 23:30 UTC on the 9th is already the 10th in Berlin.
    handleCalendarDayOpen(new Date("2030-01-09T23:30:00Z"), state, ZONE, "/calendar", navigate);
    expect(navigate.mock.calls).toEqual([
      ["/calendar?view=day&date=2030-01-09"],
      ["/calendar?view=week&date=2030-01-09&filter=planned"],
      ["/calendar?view=day&date=2030-01-10"],
    ]);
  });

  it("sends a list's filter tab back to its first page", () => {
    const navigate = vi.fn();
    handleScheduleFilterSelect("done", "/schedules", navigate);
    handleScheduleFilterSelect("all", "/admin/users/u1/schedules", navigate);
    expect(navigate.mock.calls).toEqual([["/schedules?filter=done"], ["/admin/users/u1/schedules"]]);
  });
});
