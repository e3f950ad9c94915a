import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { DateRange, UpdateScheduleInput } from "@planner/domain";
import { fakeFormErrors, fakeNotices, fakeOptimisticCache } from "~/test-support/fakes";
import { serverRefusal } from "~/test-support/server-answers";
import { handleScheduleCreateSubmit, handleScheduleDelete, handleScheduleDeleteClick, handleScheduleDrop, handleScheduleEditSubmit, handleScheduleResize, handleScheduleStatusToggle, type ScheduleApi, type ScheduleEffects } from "./events";
import { applyScheduleChange, scheduleKey, type ScheduleChange } from "./schedule-cache";
import { scheduleFixture } from "./schedule-fixture";
import type { ScheduleField } from "./schedule-form";
import type { Schedule } from "./types";
import { scheduleSchemas } from "./load-schedule-schemas";

// The calendar loads the handlers' schemas once it has drawn; so do these tests, so
// that "at once" means in the same tick, as on the page.
beforeAll(() => scheduleSchemas.load());

// The handlers with all-day schedules and occurrences of repeating ones: an
// occurrence is changed through its series (id, its start in the series, a
// scope asked of the person first), and told apart from its siblings by that start.

const ZONE = "Europe/Berlin";
// Monday 7 to Sunday 13 January 2030 in Berlin (UTC+1).
const WINDOW: DateRange = { from: new Date("2030-01-06T23:00:00Z"), to: new Date("2030-01-13T23:00:00Z") };
const at = (local: string) => new Date(`${local}+01:00`);
// A weekly standup on Mondays and Wednesdays: two occurrences this week, one id.
const seriesId = randomUUID();
const WEEKLY = "RRULE:FREQ=WEEKLY;BYDAY=MO,WE";
function occurrence(local: string): Schedule {
  const startAt = at(local);
  return scheduleFixture({ id: seriesId, title: "Standup", startAt, endAt: new Date(startAt.getTime() + 30 * 60_000), recurrence: WEEKLY, seriesId, occurrenceStartAt: startAt, reminders: [{ minutesBefore: 10 }] });
}
const monday = occurrence("2030-01-07T09:00");
const wednesday = occurrence("2030-01-09T09:00");
const trip = scheduleFixture({
  title: "Trip",
  allDay: true,
  startDate: "2030-01-10",
  endDate: "2030-01-12",
  startAt: new Date("2030-01-10T00:00:00Z"),
  endAt: new Date("2030-01-13T00:00:00Z"),
  reminders: [{ minutesBefore: 900 }],
});

function setUp(api: Partial<ScheduleApi> = {}) {
  const { cache, state } = fakeOptimisticCache([monday, wednesday, trip], (shown: Schedule[], change: ScheduleChange) => applyScheduleChange(shown, WINDOW, change));
  const notices = { ...fakeNotices(), undoable: vi.fn<(message: string, undo: () => void) => void>() };
  const effects: ScheduleEffects = { api: { create: vi.fn(), update: vi.fn(), setStatus: vi.fn(), delete: vi.fn(), restore: vi.fn(), restoreOccurrence: vi.fn(), ...api }, cache, notices };
  return { effects, cache, shown: state };
}

function formUi(scope: "this" | "following" | "all" | null = "this") {
  const { form, ui } = fakeFormErrors<ScheduleField>();
  return { form, ui: { ...ui, close: vi.fn(), askScope: vi.fn().mockResolvedValue(scope) } };
}

describe("the cache's keys", () => {
  it("tells occurrences of one series apart by their start", () => {
    expect(scheduleKey(monday)).not.toBe(scheduleKey(wednesday));
    expect(scheduleKey(trip)).toBe(`${trip.id}:`);
  });
});

