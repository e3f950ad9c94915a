import {
  SLOT_MINUTES,
  allDaySlotProblems,
  dateEndExclusive,
  dateStart,
  remindersOf,
  snapToGrid,
  timeSlotProblems,
  type CreateScheduleInput,
  type DeleteScheduleInput,
  type OccurrenceScope,
  type RestoreOccurrenceInput,
  type RestoreScheduleInput,
  type ScheduleStatus,
  type TimeSlotProblem,
  type TodoIdValues,
  type UpdateScheduleInput,
  type UpdateTodoInput,
  type UpdateTimeZoneInput,
} from "@planner/domain";
import type { Effects, Notices } from "~/kit/effects";
import { showIssues, showRefusal, type FormErrorsUi } from "~/kit/form-errors";
import { optimistically, type OptimisticCache } from "~/kit/optimistic";
import { tr } from "~/i18n/translator";
import { issueMessage, problemMessage } from "~/kit/issue-messages";
import { errorMessage } from "~/trpc/errors";
import { AGENDA_WINDOWS_PER_LOAD, agendaIsQuiet, type AgendaProgress } from "./agenda-windows";
import { calendarHref, shiftCalendarDate, type CalendarState, type CalendarView } from "./calendar-state";
import {
  dueChangeOfDrop,
  invertCalendarTodoChange,
  rescheduledTodo,
  toggledTodo,
  type CalendarTodo,
  type CalendarTodoChange,
  type TodoDrop,
} from "./calendar-todos";
import type { ScheduleFilter } from "./filter";
import { scheduleQuote } from "./labels";
import { scheduleListHref } from "./list-state";
import { recurrenceTextOfDraft, repeatDraftOf } from "./repeat-draft";
import { invertScheduleChange, type ScheduleChange } from "./schedule-cache";
import {
  SCHEDULE_FIELDS,
  createInputOf,
  newAllDayDraft,
  newScheduleDraft,
  whenInputOf,
  type ScheduleDraft,
  type ScheduleField,
  type ScheduleValues,
} from "./schedule-form";
import type { Schedule } from "./types";
import { scheduleSchemas, type ScheduleSchemas } from "./load-schedule-schemas";
import { atLocalTime, localDateOf, todayIn } from "./zoned-time";

// Event handlers of the calendar and the schedule lists: a slot selected, a
// form submitted, a schedule dropped or resized, a status toggled, a schedule
// deleted, the time zone, the view or a filter changed. An occurrence of a
// repeating schedule is changed through its series (its id, the start it has
// in the series, and how far: this one, it and the following, or all, asked
// of the person first). Each validates with
// the server's own rules (the zod schemas and timeSlotProblems of
// @planner/domain), shows the outcome (optimistically where the calendar
// already shows it), calls the mutation and rolls back with a message if the
// server refuses. None of these throw.

/** The mutations, as plain async functions (own calendar or, for admins, anyone's). */
export type ScheduleApi = {
  create: (input: CreateScheduleInput) => Promise<Schedule>;
  update: (input: UpdateScheduleInput) => Promise<Schedule>;
  setStatus: (input: { id: string; status: ScheduleStatus; occurrenceStartAt?: Date }) => Promise<Schedule>;
  delete: (input: DeleteScheduleInput) => Promise<{ id: string }>;
  restore: (input: RestoreScheduleInput) => Promise<Schedule>;
  restoreOccurrence: (input: RestoreOccurrenceInput) => Promise<Schedule>;
};

/** Toasts: errors, confirmations, and a change with a way to undo it. */
export type ScheduleNotices = Notices & { undoable: (message: string, undo: () => void) => void };

/** The mutations, the cached calendar windows and the toasts. */
export type ScheduleEffects = Effects<ScheduleApi, OptimisticCache<ScheduleChange>, ScheduleNotices>;

/**
 * Asks which occurrences of a repeating schedule a change or delete is for;
 * null when the person backs out. `allowThis: false` when the change is to
 * the rule itself, which a single occurrence cannot have.
 */
export type AskScope = (question: { action: "change" | "delete"; title: string; allowThis: boolean }) => Promise<OccurrenceScope | null>;

/** What a form handler may do to the dialog: errors at the fields or above them, asking the scope, and closing it. */
export type ScheduleFormUi = FormErrorsUi<ScheduleField> & {
  setFormError: (message: string | undefined) => void;
  askScope: AskScope;
  close: () => void;
};

