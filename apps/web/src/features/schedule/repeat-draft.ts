import {
  MAX_RECURRENCE_COUNT,
  MAX_RECURRENCE_INTERVAL,
  WEEKDAYS,
  formatRecurrence,
  parseRecurrence,
  type Recurrence,
  type RecurrenceFrequency,
  type WeekdayCode,
} from "@planner/domain";
import { isIsoDate, localDateOf, shiftDate } from "./zoned-time";

// The dialog's "Repeat" control as it is being filled in, and the RFC 5545
// rule it means (the domain's formatRecurrence / parseRecurrence do the
// RRULE text). Monthly rules follow the first day: "on day 15", "on the 3rd
// Tuesday" or "on the last Tuesday" of the month the schedule starts on.

export type RepeatFrequency = "NONE" | RecurrenceFrequency;
export const REPEAT_FREQUENCIES: readonly RepeatFrequency[] = ["NONE", "DAILY", "WEEKLY", "MONTHLY", "YEARLY"];
export type MonthlyBy = "day" | "nth" | "last";
export type RepeatEndKind = "never" | "until" | "count";

export type RepeatDraft = {
  freq: RepeatFrequency;
  /** As typed: checked when the form is sent. */
  interval: string;
  /** The weekly rule's days, once the person has picked them (or the rule being edited named them). */
  weekdays: WeekdayCode[];
  /**
   * Until the person picks days, a weekly rule is on the first day's weekday,
   * whatever that day becomes while the form is filled in: a start typed after
   * the form opened (Mon → Wed) must not leave the rule on the old day, which
   * would skip the very date typed.
   */
  daysPicked: boolean;
  monthlyBy: MonthlyBy;
  end: RepeatEndKind;
  untilDate: string;
  count: string;
  weekStart: "MO" | "SU";
};

export type RepeatProblem = { kind: "interval" | "count"; max: number } | { kind: "until" };

const JS_DAY_TO_CODE: readonly WeekdayCode[] = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];

/** The seven weekdays in the order a week starting on `weekStart` (0 = Sunday) shows them. */
export function weekdaysFrom(weekStart: number): WeekdayCode[] {
  return Array.from({ length: 7 }, (_, offset) => JS_DAY_TO_CODE[(weekStart + offset) % 7]!);
}

/** The weekday of a calendar date. */
export function weekdayOf(date: string): WeekdayCode {
  return JS_DAY_TO_CODE[new Date(`${date}T12:00:00Z`).getUTCDay()]!;
}

/** Which of its weekdays in the month a date is (1–5), and whether it is the last one. */
export function weekdayPlaceOf(date: string): { nth: number; last: boolean; weekday: WeekdayCode } {
  const day = Number(date.slice(8, 10));
  const nextWeek = shiftDate(date, "weeks", 1);
  return { nth: Math.ceil(day / 7), last: nextWeek.slice(5, 7) !== date.slice(5, 7), weekday: weekdayOf(date) };
}

/** The monthly rules a first day allows: RFC 5545 rules here name the 1st to 4th weekday, or the last. */
export function monthlyChoices(date: string): MonthlyBy[] {
  const place = weekdayPlaceOf(date);
  return ["day", ...(place.nth <= 4 ? (["nth"] as const) : []), ...(place.last ? (["last"] as const) : [])];
}

/** The control for a schedule with this rule (or none), starting on `start`. */
export function repeatDraftOf(recurrence: string | null, start: string, timeZone: string): RepeatDraft {
  const fresh: RepeatDraft = {
    freq: "NONE",
    interval: "1",
    weekdays: [weekdayOf(start)],
    daysPicked: false,
    monthlyBy: "day",
    end: "never",
    untilDate: shiftDate(start, "months", 3),
    count: "10",
    weekStart: "MO",
  };
  const parsed = recurrence ? parseRecurrence(recurrence) : null;
  if (!parsed?.ok) return fresh;
  const rule = parsed.rule;
  const end = rule.end;
  return {
    ...fresh,
    freq: rule.freq,
    interval: String(rule.interval),
    weekdays: rule.weekdays.length > 0 ? rule.weekdays : fresh.weekdays,
    daysPicked: rule.weekdays.length > 0,
    monthlyBy: rule.nthWeekday ? (rule.nthWeekday.nth === -1 ? "last" : "nth") : "day",
    weekStart: rule.weekStart,
    ...(end && "count" in end ? { end: "count", count: String(end.count) } : {}),
    ...(end && "untilDate" in end ? { end: "until", untilDate: end.untilDate } : {}),
    ...(end && "until" in end ? { end: "until", untilDate: localDateOf(end.until, timeZone) } : {}),
  };
}