describe("all-day schedules", () => {
  it("are created with their dates, the last day inclusive, and the chosen reminders", async () => {
    const { effects } = setUp({ create: vi.fn().mockResolvedValue(trip) });
    const { ui } = formUi();
    const values = { title: "Trip", memo: "", allDay: true, startAt: new Date("2030-01-10T00:00:00Z"), endAt: new Date("2030-01-13T00:00:00Z"), reminders: [900] };
    await handleScheduleCreateSubmit(values, ZONE, effects, ui);
    expect(effects.api.create).toHaveBeenCalledWith({ title: "Trip", memo: "", startDate: "2030-01-10", endDate: "2030-01-12", reminders: [{ minutesBefore: 900 }] });
    expect(ui.close).toHaveBeenCalled();
  });

  it("move by days: shown at once, sent as dates", async () => {
    const { effects, shown } = setUp({ update: vi.fn((input: UpdateScheduleInput) => Promise.resolve({ ...trip, startDate: input.startDate!, endDate: input.endDate! })) });
    const done = handleScheduleDrop(trip, { allDay: true, startDate: "2030-01-11", endDate: "2030-01-13" }, ZONE, effects, { revert: vi.fn(), askScope: vi.fn() });
    expect(shown().find((item) => item.id === trip.id)).toMatchObject({ startDate: "2030-01-11", endDate: "2030-01-13", startAt: new Date("2030-01-11T00:00:00Z") });
    await done;
    expect(effects.api.update).toHaveBeenCalledWith({ id: trip.id, startDate: "2030-01-11", endDate: "2030-01-13" });
  });

  it("resized past 14 days are put back with the rule, never sent", async () => {
    const { effects } = setUp();
    const revert = vi.fn();
    await handleScheduleResize(trip, { allDay: true, startDate: "2030-01-10", endDate: "2030-01-30" }, ZONE, effects, { revert, askScope: vi.fn() });
    expect(revert).toHaveBeenCalled();
    expect(effects.notices.error).toHaveBeenCalledWith("Keep a schedule to at most 14 days.");
    expect(effects.api.update).not.toHaveBeenCalled();
  });

  it("dropped into the hours become timed, with both times sent", async () => {
    const { effects } = setUp({ update: vi.fn().mockResolvedValue(trip) });
    const times = { allDay: false as const, startAt: at("2030-01-10T10:00"), endAt: at("2030-01-10T11:00") };
    await handleScheduleDrop(trip, times, ZONE, effects, { revert: vi.fn(), askScope: vi.fn() });
    expect(effects.api.update).toHaveBeenCalledWith({ id: trip.id, startAt: times.startAt, endAt: times.endAt });
  });

  it("edited from timed to all-day send the dates", async () => {
    const single = { ...monday, id: randomUUID(), recurrence: null, seriesId: null, occurrenceStartAt: null };
    const { effects } = setUp({ update: vi.fn().mockResolvedValue(single) });
    const { ui } = formUi();
    const values = { title: "Standup", memo: "", allDay: true, startAt: new Date("2030-01-07T00:00:00Z"), endAt: new Date("2030-01-08T00:00:00Z"), reminders: [10] };
    await handleScheduleEditSubmit(single, values, ZONE, effects, ui);
    expect(effects.api.update).toHaveBeenCalledWith({ id: single.id, startDate: "2030-01-07", endDate: "2030-01-07" });
    expect(ui.askScope).not.toHaveBeenCalled();
  });
});