/** What a drag or resize handler may do to the calendar: put the event back where it was, ask the scope. */
type CalendarChangeUi = { revert: () => void; askScope: AskScope };

/** Where a schedule was dragged or resized to: times, or days for an all-day one (the last day inclusive). */
export type ScheduleTimes = { allDay: false; startAt: Date; endAt: Date } | { allDay: true; startDate: string; endDate: string };

const SLOT_MS = SLOT_MINUTES * 60_000;
// "New schedule" on a day other than today starts in the working morning.
const MORNING = "09:00";

const rollback = { invert: invertScheduleChange };
const confirmedOver = (shown: Schedule) => (saved: Schedule): ScheduleChange => ({ kind: "changed", before: shown, after: saved });

/** Puts a confirmed schedule into the cache (no optimistic step: the dialog waits for the server). */
function store(effects: ScheduleEffects, change: ScheduleChange) {
  effects.cache.prepare();
  effects.cache.apply(change);
  effects.cache.settle();
}

/** After a change to several occurrences: the windows are fetched again (what the rule now makes is the server's to say). */
function refetch(effects: ScheduleEffects) {
  effects.cache.prepare();
  effects.cache.settle();
}

/** Whether a schedule is an occurrence of a repeating one (changed through its series). */
function isOccurrence(schedule: Schedule): schedule is Schedule & { seriesId: string; occurrenceStartAt: Date } {
  return schedule.seriesId !== null && schedule.occurrenceStartAt !== null;
}

/** The target of a change: the schedule itself, or an occurrence through its series with the scope chosen. */
function targetOf(schedule: Schedule, scope: OccurrenceScope | null) {
  return isOccurrence(schedule) && scope ? { id: schedule.seriesId, occurrenceStartAt: schedule.occurrenceStartAt, scope } : { id: schedule.id };
}

/** The person's answer to which occurrences a change is for (null: backed out). */
function askScopeOf(schedule: Schedule, action: "change" | "delete", askScope: AskScope, allowThis = true): Promise<OccurrenceScope | null> {
  return askScope({ action, title: schedule.title, allowThis });
}

/** The form's values checked again by the server's rules in the calendar's zone (the resolver did so too). */
function checked(values: ScheduleValues, timeZone: string, ui: ScheduleFormUi, { scheduleValuesSchema }: ScheduleSchemas): ScheduleValues | null {
  ui.setFormError(undefined);
  // As the API takes them (dates for an all-day schedule), as the resolver read them.
  const parsed = scheduleValuesSchema(timeZone).safeParse(createInputOf(values));
  if (parsed.success) return parsed.data;
  showIssues(parsed.error.issues, SCHEDULE_FIELDS, ui);
  return null;
}

/**
 * A click on a slot or a drag across slots: opens the new-schedule form with
 * the times snapped to the 30-minute grid; a day or days (month view, the
 * all-day row): an all-day schedule over them.
 */
export function handleSlotSelect(
  selection: { start: Date; end: Date; allDay: boolean },
  timeZone: string,
  ui: { openCreate: (draft: ScheduleDraft) => void },
) {
  if (selection.allDay) {
    // Days picked (in the month view or the all-day row): an all-day schedule over them.
    const firstDay = localDateOf(selection.start, timeZone);
    // The selection ends at the midnight after its last day.
    const lastDay = localDateOf(new Date(selection.end.getTime() - 1), timeZone);
    ui.openCreate(newAllDayDraft(firstDay, lastDay < firstDay ? firstDay : lastDay, timeZone));
    return;
  }
  const startAt = snapToGrid(selection.start, timeZone, "floor");
  let endAt = snapToGrid(selection.end, timeZone, "ceil");
  if (endAt.getTime() <= startAt.getTime()) endAt = new Date(startAt.getTime() + SLOT_MS);
  ui.openCreate(newScheduleDraft(startAt, endAt, timeZone));
}

/** The "New schedule" button: the next half hour today, or nine o'clock on another day being looked at. */
export function handleNewScheduleClick(date: string, timeZone: string, ui: { openCreate: (draft: ScheduleDraft) => void }, now: Date = new Date()) {
  const startAt = date === todayIn(timeZone, now) ? snapToGrid(now, timeZone, "ceil") : atLocalTime(date, MORNING, timeZone);
  const endAt = new Date(startAt.getTime() + 2 * SLOT_MS);
  ui.openCreate(newScheduleDraft(startAt, endAt, timeZone));
}