const wholeIn = (text: string, max: number): number | null => {
  const value = Number(text.trim());
  return text.trim() !== "" && Number.isInteger(value) && value >= 1 && value <= max ? value : null;
};

/** What keeps the control from being a rule, if anything (the first day is `start`). */
export function repeatDraftProblem(draft: RepeatDraft, start: string): RepeatProblem | null {
  if (draft.freq === "NONE") return null;
  if (wholeIn(draft.interval, MAX_RECURRENCE_INTERVAL) === null) return { kind: "interval", max: MAX_RECURRENCE_INTERVAL };
  if (draft.end === "count" && wholeIn(draft.count, MAX_RECURRENCE_COUNT) === null) return { kind: "count", max: MAX_RECURRENCE_COUNT };
  if (draft.end === "until" && (!isIsoDate(draft.untilDate) || (isIsoDate(start) && draft.untilDate < start))) return { kind: "until" };
  return null;
}

/** The rule the control means for a schedule starting on `start`; null when it does not repeat (or is not yet a rule). */
export function recurrenceOfDraft(draft: RepeatDraft, start: string): Recurrence | null {
  if (draft.freq === "NONE" || repeatDraftProblem(draft, start) || !isIsoDate(start)) return null;
  const place = weekdayPlaceOf(start);
  // A start moved to a day the chosen monthly rule cannot name falls back to its date.
  const monthlyBy = monthlyChoices(start).includes(draft.monthlyBy) ? draft.monthlyBy : "day";
  return {
    freq: draft.freq,
    interval: Number(draft.interval),
    weekdays: draft.freq === "WEEKLY" ? weeklyDaysOf(draft, start) : [],
    monthDay: draft.freq === "MONTHLY" && monthlyBy === "day" ? Number(start.slice(8, 10)) : null,
    nthWeekday: draft.freq === "MONTHLY" && monthlyBy !== "day" ? { nth: monthlyBy === "last" ? -1 : place.nth, weekday: place.weekday } : null,
    weekStart: draft.weekStart,
    end: draft.end === "count" ? { count: Number(draft.count) } : draft.end === "until" ? { untilDate: draft.untilDate } : null,
  };
}

/** The RRULE text the control means, or null. */
export function recurrenceTextOfDraft(draft: RepeatDraft, start: string): string | null {
  const rule = recurrenceOfDraft(draft, start);
  return rule ? formatRecurrence(rule) : null;
}

/** A weekday chip pressed: on or off, in week order; the last one chosen stays (a weekly rule needs a day). */
export function toggleWeekday(draft: RepeatDraft, day: WeekdayCode, start: string): RepeatDraft {
  const current = weeklyDaysOf(draft, start);
  const chosen = current.includes(day);
  if (chosen && current.length === 1) return draft;
  const weekdays = chosen ? current.filter((value) => value !== day) : [...current, day];
  return { ...draft, weekdays: WEEKDAYS.filter((value) => weekdays.includes(value)), daysPicked: true };
}

/** The days a weekly rule is on, in week order: the picked ones, or the first day's weekday (see `daysPicked`). */
export function weeklyDaysOf(draft: RepeatDraft, start: string): WeekdayCode[] {
  if (!draft.daysPicked && isIsoDate(start)) return [weekdayOf(start)];
  return WEEKDAYS.filter((day) => draft.weekdays.includes(day));
}
