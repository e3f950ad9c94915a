import {
  SLOT_MINUTES,
  createScheduleInput,
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
import type { ScheduleFilter } from "~/features/schedules/filter";
import { scheduleQuote } from "~/features/schedules/labels";
import type { Schedule } from "~/features/schedules/types";
import { atLocalTime, fromLocalInputValue, localDateOf, todayIn, toLocalInputValue } from "~/features/schedules/zoned-time";
import { errorMessage, serverFieldErrors } from "~/trpc/errors";
import { calendarHref, shiftCalendarDate, type CalendarState, type CalendarView } from "./calendar-state";
import { invertScheduleChange, type ScheduleChange } from "./schedule-cache";

// Event handlers of the calendar: a slot selected, a form submitted, a
// schedule dropped or resized, a status toggled, a schedule deleted, the time
// zone or the view changed. Each validates with the server's own rules (the
// zod schemas and timeSlotProblems of @planner/domain), shows the outcome
// (optimistically where the calendar already shows it), calls the mutation
// and rolls back with a message if the server refuses. None of these throw.

/** The mutations, as plain async functions (own calendar or, for admins, anyone's). */
export type ScheduleApi = {
  create(input: CreateScheduleInput): Promise<Schedule>;
  update(input: UpdateScheduleInput): Promise<Schedule>;
  setStatus(input: { id: string; status: ScheduleStatus }): Promise<Schedule>;
  delete(input: { id: string }): Promise<{ id: string }>;
};

/** The cached calendar windows: stop refetches before an edit, apply edits, refresh once all is settled. */
export type ScheduleCache = {
  prepare(): void;
  apply(change: ScheduleChange): void;
  settle(): void;
};

/** Toasts. */
export type ScheduleNotices = {
  error(message: string): void;
  success(message: string): void;
};

export type ScheduleEffects = { api: ScheduleApi; cache: ScheduleCache; notices: ScheduleNotices };

/** A schedule form's fields as typed: times are datetime-local values on the calendar's clock. */
export type ScheduleDraft = { title: string; memo: string; start: string; end: string };
export type ScheduleField = "title" | "memo" | "startAt" | "endAt";
export type ScheduleFieldErrors = Partial<Record<ScheduleField, string>>;

export type ScheduleFormUi = {
  setErrors(errors: ScheduleFieldErrors): void;
  setFormError(message: string | undefined): void;
  setPending(pending: boolean): void;
  close(): void;
};

/** What a drag or resize handler may do to the calendar: put the event back where it was. */
export type CalendarChangeUi = { revert(): void };

const FIELDS: readonly ScheduleField[] = ["title", "memo", "startAt", "endAt"];
const SLOT_MS = SLOT_MINUTES * 60_000;
// A day clicked in the month view becomes a schedule in the working morning.
const MONTH_CLICK_START = "09:00";
const MONTH_CLICK_END = "10:00";

type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

async function optimistically<T>(
  effects: ScheduleEffects,
  change: ScheduleChange,
  send: () => Promise<T>,
  confirmed?: (value: T) => ScheduleChange,
): Promise<Outcome<T>> {
  effects.cache.prepare();
  effects.cache.apply(change);
  try {
    const value = await send();
    if (confirmed) effects.cache.apply(confirmed(value));
    return { ok: true, value };
  } catch (error) {
    effects.cache.apply(invertScheduleChange(change));
    return { ok: false, error };
  } finally {
    effects.cache.settle();
  }
}

/** Puts a confirmed schedule into the cache (no optimistic step: the dialog waits for the server). */
function store(effects: ScheduleEffects, change: ScheduleChange) {
  effects.cache.prepare();
  effects.cache.apply(change);
  effects.cache.settle();
}

type ReadDraft = { ok: true; value: { title: string; memo: string; startAt: Date; endAt: Date } } | { ok: false; errors: ScheduleFieldErrors };

/** The draft checked by the same schema and time rules as the server, every problem by field. */
function readDraft(draft: ScheduleDraft, timeZone: string): ReadDraft {
  const startAt = fromLocalInputValue(draft.start, timeZone);
  const endAt = fromLocalInputValue(draft.end, timeZone);
  const parsed = createScheduleInput.safeParse({ title: draft.title, memo: draft.memo, startAt, endAt });
  const errors: ScheduleFieldErrors = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = FIELDS.find((name) => name === issue.path[0]);
      if (field && !errors[field]) errors[field] = issue.message;
    }
  }
  if (!errors.startAt && !errors.endAt) {
    for (const problem of timeSlotProblems({ startAt, endAt }, timeZone)) errors[problem.field] ??= problem.message;
  }
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { ...parsed.data, memo: parsed.data.memo ?? "" } };
}

