import type { NewSchedule, ScheduleChanges, ScheduleForChange, ScheduleOverrideRef, ScheduleWriteSet } from "@planner/db";
import {
  ConflictError,
  ValidationError,
  isOccurrenceStart,
  recurrenceEndingBefore,
  recurrenceFrom,
  shiftBetween,
  shiftDays,
  shiftInstant,
  shiftRecurrence,
  lastOccurrenceEnd,
  type OccurrenceScope,
  type ScheduleStatus,
  type SeriesShift,
} from "@planner/domain";
import { assertValidWhen, nextRemindAt, reminderMinutesFor, repeatFields, type OwnerSettings, type When } from "./schedule-rules";

/**
 * Plans the rows a change of a repeating schedule writes (RFC 5545's model,
 * as Google Calendar keeps it): one occurrence changed is an override row of
 * its own plus an exception on its series; "this and the following" cuts the
 * series in two; "all" changes the series and carries its exceptions and
 * overrides along. The repository writes a plan in one transaction.
 */

/** What an update may change (the domain schema's values, times already turned into instants). */
export type Changes = {
  title?: string;
  memo?: string;
  startAt?: Date;
  endAt?: Date;
  allDay?: boolean;
  recurrence?: string | null;
  reminders?: number[];
  status?: ScheduleStatus;
};

export type PlanContext = { actorId: string; settings: OwnerSettings; now: Date; newId: () => string };

/** The plan, and which row (and occurrence of it) the caller gets back. */
export type Plan = { write: ScheduleWriteSet; resultId: string | null; occurrence?: { startAt: Date; endAt: Date } };

export function notAnOccurrence(): ValidationError {
  const message = "That is not an occurrence of this schedule any more. Reload the calendar and try again.";
  return new ValidationError(message, { occurrenceStartAt: [message] }, "notAnOccurrence");
}

export function notRepeating(): ValidationError {
  const message = "This schedule does not repeat: change it without choosing an occurrence (occurrenceStartAt, scope).";
  return new ValidationError(message, { occurrenceStartAt: [message] }, "scheduleNotRepeating");
}

function occurrenceRuleChange(): ValidationError {
  const message = "One occurrence cannot repeat on its own: change the repeat rule with scope following or all.";
  return new ValidationError(message, { recurrence: [message] }, "occurrenceRuleChange");
}

type Series = ScheduleForChange & { recurrence: string; timeZone: string };

export function asSeries(schedule: ScheduleForChange): Series | null {
  return schedule.recurrence ? { ...schedule, recurrence: schedule.recurrence, timeZone: schedule.timeZone ?? "UTC" } : null;
}

const same = (a: Date, b: Date) => a.getTime() === b.getTime();

/** The occurrence a scoped change names must be one the series still shows (as itself or as an override). */
export function assertOccurrence(series: Series, startAt: Date): ScheduleOverrideRef | null {
  const override = series.overrides.find((candidate) => same(candidate.originalStartAt, startAt)) ?? null;
  if (!isOccurrenceStart({ ...series, exceptions: [] }, startAt)) throw notAnOccurrence();
  if (!override && series.exceptions.some((exception) => same(exception, startAt))) throw notAnOccurrence();
  return override;
}

function seriesRemindAt(series: Series, changes: Partial<Series>, exceptions: Date[], context: PlanContext): Date | null {
  return nextRemindAt({ ...series, ...changes, exceptions }, context.settings.timeZone, context.now);
}

/** A single row's changed fields, checked: times (grid or dates), reminders (defaults when it changes kind). */
export function oneOffChanges(
  row: When & { reminderMinutes: number[]; status: ScheduleStatus },
  changes: Changes,
  context: PlanContext,
): { fields: ScheduleChanges; when: When; reminderMinutes: number[]; status: ScheduleStatus } {
  const when = { startAt: changes.startAt ?? row.startAt, endAt: changes.endAt ?? row.endAt, allDay: changes.allDay ?? row.allDay };
  if (changes.startAt || changes.endAt || changes.allDay !== undefined) assertValidWhen(when, context.settings.timeZone);
  const kindChanged = when.allDay !== row.allDay;
  const reminderMinutes = reminderMinutesFor(changes.reminders ?? (kindChanged ? undefined : row.reminderMinutes), when.allDay, context.settings);
  const status = changes.status ?? row.status;
  const fields: ScheduleChanges = {
    ...(changes.title !== undefined ? { title: changes.title } : {}),
    ...(changes.memo !== undefined ? { memo: changes.memo } : {}),
    ...when,
    reminderMinutes,
    status,
  };
  return { fields, when, reminderMinutes, status };
}

