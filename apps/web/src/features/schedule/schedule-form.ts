import type { z } from "zod";
import { DEFAULT_ALL_DAY_REMINDERS, DEFAULT_TIMED_REMINDERS, dateOf, lastDateOf, remindersOf, type CreateScheduleInput } from "@planner/domain";
import { repeatDraftOf, type RepeatDraft } from "./repeat-draft";
import type { scheduleValuesSchema } from "./schedule-form-schema";
import type { Schedule } from "./types";
import { fromLocalInputValue, isIsoDate, localDateOf, toLocalInputValue } from "./zoned-time";

// The schedule dialog's form: what is typed (datetime-local values on the
// calendar's clock, or dates for an all-day schedule; the Repeat control;
// the chosen reminders) and what it means (the server's input), checked by
// the server's own schema and time rules, so the form and the server never disagree
// (those checks are in schedule-form-schema.ts, loaded with the dialog, not the calendar).

/** The fields in the order the form shows them (where errors may land). */
export const SCHEDULE_FIELDS = ["title", "startAt", "endAt", "startDate", "endDate", "recurrence", "reminders", "memo"] as const;
export type ScheduleField = (typeof SCHEDULE_FIELDS)[number];

/** The form's fields as typed: times are datetime-local values ("2030-01-09T10:00") in the calendar's zone, dates "2030-01-09". */
export type ScheduleDraft = {
  title: string;
  memo: string;
  allDay: boolean;
  startAt: string;
  endAt: string;
  /** All-day: the first and the last day (inclusive). */
  startDate: string;
  endDate: string;
  recurrence: RepeatDraft;
  /** Minutes before the start; null: the owner's defaults (Settings) apply, as for a new schedule left alone. */
  reminders: number[] | null;
};

export type ScheduleValues = z.output<ReturnType<typeof scheduleValuesSchema>>;

/** The first day the form's schedule is on (what the Repeat control follows). */
export function firstDayOf(draft: Pick<ScheduleDraft, "allDay" | "startAt" | "startDate">): string {
  return draft.allDay ? draft.startDate : draft.startAt.slice(0, 10);
}

/** What `schedule.create` takes for the form's values: dates for an all-day schedule, and only what was chosen. */
export function createInputOf(values: ScheduleValues): CreateScheduleInput {
  return {
    title: values.title,
    memo: values.memo,
    ...whenInputOf(values),
    ...(values.recurrence ? { recurrence: values.recurrence } : {}),
    ...(values.reminders ? { reminders: remindersOf(values.reminders) } : {}),
  };
}

/** The when-fields of the API for instants: dates (the end inclusive) for an all-day schedule, else the times. */
export function whenInputOf(values: { allDay: boolean; startAt: Date; endAt: Date }) {
  return values.allDay ? { startDate: dateOf(values.startAt), endDate: lastDateOf(values.endAt) } : { startAt: values.startAt, endAt: values.endAt };
}

type DraftParts = { startAt: string; endAt: string; startDate: string; endDate: string; allDay: boolean; reminders: number[] | null; recurrence: string | null };

function draftFrom(parts: DraftParts, title: string, memo: string, timeZone: string): ScheduleDraft {
  const { recurrence, ...rest } = parts;
  return { title, memo, ...rest, recurrence: repeatDraftOf(recurrence, firstDayOf(parts), timeZone) };
}

/** A new schedule's form between two instants; its reminders are the owner's defaults until changed. */
export function newScheduleDraft(startAt: Date, endAt: Date, timeZone: string): ScheduleDraft {
  const start = toLocalInputValue(startAt, timeZone);
  const end = toLocalInputValue(endAt, timeZone);
  const days = timedDays(startAt, endAt, timeZone);
  return draftFrom({ startAt: start, endAt: end, ...days, allDay: false, reminders: null, recurrence: null }, "", "", timeZone);
}

/** A new all-day schedule's form over the days from `startDate` to `endDate` (inclusive). */
export function newAllDayDraft(startDate: string, endDate: string, timeZone: string): ScheduleDraft {
  return draftFrom({ ...allDayTimes(startDate), startDate, endDate, allDay: true, reminders: null, recurrence: null }, "", "", timeZone);
}