describe("an occurrence of a repeating schedule", () => {
  it("asks the scope before a move; 'this event' moves it alone, at once, through its series", async () => {
    const { effects, shown } = setUp({ update: vi.fn((input: UpdateScheduleInput) => Promise.resolve({ ...wednesday, id: randomUUID(), startAt: input.startAt!, endAt: input.endAt! })) });
    const askScope = vi.fn().mockResolvedValue("this");
    const times = { allDay: false as const, startAt: at("2030-01-09T10:00"), endAt: at("2030-01-09T10:30") };
    await handleScheduleDrop(wednesday, times, ZONE, effects, { revert: vi.fn(), askScope });
    expect(askScope).toHaveBeenCalledWith({ action: "change", title: "Standup", allowThis: true });
    expect(effects.api.update).toHaveBeenCalledWith({ id: seriesId, occurrenceStartAt: wednesday.occurrenceStartAt, scope: "this", startAt: times.startAt, endAt: times.endAt });
    // Monday's occurrence is untouched; Wednesday's is the server's (now a schedule of its own).
    expect(shown().map((item) => item.startAt)).toEqual([monday.startAt, times.startAt, trip.startAt]);
    expect(shown()[0]).toBe(monday);
  });

  it("goes back where it was when the question is dismissed", async () => {
    const { effects, cache } = setUp();
    const revert = vi.fn();
    await handleScheduleDrop(wednesday, { allDay: false, startAt: at("2030-01-09T10:00"), endAt: at("2030-01-09T10:30") }, ZONE, effects, { revert, askScope: vi.fn().mockResolvedValue(null) });
    expect(revert).toHaveBeenCalled();
    expect(effects.api.update).not.toHaveBeenCalled();
    expect(cache.apply).not.toHaveBeenCalled();
  });

  it("moved with 'this and following', waits for the server, then fetches the calendar again", async () => {
    const { effects, cache, shown } = setUp({ update: vi.fn().mockResolvedValue(wednesday) });
    const times = { allDay: false as const, startAt: at("2030-01-09T10:00"), endAt: at("2030-01-09T10:30") };
    await handleScheduleDrop(wednesday, times, ZONE, effects, { revert: vi.fn(), askScope: vi.fn().mockResolvedValue("following") });
    expect(effects.api.update).toHaveBeenCalledWith(expect.objectContaining({ id: seriesId, scope: "following", occurrenceStartAt: wednesday.occurrenceStartAt }));
    expect(cache.apply).not.toHaveBeenCalled();
    expect(cache.settle).toHaveBeenCalled();
    expect(shown()).toEqual([monday, wednesday, trip]);
  });

  it("puts a scoped move back with the server's reason", async () => {
    const { effects } = setUp({ update: vi.fn().mockRejectedValue(serverRefusal("That schedule does not exist.", { code: "NOT_FOUND" })) });
    const revert = vi.fn();
    await handleScheduleDrop(wednesday, { allDay: false, startAt: at("2030-01-09T10:00"), endAt: at("2030-01-09T10:30") }, ZONE, effects, { revert, askScope: vi.fn().mockResolvedValue("all") });
    expect(revert).toHaveBeenCalled();
    expect(effects.notices.error).toHaveBeenCalledWith("That schedule does not exist.");
  });

  it("edited: the scope is asked; a new rule cannot be for this event alone", async () => {
    const { effects } = setUp({ update: vi.fn().mockResolvedValue(wednesday) });
    const { ui } = formUi("all");
    const values = { title: "Standup", memo: "", allDay: false, startAt: wednesday.startAt, endAt: wednesday.endAt, recurrence: "RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR", reminders: [10] };
    await handleScheduleEditSubmit(wednesday, values, ZONE, effects, ui);
    expect(ui.askScope).toHaveBeenCalledWith({ action: "change", title: "Standup", allowThis: false });
    expect(effects.api.update).toHaveBeenCalledWith({ id: seriesId, occurrenceStartAt: wednesday.occurrenceStartAt, scope: "all", recurrence: "RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR" });
    expect(effects.cache.settle).toHaveBeenCalled();
    expect(ui.close).toHaveBeenCalled();
  });

  it("edited and dismissed: nothing is sent and the dialog stays", async () => {
    const { effects } = setUp();
    const { ui } = formUi(null);
    await handleScheduleEditSubmit(wednesday, { title: "Daily standup", memo: "", allDay: false, startAt: wednesday.startAt, endAt: wednesday.endAt, reminders: [10] }, ZONE, effects, ui);
    expect(effects.api.update).not.toHaveBeenCalled();
    expect(ui.close).not.toHaveBeenCalled();
  });

  it("saved unchanged asks nothing (a rule written without BYDAY is the same rule)", async () => {
    const plain = { ...wednesday, recurrence: "RRULE:FREQ=WEEKLY" };
    const { effects } = setUp();
    const { ui } = formUi();
    await handleScheduleEditSubmit(plain, { title: "Standup", memo: "", allDay: false, startAt: plain.startAt, endAt: plain.endAt, recurrence: "RRULE:FREQ=WEEKLY;BYDAY=WE", reminders: [10] }, ZONE, effects, ui);
    expect(ui.askScope).not.toHaveBeenCalled();
    expect(effects.api.update).not.toHaveBeenCalled();
    expect(ui.close).toHaveBeenCalled();
  });

  it("is marked done on its own", async () => {
    const { effects, shown } = setUp({ setStatus: vi.fn().mockResolvedValue({ ...wednesday, status: "CLOSED" }) });
    await handleScheduleStatusToggle(wednesday, effects, { close: vi.fn() });
    expect(effects.api.setStatus).toHaveBeenCalledWith({ id: seriesId, status: "CLOSED", occurrenceStartAt: wednesday.occurrenceStartAt });
    expect(shown().map((item) => item.status)).toEqual(["OPEN", "CLOSED", "OPEN"]);
  });

  it("deleted with 'this event': it alone goes, at once", async () => {
    const { effects, shown } = setUp({ delete: vi.fn().mockResolvedValue({ id: seriesId }) });
    const ui = { confirm: vi.fn(), askScope: vi.fn().mockResolvedValue("this"), close: vi.fn() };
    await handleScheduleDeleteClick(wednesday, effects, ui);
    expect(ui.askScope).toHaveBeenCalledWith({ action: "delete", title: "Standup", allowThis: true });
    expect(ui.confirm).not.toHaveBeenCalled();
    expect(effects.api.delete).toHaveBeenCalledWith({ id: seriesId, occurrenceStartAt: wednesday.occurrenceStartAt, scope: "this" });
    expect(shown()).toEqual([monday, trip]);
    expect(effects.notices.undoable).toHaveBeenCalledWith("Deleted “Standup”", expect.any(Function));
  });

  it("deleted with 'this event', undone from the toast: it shows again at once, through its series", async () => {
    const { effects, shown } = setUp({ delete: vi.fn().mockResolvedValue({ id: seriesId }), restoreOccurrence: vi.fn().mockResolvedValue(wednesday) });
    await handleScheduleDelete(wednesday, effects, { close: vi.fn() }, "this");
    vi.mocked(effects.notices.undoable).mock.calls[0]![1]();
    expect(effects.api.restoreOccurrence).toHaveBeenCalledWith({ id: seriesId, occurrenceStartAt: wednesday.occurrenceStartAt });
    expect(shown().map((item) => scheduleKey(item))).toContain(scheduleKey(wednesday));
    await vi.waitFor(() => expect(effects.cache.settle).toHaveBeenCalledTimes(2));
    expect(effects.notices.error).not.toHaveBeenCalled();
  });

  it("a changed occurrence (a row of its own) deleted is only said gone: its undo would need the row back", async () => {
    const changed = { ...wednesday, id: randomUUID(), title: "Moved standup" };
    const { effects } = setUp({ delete: vi.fn().mockResolvedValue({ id: changed.id }) });
    await handleScheduleDelete(changed, effects, { close: vi.fn() }, "this");
    expect(effects.notices.undoable).not.toHaveBeenCalled();
    expect(effects.notices.success).toHaveBeenCalledWith("Deleted “Moved standup”");
  });

  it("deleted with 'this and following': the server deletes them, then the calendar is fetched again", async () => {
    const { effects, cache } = setUp({ delete: vi.fn().mockResolvedValue({ id: seriesId }) });
    await handleScheduleDelete(monday, effects, { close: vi.fn() }, "following");
    expect(effects.api.delete).toHaveBeenCalledWith({ id: seriesId, occurrenceStartAt: monday.occurrenceStartAt, scope: "following" });
    expect(cache.apply).not.toHaveBeenCalled();
    expect(cache.settle).toHaveBeenCalled();
    expect(effects.notices.success).toHaveBeenCalled();
  });

  it("not deleted when the question is dismissed; a one-off asks its own confirmation instead", async () => {
    const { effects } = setUp();
    const ui = { confirm: vi.fn(), askScope: vi.fn().mockResolvedValue(null), close: vi.fn() };
    await handleScheduleDeleteClick(wednesday, effects, ui);
    await handleScheduleDeleteClick(trip, effects, ui);
    expect(effects.api.delete).not.toHaveBeenCalled();
    expect(ui.askScope).toHaveBeenCalledTimes(1);
    expect(ui.confirm).toHaveBeenCalledTimes(1);
  });
});