/**
 * One occurrence on its own: a one-off of its own row, or an override row.
 * An override takes no rule of its own; the series' own rule (or null) sent
 * back with it, as a dialog does, is no change and is ignored.
 */
export function planOverrideChange(override: ScheduleForChange, seriesRule: string | null, changes: Changes, context: PlanContext): Plan {
  if (changes.recurrence && changes.recurrence !== seriesRule) throw occurrenceRuleChange();
  const { fields, when, reminderMinutes, status } = oneOffChanges(override, changes, context);
  const remindAt = nextRemindAt({ ...when, reminderMinutes, status, recurrence: null, timeZone: null }, context.settings.timeZone, context.now);
  return { write: { update: [{ id: override.id, changes: fields, remindAt }] }, resultId: override.id };
}

/** An occurrence changed on its own for the first time: an override row, and an exception on the series. */
export function planNewOverride(series: Series, occurrenceStartAt: Date, changes: Changes, context: PlanContext): Plan {
  if (changes.recurrence && changes.recurrence !== series.recurrence) throw occurrenceRuleChange();
  const length = series.endAt.getTime() - series.startAt.getTime();
  const base = { startAt: occurrenceStartAt, endAt: new Date(occurrenceStartAt.getTime() + length), allDay: series.allDay, reminderMinutes: series.reminderMinutes, status: series.status };
  const { when, reminderMinutes, status } = oneOffChanges(base, changes, context);
  const row: NewSchedule = {
    id: context.newId(),
    ownerId: series.ownerId,
    createdById: context.actorId,
    title: changes.title ?? series.title,
    memo: changes.memo ?? series.memo,
    ...when,
    status,
    recurrence: null,
    timeZone: null,
    repeatsUntil: null,
    reminderMinutes,
    seriesId: series.id,
    originalStartAt: occurrenceStartAt,
  };
  const exceptions = [...series.exceptions, occurrenceStartAt];
  return {
    write: {
      create: [{ row, remindAt: nextRemindAt({ ...row }, context.settings.timeZone, context.now) }],
      update: [{ id: series.id, changes: {}, remindAt: seriesRemindAt(series, {}, exceptions, context) }],
      exceptions: [{ scheduleId: series.id, starts: exceptions }],
    },
    resultId: row.id,
  };
}

/** The occurrence at `occurrenceStartAt` as it will be, and the wall-clock shift that takes it there. */
function movedOccurrence(series: Series, occurrenceStartAt: Date, override: ScheduleOverrideRef | null, changes: Changes, context: PlanContext) {
  const length = series.endAt.getTime() - series.startAt.getTime();
  // A moved override shows its own times: a partial change (one end) is read against what is shown.
  const shown = override ?? { startAt: occurrenceStartAt, endAt: new Date(occurrenceStartAt.getTime() + length), allDay: series.allDay };
  const timesGiven = changes.startAt !== undefined || changes.endAt !== undefined || changes.allDay !== undefined;
  const when: When = timesGiven
    ? { startAt: changes.startAt ?? shown.startAt, endAt: changes.endAt ?? shown.endAt, allDay: changes.allDay ?? shown.allDay }
    : { startAt: occurrenceStartAt, endAt: new Date(occurrenceStartAt.getTime() + length), allDay: series.allDay };
  if (timesGiven) assertValidWhen(when, context.settings.timeZone);
  const shift = shiftBetween({ startAt: occurrenceStartAt, allDay: series.allDay, timeZone: series.timeZone }, { startAt: when.startAt, allDay: when.allDay, timeZone: series.timeZone });
  return { when, shift, length: when.endAt.getTime() - when.startAt.getTime() };
}

/** Title and memo changes, which every override of the changed part takes too. */
function textChanges(changes: Changes): ScheduleChanges {
  return { ...(changes.title !== undefined ? { title: changes.title } : {}), ...(changes.memo !== undefined ? { memo: changes.memo } : {}) };
}

/**
 * "This and the following" (`following`) or every occurrence (`all`) from
 * `occurrenceStartAt`. `following` from the first occurrence is `all`.
 *
 * `recurrence: null` ends the repeating: the part changed becomes a one-off at
 * that occurrence (the series itself for `all`). Its exceptions go (they were
 * holes in a rule that no longer exists); its other overrides are kept as
 * one-offs of their own, since each holds what someone changed on its own
 * (a move, a note, "done"): nothing saved is lost. The override of the
 * occurrence itself, if any, is what the one-off is made from, so it goes.
 */
