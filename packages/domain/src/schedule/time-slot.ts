import { TZDate } from "@date-fns/tz";
import { addMinutes, differenceInMinutes } from "date-fns";

/** Schedules start and end on this grid of the owner's local clock. */
export const SLOT_MINUTES = 30;
export const MAX_SCHEDULE_DAYS = 14;
const MAX_SCHEDULE_MINUTES = MAX_SCHEDULE_DAYS * 24 * 60;

/**
 * Whether an instant falls on the 30-minute grid of a time zone's local clock.
 * Checked in local time, not UTC: in Asia/Kathmandu (UTC+05:45) 09:00 local is
 * 03:15 UTC, on the grid there though not in UTC.
 */
export function isOnGrid(instant: Date, timeZone: string): boolean {
  const local = new TZDate(instant.getTime(), timeZone);
  return local.getMinutes() % SLOT_MINUTES === 0 && local.getSeconds() === 0 && local.getMilliseconds() === 0;
}

/** The nearest grid instant at or before (floor) or at or after (ceil) the given one. */
export function snapToGrid(instant: Date, timeZone: string, mode: "floor" | "ceil" = "floor"): Date {
  const local = new TZDate(instant.getTime(), timeZone);
  const minutesIntoSlot = (local.getMinutes() % SLOT_MINUTES) + local.getSeconds() / 60 + local.getMilliseconds() / 60_000;
  if (minutesIntoSlot === 0) return new Date(instant.getTime());
  const floor = new Date(instant.getTime() - minutesIntoSlot * 60_000);
  return mode === "floor" ? floor : addMinutes(floor, SLOT_MINUTES);
}

import type { ErrorCode, ErrorParams } from "../errors";

export type TimeSlotProblem = { field: "startAt" | "endAt" | "startDate" | "endDate"; message: string; code: ErrorCode; params: ErrorParams };

/**
 * The rules of a schedule's time: both ends on the owner's grid, the end after
 * the start, at most 14 days long. Returns every problem, for the form.
 */
export function timeSlotProblems(slot: { startAt: Date; endAt: Date }, timeZone: string): TimeSlotProblem[] {
  const problems: TimeSlotProblem[] = [];
  if (!isOnGrid(slot.startAt, timeZone)) {
    problems.push({ field: "startAt", message: `Start on the hour or half hour (${timeZone}).`, code: "startOffGrid", params: { timeZone } });
  }
  if (!isOnGrid(slot.endAt, timeZone)) {
    problems.push({ field: "endAt", message: `End on the hour or half hour (${timeZone}).`, code: "endOffGrid", params: { timeZone } });
  }
  const minutes = differenceInMinutes(slot.endAt, slot.startAt);
  if (slot.endAt.getTime() <= slot.startAt.getTime()) {
    problems.push({ field: "endAt", message: "End after the start.", code: "endBeforeStart", params: {} });
  } else if (minutes > MAX_SCHEDULE_MINUTES) {
    problems.push({ field: "endAt", message: `Keep a schedule to at most ${MAX_SCHEDULE_DAYS} days.`, code: "scheduleTooLong", params: { days: MAX_SCHEDULE_DAYS } });
  }
  return problems;
}

/**
 * The rules of an all-day schedule's dates (stored as UTC midnights, the end
 * exclusive): the last day not before the first, at most 14 days. The grid
 * does not apply: dates have no time of day.
 */
export function allDaySlotProblems(slot: { startAt: Date; endAt: Date }): TimeSlotProblem[] {
  const days = Math.round((slot.endAt.getTime() - slot.startAt.getTime()) / 86_400_000);
  if (days < 1) return [{ field: "endDate", message: "End on or after the first day.", code: "endBeforeStart", params: {} }];
  if (days > MAX_SCHEDULE_DAYS) {
    return [{ field: "endDate", message: `Keep a schedule to at most ${MAX_SCHEDULE_DAYS} days.`, code: "scheduleTooLong", params: { days: MAX_SCHEDULE_DAYS } }];
  }
  return [];
}

/** The rules for either kind of schedule. */
export function scheduleTimeProblems(slot: { startAt: Date; endAt: Date; allDay: boolean }, timeZone: string): TimeSlotProblem[] {
  return slot.allDay ? allDaySlotProblems(slot) : timeSlotProblems(slot, timeZone);
}