/** A click (or Enter) on a schedule: its dialog, editable or read-only. */
export function handleScheduleClick(schedule: Schedule, ui: { openSchedule: (schedule: Schedule) => void }) {
  ui.openSchedule(schedule);
}

/** "Add schedule" in the new-schedule dialog: waits for the server, so its field errors land in the form. */
export async function handleScheduleCreateSubmit(values: ScheduleValues, timeZone: string, effects: ScheduleEffects, ui: ScheduleFormUi) {
  const valid = checked(values, timeZone, ui, scheduleSchemas.now ?? (await scheduleSchemas.load()));
  if (!valid) return;
  let saved: Schedule;
  try {
    saved = await effects.api.create(createInputOf(valid));
  } catch (error) {
    showRefusal(error, SCHEDULE_FIELDS, ui);
    return;
  }
  store(effects, { kind: "added", schedule: saved });
  ui.close();
}

/** The first day a schedule's Repeat control follows. */
function firstDayOfSchedule(schedule: Schedule, timeZone: string): string {
  return schedule.allDay && schedule.startDate ? schedule.startDate : localDateOf(schedule.startAt, timeZone);
}

type ScheduleChanges = Omit<UpdateScheduleInput, "id" | "occurrenceStartAt" | "scope">;
type WhenChanges = Pick<UpdateScheduleInput, "startAt" | "endAt" | "startDate" | "endDate">;

/** What an edit changes of a schedule: only what differs is sent (times untouched stay as they are). */
function changesOf(schedule: Schedule, values: ScheduleValues, timeZone: string): ScheduleChanges {
  const { title, memo, startAt, endAt, allDay } = values;
  let when: WhenChanges = {};
  if (allDay) {
    const dates = whenInputOf(values);
    if (!schedule.allDay || dates.startDate !== schedule.startDate || dates.endDate !== schedule.endDate) when = dates;
  } else if (schedule.allDay) {
    when = { startAt, endAt };
  } else {
    when = {
      ...(startAt.getTime() !== schedule.startAt.getTime() ? { startAt } : {}),
      ...(endAt.getTime() !== schedule.endAt.getTime() ? { endAt } : {}),
    };
  }
  // The stored rule as the Repeat control would write it: a rule written otherwise (by the API) is not a change.
  const first = firstDayOfSchedule(schedule, timeZone);
  const shown = schedule.recurrence ? (recurrenceTextOfDraft(repeatDraftOf(schedule.recurrence, first, timeZone), first) ?? schedule.recurrence) : null;
  const recurrence = values.recurrence ?? null;
  const reminders = values.reminders;
  const savedReminders = schedule.reminders.map((reminder) => reminder.minutesBefore);
  const remindersChanged = reminders !== undefined && (reminders.length !== savedReminders.length || reminders.some((minutes, i) => minutes !== savedReminders[i]));
  return {
    ...(title !== schedule.title ? { title } : {}),
    ...(memo !== schedule.memo ? { memo } : {}),
    ...when,
    ...(recurrence !== shown ? { recurrence } : {}),
    ...(remindersChanged ? { reminders: remindersOf(reminders) } : {}),
  };
}

/**
 * "Save" in a schedule's dialog: only what changed is sent. An occurrence asks
 * first which occurrences it is for (a new rule: this and following, or all);
 * a change to more than one fetches the calendar again.
 */
export async function handleScheduleEditSubmit(
  schedule: Schedule,
  values: ScheduleValues,
  timeZone: string,
  effects: ScheduleEffects,
  ui: ScheduleFormUi,
) {
  const valid = checked(values, timeZone, ui, scheduleSchemas.now ?? (await scheduleSchemas.load()));
  if (!valid) return;
  const changes = changesOf(schedule, valid, timeZone);
  if (Object.keys(changes).length === 0) {
    ui.close();
    return;
  }
  let scope: OccurrenceScope | null = null;
  if (isOccurrence(schedule)) {
    scope = await askScopeOf(schedule, "change", ui.askScope, !("recurrence" in changes));
    if (!scope) return;
  }
  // Checked by the server's schema, and sent as written (its output has the dates as instants).
  const input: UpdateScheduleInput = { ...targetOf(schedule, scope), ...changes };
  const { updateScheduleInput } = scheduleSchemas.now ?? (await scheduleSchemas.load());
  const parsed = updateScheduleInput.safeParse(input);
  if (!parsed.success) {
    ui.setFormError(parsed.error.issues[0] && issueMessage(parsed.error.issues[0]));
    return;
  }
  let saved: Schedule;
  try {
    saved = await effects.api.update(input);
  } catch (error) {
    showRefusal(error, SCHEDULE_FIELDS, ui);
    return;
  }
  if (scope === null || scope === "this") store(effects, { kind: "changed", before: schedule, after: saved });
  else refetch(effects);
  ui.close();
}