export function planSeriesChange(series: Series, occurrenceStartAt: Date, scope: Exclude<OccurrenceScope, "this">, changes: Changes, context: PlanContext): Plan {
  const override = assertOccurrence(series, occurrenceStartAt);
  const whole = scope === "all" || same(occurrenceStartAt, series.startAt);
  const { when, shift, length } = movedOccurrence(series, occurrenceStartAt, override, changes, context);
  const later = (start: Date) => whole || start >= occurrenceStartAt;
  const tailOverrides = series.overrides.filter((candidate) => later(candidate.originalStartAt));
  const tailExceptions = series.exceptions.filter(later);
  const keptExceptions = series.exceptions.filter((start) => !later(start));
  const write: ScheduleWriteSet = { create: [], update: [], delete: [], exceptions: [] };

  // The part before the occurrence, when the series is cut.
  if (!whole) {
    const recurrence = recurrenceEndingBefore(series, occurrenceStartAt);
    const repeatsUntil = lastOccurrenceEnd({ ...series, recurrence })!;
    write.update!.push({ id: series.id, changes: { recurrence, repeatsUntil }, remindAt: seriesRemindAt(series, { recurrence }, keptExceptions, context) });
    write.exceptions!.push({ scheduleId: series.id, starts: keptExceptions });
  }

  const partId = whole ? series.id : context.newId();
  if (changes.recurrence === null) {
    planEndOfRepeat(series, partId, whole, override, tailOverrides, changes, when, context, write);
    return { write, resultId: partId };
  }

  const days = shiftDays(shift, occurrenceStartAt);
  const baseRule = whole ? series.recurrence : recurrenceFrom(series, occurrenceStartAt);
  const rule = changes.recurrence ?? (shift.floatingMs === 0 ? baseRule : shiftRecurrence(baseRule, days, shift));
  const firstStart = whole ? shiftInstant(series.startAt, shift) : when.startAt;
  const repeat = repeatFields({ startAt: firstStart, endAt: new Date(firstStart.getTime() + length), allDay: when.allDay }, rule, series.timeZone);
  const reminderMinutes = reminderMinutesFor(changes.reminders ?? (when.allDay === series.allDay ? series.reminderMinutes : undefined), when.allDay, context.settings);
  const fields = { title: changes.title ?? series.title, memo: changes.memo ?? series.memo, allDay: when.allDay, reminderMinutes, status: changes.status ?? series.status, ...repeat };
  const exceptions = tailExceptions.map((start) => shiftInstant(start, shift));
  const remindAt = nextRemindAt({ ...fields, exceptions }, context.settings.timeZone, context.now);
  if (whole) write.update!.push({ id: series.id, changes: fields, remindAt });
  else write.create!.push({ row: { id: partId, ownerId: series.ownerId, createdById: context.actorId, seriesId: null, originalStartAt: null, ...fields }, remindAt });
  write.exceptions!.push({ scheduleId: partId, starts: exceptions });
  for (const moved of tailOverrides) write.update!.push(movedOverride(moved, partId, shift, override, changes, when, context));
  return { write, resultId: partId, occurrence: { startAt: shiftInstant(occurrenceStartAt, shift), endAt: new Date(shiftInstant(occurrenceStartAt, shift).getTime() + length) } };
}

/** An override of the changed part: to its (new) series, at its shifted original start, with the title and memo changes; the one edited also takes the times. */
function movedOverride(
  moved: ScheduleOverrideRef,
  seriesId: string,
  shift: SeriesShift,
  edited: ScheduleOverrideRef | null,
  changes: Changes,
  when: When,
  context: PlanContext,
): NonNullable<ScheduleWriteSet["update"]>[number] {
  const fields: ScheduleChanges = { seriesId, originalStartAt: shiftInstant(moved.originalStartAt, shift), ...textChanges(changes) };
  if (moved.id !== edited?.id || (changes.startAt === undefined && changes.endAt === undefined && changes.allDay === undefined)) return { id: moved.id, changes: fields };
  const reminderMinutes = when.allDay === moved.allDay ? moved.reminderMinutes : reminderMinutesFor(undefined, when.allDay, context.settings);
  const remindAt = nextRemindAt({ ...when, reminderMinutes, status: moved.status, recurrence: null, timeZone: null }, context.settings.timeZone, context.now);
  return { id: moved.id, changes: { ...fields, ...when, reminderMinutes }, remindAt };
}