/** The server's refusal, by field where it names fields, else as a message for the whole form. */
function showRefusal(error: unknown, ui: ScheduleFormUi) {
  const fields = serverFieldErrors(error);
  const errors: ScheduleFieldErrors = {};
  for (const field of FIELDS) {
    const message = fields[field]?.[0];
    if (message) errors[field] = message;
  }
  ui.setPending(false);
  if (Object.keys(errors).length > 0) ui.setErrors(errors);
  else ui.setFormError(errorMessage(error));
}

/**
 * A click on a slot or a drag across slots (or a day in the month view):
 * opens the new-schedule form with the times snapped to the 30-minute grid.
 */
export function handleSlotSelect(
  selection: { start: Date; end: Date; allDay: boolean },
  timeZone: string,
  ui: { openCreate(draft: ScheduleDraft): void },
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
  ui.openCreate({ title: "", memo: "", start: toLocalInputValue(startAt, timeZone), end: toLocalInputValue(endAt, timeZone) });
}

/** The "New schedule" button: the next half hour today, or nine o'clock on another day being looked at. */
export function handleNewScheduleClick(date: string, timeZone: string, ui: { openCreate(draft: ScheduleDraft): void }, now: Date = new Date()) {
  const startAt = date === todayIn(timeZone, now) ? snapToGrid(now, timeZone, "ceil") : atLocalTime(date, MONTH_CLICK_START, timeZone);
  const endAt = new Date(startAt.getTime() + 2 * SLOT_MS);
  ui.openCreate({ title: "", memo: "", start: toLocalInputValue(startAt, timeZone), end: toLocalInputValue(endAt, timeZone) });
}

/** A click (or Enter) on a schedule: its dialog, editable or read-only. */
export function handleScheduleClick(schedule: Schedule, ui: { openSchedule(schedule: Schedule): void }) {
  ui.openSchedule(schedule);
}

/** The schedule's form in its editable state. */
export function draftOf(schedule: Schedule, timeZone: string): ScheduleDraft {
  return {
    title: schedule.title,
    memo: schedule.memo,
    start: toLocalInputValue(schedule.startAt, timeZone),
    end: toLocalInputValue(schedule.endAt, timeZone),
  };
}

/** "Add schedule" in the new-schedule dialog: waits for the server, so its field errors land in the form. */
export async function handleScheduleCreateSubmit(draft: ScheduleDraft, timeZone: string, effects: ScheduleEffects, ui: ScheduleFormUi) {
  const read = readDraft(draft, timeZone);
  ui.setFormError(undefined);
  if (!read.ok) {
    ui.setErrors(read.errors);
    return;
  }
  ui.setErrors({});
  ui.setPending(true);
  let saved: Schedule;
  try {
    saved = await effects.api.create(read.value);
  } catch (error) {
    showRefusal(error, ui);
    return;
  }
  store(effects, { kind: "added", schedule: saved });
  ui.close();
}