/** A schedule dragged to another slot (or day): already shown there; put back if refused, and undoable from the toast. */
export function handleScheduleDrop(schedule: Schedule, moved: ScheduleTimes, timeZone: string, effects: ScheduleEffects, ui: CalendarChangeUi) {
  return changeTimes(schedule, moved, timeZone, effects, ui, "schedule.moved");
}

/** A schedule's edge dragged: already shown longer or shorter; put back if refused, and undoable from the toast. */
export function handleScheduleResize(schedule: Schedule, resized: ScheduleTimes, timeZone: string, effects: ScheduleEffects, ui: CalendarChangeUi) {
  return changeTimes(schedule, resized, timeZone, effects, ui, "schedule.resized");
}

/** The times (or days) a schedule has, as a move gives them. */
function timesOf(schedule: Schedule): ScheduleTimes {
  return schedule.allDay && schedule.startDate && schedule.endDate
    ? { allDay: true, startDate: schedule.startDate, endDate: schedule.endDate }
    : { allDay: false, startAt: schedule.startAt, endAt: schedule.endAt };
}

/**
 * "Undo" in the toast of a move or resize: the schedule (or the one
 * occurrence moved) goes back to the times it had, at once, through the same
 * update (and its rules); if the server refuses, it stays where it was moved,
 * with the reason.
 */
export async function handleScheduleTimesUndo(moved: Schedule, previous: ScheduleTimes, effects: ScheduleEffects) {
  const back = movedTo(moved, previous);
  const input: UpdateScheduleInput = { id: moved.id, ...(previous.allDay ? { startDate: previous.startDate, endDate: previous.endDate } : { startAt: previous.startAt, endAt: previous.endAt }) };
  const { updateScheduleInput } = scheduleSchemas.now ?? (await scheduleSchemas.load());
  if (!updateScheduleInput.safeParse(input).success) {
    effects.notices.error(tr("schedule.cannotChange"));
    return;
  }
  const outcome = await optimistically(effects.cache, { kind: "changed", before: moved, after: back.after }, () => effects.api.update(input), {
    ...rollback,
    confirmed: confirmedOver(back.after),
  });
  if (!outcome.ok) effects.notices.error(errorMessage(outcome.error));
}

/** The schedule as it shows at its new times or days, and what the update sends for them. */
function movedTo(schedule: Schedule, times: ScheduleTimes): { after: Schedule; when: WhenChanges; problem: TimeSlotProblem | undefined } {
  if (times.allDay) {
    const startAt = dateStart(times.startDate);
    const endAt = dateEndExclusive(times.endDate);
    const after = { ...schedule, allDay: true, startDate: times.startDate, endDate: times.endDate, startAt, endAt };
    return { after, when: { startDate: times.startDate, endDate: times.endDate }, problem: allDaySlotProblems({ startAt, endAt })[0] };
  }
  const { startAt, endAt } = times;
  const after = { ...schedule, allDay: false, startDate: null, endDate: null, startAt, endAt };
  // From the all-day row into the hours: both times; else only what moved.
  const when = schedule.allDay
    ? { startAt, endAt }
    : {
        ...(startAt.getTime() !== schedule.startAt.getTime() ? { startAt } : {}),
        ...(endAt.getTime() !== schedule.endAt.getTime() ? { endAt } : {}),
      };
  return { after, when, problem: undefined };
}

