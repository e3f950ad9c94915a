import {
  SLOT_MINUTES,
  setScheduleStatusInput,
  scheduleIdInput,
  snapToGrid,
  timeSlotProblems,
  updateScheduleInput,
  updateTimeZoneInput,
  type CreateScheduleInput,
  type ScheduleStatus,
  type UpdateScheduleInput,
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
import type { ScheduleFilter } from "./filter";
import { scheduleQuote } from "./labels";
import { scheduleListHref } from "./list-state";
import { invertScheduleChange, type ScheduleChange } from "./schedule-cache";
import { SCHEDULE_FIELDS, newScheduleDraft, scheduleValuesSchema, type ScheduleDraft, type ScheduleField, type ScheduleValues } from "./schedule-form";
import type { Schedule } from "./types";
import { atLocalTime, localDateOf, todayIn } from "./zoned-time";

// Event handlers of the calendar and the schedule lists: a slot selected, a
// form submitted, a schedule dropped or resized, a status toggled, a schedule
// deleted, the time zone, the view or a filter changed. Each validates with
// the server's own rules (the zod schemas and timeSlotProblems of
// @planner/domain), shows the outcome (optimistically where the calendar
// already shows it), calls the mutation and rolls back with a message if the
// server refuses. None of these throw.

/** The mutations, as plain async functions (own calendar or, for admins, anyone's). */
export type ScheduleApi = {
  create: (input: CreateScheduleInput) => Promise<Schedule>;
  update: (input: UpdateScheduleInput) => Promise<Schedule>;
  setStatus: (input: { id: string; status: ScheduleStatus }) => Promise<Schedule>;
  delete: (input: { id: string }) => Promise<{ id: string }>;
};

/** The mutations, the cached calendar windows and the toasts. */
export type ScheduleEffects = Effects<ScheduleApi, OptimisticCache<ScheduleChange>>;

/** What a form handler may do to the dialog: errors at the fields or above them, and closing it. */
export type ScheduleFormUi = FormErrorsUi<ScheduleField> & {
  setFormError: (message: string | undefined) => void;
  close: () => void;
};

/** What a drag or resize handler may do to the calendar: put the event back where it was. */
type CalendarChangeUi = { revert: () => void };

const SLOT_MS = SLOT_MINUTES * 60_000;
// A day clicked in the month view becomes a schedule in the working morning.
const MONTH_CLICK_START = "09:00";
const MONTH_CLICK_END = "10:00";

const rollback = { invert: invertScheduleChange };
const confirmedOver = (shown: Schedule) => (saved: Schedule): ScheduleChange => ({ kind: "changed", before: shown, after: saved });

/** Puts a confirmed schedule into the cache (no optimistic step: the dialog waits for the server). */
function store(effects: ScheduleEffects, change: ScheduleChange) {
  effects.cache.prepare();
  effects.cache.apply(change);
  effects.cache.settle();
}

/** The form's values checked again by the server's rules in the calendar's zone (the resolver did so too). */
function checked(values: ScheduleValues, timeZone: string, ui: ScheduleFormUi): ScheduleValues | null {
  ui.setFormError(undefined);
  const parsed = scheduleValuesSchema(timeZone).safeParse(values);
  if (parsed.success) return parsed.data;
  showIssues(parsed.error.issues, SCHEDULE_FIELDS, ui);
  return null;
}

/**
 * A click on a slot or a drag across slots (or a day in the month view):
 * opens the new-schedule form with the times snapped to the 30-minute grid.
 */
export function handleSlotSelect(
  selection: { start: Date; end: Date; allDay: boolean },
  timeZone: string,
  ui: { openCreate: (draft: ScheduleDraft) => void },
) {
  let startAt: Date;
  let endAt: Date;
  if (selection.allDay) {
    const firstDay = localDateOf(selection.start, timeZone);
    // The selection ends at the midnight after its last day.
    const lastDay = localDateOf(new Date(selection.end.getTime() - 1), timeZone);
    startAt = atLocalTime(firstDay, MONTH_CLICK_START, timeZone);
    endAt = atLocalTime(lastDay, MONTH_CLICK_END, timeZone);
  } else {
    startAt = snapToGrid(selection.start, timeZone, "floor");
    endAt = snapToGrid(selection.end, timeZone, "ceil");
  }
  if (endAt.getTime() <= startAt.getTime()) endAt = new Date(startAt.getTime() + SLOT_MS);
  ui.openCreate(newScheduleDraft(startAt, endAt, timeZone));
}

/** The "New schedule" button: the next half hour today, or nine o'clock on another day being looked at. */
export function handleNewScheduleClick(date: string, timeZone: string, ui: { openCreate: (draft: ScheduleDraft) => void }, now: Date = new Date()) {
  const startAt = date === todayIn(timeZone, now) ? snapToGrid(now, timeZone, "ceil") : atLocalTime(date, MONTH_CLICK_START, timeZone);
  const endAt = new Date(startAt.getTime() + 2 * SLOT_MS);
  ui.openCreate(newScheduleDraft(startAt, endAt, timeZone));
}

/** A click (or Enter) on a schedule: its dialog, editable or read-only. */
export function handleScheduleClick(schedule: Schedule, ui: { openSchedule: (schedule: Schedule) => void }) {
  ui.openSchedule(schedule);
}

/** "Add schedule" in the new-schedule dialog: waits for the server, so its field errors land in the form. */
export async function handleScheduleCreateSubmit(values: ScheduleValues, timeZone: string, effects: ScheduleEffects, ui: ScheduleFormUi) {
  const valid = checked(values, timeZone, ui);
  if (!valid) return;
  let saved: Schedule;
  try {
    saved = await effects.api.create(valid);
  } catch (error) {
    showRefusal(error, SCHEDULE_FIELDS, ui);
    return;
  }
  store(effects, { kind: "added", schedule: saved });
  ui.close();
}

/** "Save" in a schedule's dialog: only what changed is sent (times untouched stay as they are). */
export async function handleScheduleEditSubmit(
  schedule: Schedule,
  values: ScheduleValues,
  timeZone: string,
  effects: ScheduleEffects,
  ui: ScheduleFormUi,
) {
  const valid = checked(values, timeZone, ui);
  if (!valid) return;
  const { title, memo, startAt, endAt } = valid;
  const parsed = updateScheduleInput.safeParse({
    id: schedule.id,
    ...(title !== schedule.title ? { title } : {}),
    ...(memo !== schedule.memo ? { memo } : {}),
    ...(startAt.getTime() !== schedule.startAt.getTime() ? { startAt } : {}),
    ...(endAt.getTime() !== schedule.endAt.getTime() ? { endAt } : {}),
  });
  if (!parsed.success) {
    ui.setFormError(parsed.error.issues[0] && issueMessage(parsed.error.issues[0]));
    return;
  }
  if (Object.keys(parsed.data).length === 1) {
    ui.close();
    return;
  }
  let saved: Schedule;
  try {
    saved = await effects.api.update(parsed.data);
  } catch (error) {
    showRefusal(error, SCHEDULE_FIELDS, ui);
    return;
  }
  store(effects, { kind: "changed", before: schedule, after: saved });
  ui.close();
}

/** A schedule dragged to another slot (or day): already shown there; put back if refused. */
export function handleScheduleDrop(
  schedule: Schedule,
  moved: { startAt: Date; endAt: Date },
  timeZone: string,
  effects: ScheduleEffects,
  ui: CalendarChangeUi,
) {
  return changeTimes(schedule, moved, timeZone, effects, ui);
}

/** A schedule's edge dragged: already shown longer or shorter; put back if refused. */
export function handleScheduleResize(
  schedule: Schedule,
  resized: { startAt: Date; endAt: Date },
  timeZone: string,
  effects: ScheduleEffects,
  ui: CalendarChangeUi,
) {
  return changeTimes(schedule, resized, timeZone, effects, ui);
}

async function changeTimes(
  schedule: Schedule,
  times: { startAt: Date; endAt: Date },
  timeZone: string,
  effects: ScheduleEffects,
  ui: CalendarChangeUi,
) {
  const problem = timeSlotProblems(times, timeZone)[0];
  const parsed = updateScheduleInput.safeParse({
    id: schedule.id,
    ...(times.startAt.getTime() !== schedule.startAt.getTime() ? { startAt: times.startAt } : {}),
    ...(times.endAt.getTime() !== schedule.endAt.getTime() ? { endAt: times.endAt } : {}),
  });
  if (problem || !parsed.success) {
    ui.revert();
    effects.notices.error(problem ? problemMessage(problem) : tr("schedule.timeNotPossible"));
    return;
  }
  const after = { ...schedule, startAt: times.startAt, endAt: times.endAt };
  const outcome = await optimistically(effects.cache, { kind: "changed", before: schedule, after }, () => effects.api.update(parsed.data), {
    ...rollback,
    confirmed: confirmedOver(after),
  });
  if (outcome.ok) return;
  // FullCalendar's own copy goes back first; the cache rollback then redraws from the data.
  ui.revert();
  effects.notices.error(errorMessage(outcome.error));
}

/** "Mark done" / "Mark planned" in a schedule's dialog. */
export async function handleScheduleStatusToggle(schedule: Schedule, effects: ScheduleEffects, ui: { close: () => void }) {
  const status: ScheduleStatus = schedule.status === "OPEN" ? "CLOSED" : "OPEN";
  const input = setScheduleStatusInput.safeParse({ id: schedule.id, status });
  ui.close();
  if (!input.success) return effects.notices.error(tr("schedule.cannotChange"));
  const after = { ...schedule, status };
  const outcome = await optimistically(effects.cache, { kind: "changed", before: schedule, after }, () => effects.api.setStatus(input.data), {
    ...rollback,
    confirmed: confirmedOver(after),
  });
  if (!outcome.ok) effects.notices.error(errorMessage(outcome.error));
}

/** "Delete" confirmed in a schedule's dialog: gone at once, back with a message if refused. */
export async function handleScheduleDelete(schedule: Schedule, effects: ScheduleEffects, ui: { close: () => void }) {
  const input = scheduleIdInput.safeParse({ id: schedule.id });
  ui.close();
  if (!input.success) return effects.notices.error(tr("schedule.cannotDelete"));
  const outcome = await optimistically(effects.cache, { kind: "removed", schedule }, () => effects.api.delete(input.data), rollback);
  if (!outcome.ok) effects.notices.error(errorMessage(outcome.error));
  else effects.notices.success(tr("schedule.deleted", { title: scheduleQuote(schedule.title) }));
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
