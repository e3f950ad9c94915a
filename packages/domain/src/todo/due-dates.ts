import { TZDate } from "@date-fns/tz";

/**
 * When a todo is due. A date alone (`dueOn`) means "that day" in the owner's
 * time zone; a time (`dueTime`, "HH:mm", read in the owner's zone) makes it due
 * at an instant (`dueAt`) whose local date is `dueOn`. Views compare dates as
 * the owner's calendar shows them, so "today" is the owner's today.
 */
export const DUE_TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
/** Upcoming: today and the 13 days after it. */
export const UPCOMING_DAYS = 14;

/** The owner's calendar date of an instant, "YYYY-MM-DD". */
export function localDateOf(instant: Date, timeZone: string): string {
  const local = new TZDate(instant.getTime(), timeZone);
  return `${String(local.getFullYear()).padStart(4, "0")}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
}

/** The owner's wall-clock time of an instant, "HH:mm". */
export function localTimeOf(instant: Date, timeZone: string): string {
  const local = new TZDate(instant.getTime(), timeZone);
  return `${pad(local.getHours())}:${pad(local.getMinutes())}`;
}

/**
 * The instant a date and time name in the owner's zone. A time that the zone
 * skips (the hour clocks spring forward) is read as the first valid moment after it.
 */
export function dueInstant(dueOn: string, dueTime: string, timeZone: string): Date {
  const [year, month, day] = dueOn.split("-").map(Number) as [number, number, number];
  const [hours, minutes] = dueTime.split(":").map(Number) as [number, number];
  return new Date(new TZDate(year, month - 1, day, hours, minutes, 0, timeZone).getTime());
}

/** A calendar date moved by whole days ("2026-12-31" + 1 = "2027-01-01"). */
export function addDaysToDate(date: string, days: number): string {
  const utc = new Date(`${date}T00:00:00.000Z`);
  utc.setUTCDate(utc.getUTCDate() + days);
  return utc.toISOString().slice(0, 10);
}

/** The dates the Today and Upcoming views cover, for an owner at `now`. */
export function todoViewDates(now: Date, timeZone: string): { today: string; upcomingLast: string } {
  const today = localDateOf(now, timeZone);
  return { today, upcomingLast: addDaysToDate(today, UPCOMING_DAYS - 1) };
}

/**
 * Overdue: still open and past due: its day is before today, or its time has
 * passed. A date-only todo due today is not overdue until the day ends.
 */
export function isTodoOverdue(todo: { done: boolean; dueOn: string | null; dueAt: Date | null }, today: string, now: Date): boolean {
  if (todo.done || todo.dueOn === null) return false;
  if (todo.dueOn < today) return true;
  return todo.dueAt !== null && todo.dueAt.getTime() < now.getTime();
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}