async function changeTimes(
  schedule: Schedule,
  times: ScheduleTimes,
  timeZone: string,
  effects: ScheduleEffects,
  ui: CalendarChangeUi,
  done: "schedule.moved" | "schedule.resized",
) {
  const moved = movedTo(schedule, times);
  const problem = moved.problem ?? (times.allDay ? undefined : timeSlotProblems(times, timeZone)[0]);
  if (problem) {
    ui.revert();
    effects.notices.error(problemMessage(problem));
    return;
  }
  // A one-off goes on in the same tick (the optimistic step must come before any refetch lands).
  let scope: OccurrenceScope | null = null;
  if (isOccurrence(schedule)) {
    scope = await askScopeOf(schedule, "change", ui.askScope);
    if (!scope) return ui.revert();
  }
  const input: UpdateScheduleInput = { ...targetOf(schedule, scope), ...moved.when };
  const { updateScheduleInput } = scheduleSchemas.now ?? (await scheduleSchemas.load());
  if (!updateScheduleInput.safeParse(input).success) {
    ui.revert();
    effects.notices.error(tr("schedule.timeNotPossible"));
    return;
  }
  if (scope === "following" || scope === "all") {
    // Other occurrences move too: the server says where; the calendar is fetched again.
    try {
      await effects.api.update(input);
    } catch (error) {
      ui.revert();
      effects.notices.error(errorMessage(error));
      return;
    }
    refetch(effects);
    return;
  }
  const { after } = moved;
  const outcome = await optimistically(effects.cache, { kind: "changed", before: schedule, after }, () => effects.api.update(input), {
    ...rollback,
    confirmed: confirmedOver(after),
  });
  if (!outcome.ok) {
    // FullCalendar's own copy goes back first; the cache rollback then redraws from the data.
    ui.revert();
    effects.notices.error(errorMessage(outcome.error));
    return;
  }
  const saved = outcome.value;
  const previous = timesOf(schedule);
  effects.notices.undoable(tr(done, { title: scheduleQuote(schedule.title) }), () => void handleScheduleTimesUndo(saved, previous, effects));
}

/** "Mark done" / "Mark planned" in a schedule's dialog (an occurrence: that one occurrence). */
export async function handleScheduleStatusToggle(schedule: Schedule, effects: ScheduleEffects, ui: { close: () => void }) {
  const status: ScheduleStatus = schedule.status === "OPEN" ? "CLOSED" : "OPEN";
  // Done is per occurrence: an occurrence is marked through its series, on its own.
  const { setScheduleStatusInput } = scheduleSchemas.now ?? (await scheduleSchemas.load());
  const input = setScheduleStatusInput.safeParse(
    isOccurrence(schedule) ? { id: schedule.seriesId, status, occurrenceStartAt: schedule.occurrenceStartAt } : { id: schedule.id, status },
  );
  ui.close();
  if (!input.success) return effects.notices.error(tr("schedule.cannotChange"));
  const after = { ...schedule, status };
  const outcome = await optimistically(effects.cache, { kind: "changed", before: schedule, after }, () => effects.api.setStatus(input.data), {
    ...rollback,
    confirmed: confirmedOver(after),
  });
  if (!outcome.ok) effects.notices.error(errorMessage(outcome.error));
}

/**
 * "Delete" in a schedule's dialog: a one-off asks to confirm in the dialog
 * (`confirm`); an occurrence asks which occurrences go, which is its confirmation.
 */
export async function handleScheduleDeleteClick(schedule: Schedule, effects: ScheduleEffects, ui: { confirm: () => void; askScope: AskScope; close: () => void }) {
  if (!isOccurrence(schedule)) {
    ui.confirm();
    return;
  }
  const scope = await askScopeOf(schedule, "delete", ui.askScope);
  if (scope) await handleScheduleDelete(schedule, effects, ui, scope);
}

/**
 * A delete confirmed: gone at once, back with a message if refused. For
 * occurrences, `scope` says which: "this" goes at once too; following or all
 * go once the server has deleted them, then the calendar is fetched again.
 */