/** The schedule's form in its editable state (an occurrence: the series' rule, from this occurrence's day). */
export function draftOf(schedule: Schedule, timeZone: string): ScheduleDraft {
  const parts = schedule.allDay
    ? { ...allDayTimes(schedule.startDate ?? dateOf(schedule.startAt)), startDate: schedule.startDate ?? dateOf(schedule.startAt), endDate: schedule.endDate ?? lastDateOf(schedule.endAt) }
    : { startAt: toLocalInputValue(schedule.startAt, timeZone), endAt: toLocalInputValue(schedule.endAt, timeZone), ...timedDays(schedule.startAt, schedule.endAt, timeZone) };
  return draftFrom(
    { ...parts, allDay: schedule.allDay, reminders: schedule.reminders.map((reminder) => reminder.minutesBefore), recurrence: schedule.recurrence },
    schedule.title,
    schedule.memo,
    timeZone,
  );
}

/** The days a timed schedule touches (its end is exclusive): what "All day" switched on starts from. */
function timedDays(startAt: Date, endAt: Date, timeZone: string) {
  const startDate = localDateOf(startAt, timeZone);
  const endDate = localDateOf(new Date(endAt.getTime() - 1), timeZone);
  return { startDate, endDate: endDate < startDate ? startDate : endDate };
}

/** The times "All day" switched off starts from: the first day's working morning. */
function allDayTimes(startDate: string) {
  return { startAt: `${startDate}T09:00`, endAt: `${startDate}T10:00` };
}

/**
 * "All day" switched: the dates follow the times typed so far (and back), so
 * the schedule stays on the days it was on.
 */
export function switchAllDay(draft: ScheduleDraft, allDay: boolean, timeZone: string): ScheduleDraft {
  // Reminders count differently for the two kinds (all-day ones from midnight): the defaults stay the
  // defaults (they follow the kind); reminders chosen become the usual set for the new kind, to change.
  const reminders = draft.reminders === null ? null : [...(allDay ? DEFAULT_ALL_DAY_REMINDERS : DEFAULT_TIMED_REMINDERS)];
  if (allDay) {
    const startAt = fromLocalInputValue(draft.startAt, timeZone);
    const endAt = fromLocalInputValue(draft.endAt, timeZone);
    const days = Number.isNaN(startAt.getTime()) || Number.isNaN(endAt.getTime()) ? {} : timedDays(startAt, endAt, timeZone);
    return { ...draft, allDay, reminders, ...days };
  }
  return { ...draft, allDay, reminders, ...allDayTimes(draft.startDate) };
}

const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** A wall-clock value ("2026-06-01T10:00" or "2026-06-01") as milliseconds, read as UTC so that no zone's DST shifts it. */
function wallClockMs(value: string): number {
  return Date.parse(value.includes("T") ? `${value}Z` : `${value}T00:00Z`);
}

/**
 * Where the end goes when the start moves from `before` to `after` past it: on,
 * so the schedule keeps its length (an end left behind made "End after the
 * start" the usual answer to changing a start). An end still after the new
 * start stays as typed. Null when the end stays, or a value is not (yet) a
 * whole date or time. All-day ends are last days, so reaching one is passing it.
 */
export function endFollowingStart(before: string, after: string, end: string): string | null {
  const allDay = isIsoDate(before);
  const whole = allDay ? isIsoDate : (value: string) => LOCAL_DATE_TIME.test(value);
  if (![before, after, end].every(whole)) return null;
  const [from, to, until] = [wallClockMs(before), wallClockMs(after), wallClockMs(end)];
  const passed = allDay ? to > until : to >= until;
  // A length to keep: the one the schedule had (an all-day one may be one day, a length of 0).
  if (!passed || until < from || (!allDay && until === from)) return null;
  const moved = new Date(until + to - from).toISOString();
  return allDay ? moved.slice(0, 10) : moved.slice(0, 16);
}