/** `recurrence: null`: the changed part becomes one one-off (see planSeriesChange). */
function planEndOfRepeat(
  series: Series,
  partId: string,
  whole: boolean,
  override: ScheduleOverrideRef | null,
  tailOverrides: ScheduleOverrideRef[],
  changes: Changes,
  when: When,
  context: PlanContext,
  write: ScheduleWriteSet,
): void {
  const base = override ?? series;
  const timesGiven = changes.startAt !== undefined || changes.endAt !== undefined || changes.allDay !== undefined;
  const at: When = timesGiven || !override ? when : { startAt: override.startAt, endAt: override.endAt, allDay: override.allDay };
  const reminderMinutes = reminderMinutesFor(changes.reminders ?? (at.allDay === base.allDay ? base.reminderMinutes : undefined), at.allDay, context.settings);
  const fields = {
    title: changes.title ?? base.title,
    memo: changes.memo ?? base.memo,
    ...at,
    status: base.status,
    reminderMinutes,
    recurrence: null,
    timeZone: null,
    repeatsUntil: null,
    seriesId: null,
    originalStartAt: null,
  };
  const remindAt = nextRemindAt({ ...fields }, context.settings.timeZone, context.now);
  if (whole) {
    write.update!.push({ id: series.id, changes: fields, remindAt });
    write.exceptions!.push({ scheduleId: series.id, starts: [] });
  } else {
    write.create!.push({ row: { id: partId, ownerId: series.ownerId, createdById: context.actorId, ...fields }, remindAt });
  }
  for (const kept of tailOverrides) {
    if (kept.id === override?.id) write.delete!.push(kept.id);
    else write.update!.push({ id: kept.id, changes: { seriesId: null, originalStartAt: null } });
  }
}

/**
 * Deleting from a repeating schedule: `this` occurrence (an exception, and its
 * override goes), `following` (the series cut before it, later overrides
 * gone) or `all` (the series, whose overrides and exceptions cascade).
 */
export function planSeriesDelete(series: Series, occurrenceStartAt: Date | null, scope: OccurrenceScope, context: PlanContext): Plan {
  if (scope === "all" || !occurrenceStartAt || (scope === "following" && same(occurrenceStartAt, series.startAt))) {
    return { write: { delete: [series.id] }, resultId: null };
  }
  const override = assertOccurrence(series, occurrenceStartAt);
  if (scope === "this") {
    const exceptions = override ? series.exceptions : [...series.exceptions, occurrenceStartAt];
    return {
      write: {
        delete: override ? [override.id] : [],
        update: [{ id: series.id, changes: {}, remindAt: seriesRemindAt(series, {}, exceptions, context) }],
        exceptions: [{ scheduleId: series.id, starts: exceptions }],
      },
      resultId: null,
    };
  }
  const recurrence = recurrenceEndingBefore(series, occurrenceStartAt);
  const repeatsUntil = lastOccurrenceEnd({ ...series, recurrence })!;
  const exceptions = series.exceptions.filter((start) => start < occurrenceStartAt);
  return {
    write: {
      update: [{ id: series.id, changes: { recurrence, repeatsUntil }, remindAt: seriesRemindAt(series, { recurrence }, exceptions, context) }],
      delete: series.overrides.filter((candidate) => candidate.originalStartAt >= occurrenceStartAt).map((candidate) => candidate.id),
      exceptions: [{ scheduleId: series.id, starts: exceptions }],
    },
    resultId: null,
  };
}

/**
 * The undo of deleting one unchanged occurrence: its exception goes, so the
 * series shows it again (with its reminders). An occurrence that is not
 * deleted, or that was a changed one (its own row, gone with the delete), is refused.
 */
export function planOccurrenceRestore(series: Series, occurrenceStartAt: Date, context: PlanContext): Plan {
  if (!isOccurrenceStart({ ...series, exceptions: [] }, occurrenceStartAt)) throw notAnOccurrence();
  if (!series.exceptions.some((exception) => same(exception, occurrenceStartAt))) {
    throw new ConflictError("occurrenceStartAt", "That occurrence is already there.", "scheduleExists");
  }
  const exceptions = series.exceptions.filter((exception) => !same(exception, occurrenceStartAt));
  const length = series.endAt.getTime() - series.startAt.getTime();
  return {
    write: {
      update: [{ id: series.id, changes: {}, remindAt: seriesRemindAt(series, {}, exceptions, context) }],
      exceptions: [{ scheduleId: series.id, starts: exceptions }],
    },
    resultId: series.id,
    occurrence: { startAt: occurrenceStartAt, endAt: new Date(occurrenceStartAt.getTime() + length) },
  };
}