export async function handleScheduleDelete(schedule: Schedule, effects: ScheduleEffects, ui: { close: () => void }, scope: OccurrenceScope | null = null) {
  const { deleteScheduleInput } = scheduleSchemas.now ?? (await scheduleSchemas.load());
  const input = deleteScheduleInput.safeParse(targetOf(schedule, scope));
  ui.close();
  if (!input.success) return effects.notices.error(tr("schedule.cannotDelete"));
  const deleted = tr("schedule.deleted", { title: scheduleQuote(schedule.title) });
  if (scope === "following" || scope === "all") {
    try {
      await effects.api.delete(input.data);
    } catch (error) {
      effects.notices.error(errorMessage(error));
      return;
    }
    refetch(effects);
    effects.notices.success(deleted);
    return;
  }
  const outcome = await optimistically(effects.cache, { kind: "removed", schedule }, () => effects.api.delete(input.data), rollback);
  if (!outcome.ok) {
    effects.notices.error(errorMessage(outcome.error));
    return;
  }
  // A one-off comes back whole, an unchanged occurrence through its series;
  // a changed one (a row of its own, now gone) is only said gone.
  if (!isOccurrence(schedule)) effects.notices.undoable(deleted, () => void handleScheduleRestore(schedule, effects));
  else if (schedule.id === schedule.seriesId) effects.notices.undoable(deleted, () => void handleOccurrenceRestore(schedule, effects));
  else effects.notices.success(deleted);
}

/** "Undo" in the toast of deleting one occurrence: it shows again at once; gone again if refused. */
export async function handleOccurrenceRestore(occurrence: Schedule & { seriesId: string; occurrenceStartAt: Date }, effects: ScheduleEffects) {
  const input: RestoreOccurrenceInput = { id: occurrence.seriesId, occurrenceStartAt: occurrence.occurrenceStartAt };
  const outcome = await optimistically(effects.cache, { kind: "added", schedule: occurrence }, () => effects.api.restoreOccurrence(input), {
    ...rollback,
    confirmed: confirmedOver(occurrence),
  });
  if (!outcome.ok) effects.notices.error(errorMessage(outcome.error));
}

/** "Undo" in the toast of a delete: the schedule comes back as it was (id, times, memo, status, reminders), at once; gone again if refused. */
export async function handleScheduleRestore(schedule: Schedule, effects: ScheduleEffects) {
  const { id, ownerId, title, memo, startAt, endAt, allDay, status, reminders } = schedule;
  const input: RestoreScheduleInput = { id, ownerId, title, memo, startAt, endAt, allDay, status, reminders };
  const { restoreScheduleInput } = scheduleSchemas.now ?? (await scheduleSchemas.load());
  if (!restoreScheduleInput.safeParse(input).success) {
    effects.notices.error(tr("schedule.cannotRestore"));
    return;
  }
  const outcome = await optimistically(effects.cache, { kind: "added", schedule }, () => effects.api.restore(input), {
    ...rollback,
    confirmed: confirmedOver(schedule),
  });
  if (!outcome.ok) effects.notices.error(errorMessage(outcome.error));
}

export type TimeZoneEffects = {
  api: { updateTimeZone: (input: UpdateTimeZoneInput) => Promise<{ timeZone: string }> };
  /** Reloads what the server rendered with the old zone. */
  refresh: () => void;
  notices: Notices;
};

/** The time-zone field: the calendar moves to the new zone at once, and back if it cannot be saved. */
export async function handleTimeZoneChange(
  timeZone: string,
  current: string,
  effects: TimeZoneEffects,
  ui: { setTimeZone: (timeZone: string) => void },
) {
  const { updateTimeZoneInput } = scheduleSchemas.now ?? (await scheduleSchemas.load());
  const parsed = updateTimeZoneInput.safeParse({ timeZone });
  if (!parsed.success) {
    effects.notices.error(tr("validation.timeZone.invalid"));
    return;
  }
  if (parsed.data.timeZone === current) return;
  ui.setTimeZone(parsed.data.timeZone);
  try {
    await effects.api.updateTimeZone(parsed.data);
  } catch (error) {
    ui.setTimeZone(current);
    effects.notices.error(errorMessage(error));
    return;
  }
  effects.refresh();
  effects.notices.success(tr("schedule.zoneChanged", { timeZone: parsed.data.timeZone }));
}

/** Today / previous / next. */
export function handleCalendarNavigate(
  step: "today" | "previous" | "next",
  state: CalendarState,
  timeZone: string,
  basePath: string,
  navigate: (url: string) => void,
) {
  const date = step === "today" ? todayIn(timeZone) : shiftCalendarDate(state, step === "previous" ? -1 : 1);
  navigate(calendarHref(basePath, { ...state, date }));
}

/** Month / Week / Day: the same date in another view. */
export function handleCalendarViewSelect(view: CalendarView, state: CalendarState, basePath: string, navigate: (url: string) => void) {
  navigate(calendarHref(basePath, { ...state, view }));
}