/** "Save" in a schedule's dialog: only what changed is sent (times untouched stay as they are). */
export async function handleScheduleEditSubmit(
  schedule: Schedule,
  draft: ScheduleDraft,
  timeZone: string,
  effects: ScheduleEffects,
  ui: ScheduleFormUi,
) {
  const read = readDraft(draft, timeZone);
  ui.setFormError(undefined);
  if (!read.ok) {
    ui.setErrors(read.errors);
    return;
  }
  const { title, memo, startAt, endAt } = read.value;
  const parsed = updateScheduleInput.safeParse({
    id: schedule.id,
    ...(title !== schedule.title ? { title } : {}),
    ...(memo !== schedule.memo ? { memo } : {}),
    ...(startAt.getTime() !== schedule.startAt.getTime() ? { startAt } : {}),
    ...(endAt.getTime() !== schedule.endAt.getTime() ? { endAt } : {}),
  });
  if (!parsed.success) {
    ui.setFormError(parsed.error.issues[0]?.message);
    return;
  }
  ui.setErrors({});
  if (Object.keys(parsed.data).length === 1) {
    ui.close();
    return;
  }
  ui.setPending(true);
  let saved: Schedule;
  try {
    saved = await effects.api.update(parsed.data);
  } catch (error) {
    showRefusal(error, ui);
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
    effects.notices.error(problem?.message ?? parsed.error?.issues[0]?.message ?? "That time is not possible.");
    return;
  }
  const after = { ...schedule, startAt: times.startAt, endAt: times.endAt };
  const outcome = await optimistically(
    effects,
    { kind: "changed", before: schedule, after },
    () => effects.api.update(parsed.data),
    (saved) => ({ kind: "changed", before: after, after: saved }),
  );
  if (outcome.ok) return;
  // FullCalendar's own copy goes back first; the cache rollback then redraws from the data.
  ui.revert();
  effects.notices.error(errorMessage(outcome.error));
}

/** "Mark done" / "Mark planned" in a schedule's dialog. */
export async function handleScheduleStatusToggle(schedule: Schedule, effects: ScheduleEffects, ui: { close(): void }) {
  const status: ScheduleStatus = schedule.status === "OPEN" ? "CLOSED" : "OPEN";
  const input = setScheduleStatusInput.safeParse({ id: schedule.id, status });
  ui.close();
  if (!input.success) return effects.notices.error("That schedule cannot be changed.");
  const after = { ...schedule, status };
  const outcome = await optimistically(
    effects,
    { kind: "changed", before: schedule, after },
    () => effects.api.setStatus(input.data),
    (saved) => ({ kind: "changed", before: after, after: saved }),
  );
  if (!outcome.ok) effects.notices.error(errorMessage(outcome.error));
}

/** "Delete" confirmed in a schedule's dialog: gone at once, back with a message if refused. */
export async function handleScheduleDelete(schedule: Schedule, effects: ScheduleEffects, ui: { close(): void }) {
  const input = scheduleIdInput.safeParse({ id: schedule.id });
  ui.close();
  if (!input.success) return effects.notices.error("That schedule cannot be deleted.");
  const outcome = await optimistically(effects, { kind: "removed", schedule }, () => effects.api.delete(input.data));
  if (!outcome.ok) effects.notices.error(errorMessage(outcome.error));
  else effects.notices.success(`Deleted ${scheduleQuote(schedule.title)}`);
}

export type TimeZoneEffects = {
  api: { updateTimeZone(input: UpdateTimeZoneInput): Promise<{ timeZone: string }> };
  /** Reloads what the server rendered with the old zone. */
  refresh(): void;
  notices: ScheduleNotices;
};

/** The time-zone field: the calendar moves to the new zone at once, and back if it cannot be saved. */
export async function handleTimeZoneChange(
  timeZone: string,
  current: string,
  effects: TimeZoneEffects,
  ui: { setTimeZone(timeZone: string): void },
) {
  const parsed = updateTimeZoneInput.safeParse({ timeZone });
  if (!parsed.success) {
    effects.notices.error(parsed.error.issues[0]?.message ?? "Choose a valid time zone.");
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
  effects.notices.success(`Times are now shown in ${parsed.data.timeZone}.`);
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