/** All / Planned / Done. */
export function handleCalendarFilterSelect(filter: ScheduleFilter, state: CalendarState, basePath: string, navigate: (url: string) => void) {
  navigate(calendarHref(basePath, { ...state, filter }));
}

/** A day's name in the week or month view: that day on its own. */
export function handleCalendarDayOpen(day: Date, state: CalendarState, timeZone: string, basePath: string, navigate: (url: string) => void) {
  navigate(calendarHref(basePath, { ...state, view: "day", date: localDateOf(day, timeZone) }));
}

/** A schedule list's filter tab: back to the first page of that filter. */
export function handleScheduleFilterSelect(filter: ScheduleFilter, basePath: string, navigate: (url: string) => void) {
  navigate(scheduleListHref(basePath, filter));
}

/**
 * The end of the agenda came into view (or stayed in view after a load):
 * the next windows, unless some are still loading, one failed (its retry
 * button is there), or a year has passed with nothing in it.
 */
export function handleAgendaEndReached(progress: AgendaProgress, ui: { loadMore: (windows: number) => void }) {
  if (progress.loading || progress.failed || agendaIsQuiet(progress)) return;
  ui.loadMore(progress.windows + AGENDA_WINDOWS_PER_LOAD);
}

/** "Look further" after a quiet year: the next windows, asked for by hand. */
export function handleAgendaLookFurther(progress: AgendaProgress, ui: { loadMore: (windows: number) => void }) {
  if (progress.loading) return;
  ui.loadMore(progress.windows + AGENDA_WINDOWS_PER_LOAD);
}

// ── Todos on the calendar ────────────────────────────────────────────────
// Ticked off (or opened again) and dragged to another day or time right in the
// calendar, optimistically: the calendar shows the change at once and takes it
// back, with the server's reason, if the server refuses.

/** The todo mutations the calendar uses, as plain async functions. */
export type CalendarTodoApi = {
  toggle: (input: TodoIdValues) => Promise<unknown>;
  update: (input: UpdateTodoInput) => Promise<unknown>;
};

/** The mutations, the cached `todo.range` windows and the error toasts. */
export type CalendarTodoEffects = Effects<CalendarTodoApi, OptimisticCache<CalendarTodoChange>, Pick<Notices, "error">>;

const todoRollback = { invert: invertCalendarTodoChange };

/** The check box of a todo on the calendar (or in the agenda): done, or open again. */
export async function handleCalendarTodoToggle(todo: CalendarTodo, timeZone: string, effects: CalendarTodoEffects, now: Date = new Date()) {
  const { todoIdInput } = scheduleSchemas.now ?? (await scheduleSchemas.load());
  const input = todoIdInput.safeParse({ id: todo.id });
  if (!input.success) return;
  const outcome = await optimistically(effects.cache, { before: todo, after: toggledTodo(todo, now, timeZone) }, () => effects.api.toggle(input.data), todoRollback);
  if (!outcome.ok) effects.notices.error(errorMessage(outcome.error));
}

/**
 * A todo dragged to another day (or, on the grid, another time): due then.
 * FullCalendar already shows it there; refused, it goes back (`revert`) with
 * the server's reason.
 */
export async function handleCalendarTodoDrop(
  todo: CalendarTodo,
  drop: TodoDrop,
  timeZone: string,
  effects: CalendarTodoEffects,
  ui: { revert: () => void },
  now: Date = new Date(),
) {
  const change = dueChangeOfDrop(todo, drop, todayIn(timeZone, now), timeZone);
  const input: UpdateTodoInput = { id: todo.id, dueOn: change.dueOn, dueTime: change.dueTime };
  const { updateTodoInput } = scheduleSchemas.now ?? (await scheduleSchemas.load());
  if (!updateTodoInput.safeParse(input).success) {
    ui.revert();
    effects.notices.error(tr("schedule.todoCannotMove"));
    return;
  }
  const outcome = await optimistically(effects.cache, { before: todo, after: rescheduledTodo(todo, change, now, timeZone) }, () => effects.api.update(input), todoRollback);
  if (!outcome.ok) {
    ui.revert();
    effects.notices.error(errorMessage(outcome.error));
  }
}

/** "Show todos" beside the legend: shown or hidden at once, and remembered on this device. */
export function handleShowTodosChange(show: boolean, ui: { setShowTodos: (show: boolean) => void; remember: (show: boolean) => void }) {
  ui.setShowTodos(show);
  ui.remember(show);
}
