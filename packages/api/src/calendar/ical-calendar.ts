import type { ScheduleRangeRow } from "@planner/db";
import { alarmSecondsBefore, icalSequence, icalSummary, icalUid, FEED_REFRESH_MINUTES } from "@planner/domain";
import ical, { ICalAlarmRelatesTo, ICalAlarmType, ICalCalendarMethod, escape, type ICalCalendar, type ICalEvent, type ICalEventData } from "ical-generator";
import { DateTime } from "luxon";
import { recurrenceLines } from "./ical-recurrence";
import { vtimezoneOf, writableZoneName } from "./vtimezones";

/**
 * Schedules as an iCalendar file (RFC 5545), for the subscription feed and
 * for one schedule's download, written with ical-generator the way STACK.md
 * tested it: luxon times in the event's zone, the zones' VTIMEZONEs from
 * @touch4it/ical-timezones, no calendar-wide zone (that would write DTSTAMP
 * floating and move all-day dates).
 *
 * - a one-off: one VEVENT, timed ones in its owner's zone (TZID + VTIMEZONE),
 *   all-day ones as DATE values (the end exclusive, as stored);
 * - a repeating schedule: one VEVENT with its RRULE in its own zone (the wall
 *   clock its occurrences keep) and its deleted occurrences as EXDATE; each
 *   changed occurrence a VEVENT of its own with the series' UID and its
 *   original start as RECURRENCE-ID;
 * - UID, SEQUENCE, the done mark and the alarms as domain's ical-event-rules
 *   say; DTSTAMP and LAST-MODIFIED are the schedule's last change, so the same
 *   data always gives the same bytes (the feed's ETag is their hash).
 */

export type CalendarRenderOptions = {
  /** The calendar's name in the apps' lists. */
  name: string;
  /** Whose calendar this is: their own schedules get their reminders; others' are marked with their owner's name. */
  readerId: string;
  /** Each owner's zone, for their timed one-offs. */
  ownerZones: ReadonlyMap<string, string>;
  /**
   * A file to open once says METHOD:PUBLISH, which apps (Outlook) take as
   * "add these"; a subscription has no METHOD, so that DTSTAMP means what it
   * is here: when each schedule was last revised (RFC 5545 3.8.7.2).
   */
  publish: boolean;
};

export function renderCalendar(rows: readonly ScheduleRangeRow[], options: CalendarRenderOptions): string {
  const calendar = ical({
    name: escape(options.name, false),
    prodId: { company: "planner", product: "planner", language: "EN" },
    method: options.publish ? ICalCalendarMethod.PUBLISH : null,
    ttl: FEED_REFRESH_MINUTES * 60,
    timezone: { name: null, generator: vtimezoneOf },
  });
  const series = new Map(rows.filter((row) => row.recurrence).map((row) => [row.id, row]));
  const changedStarts = new Map<string, number[]>();
  for (const row of rows) {
    if (row.seriesId && row.originalStartAt && series.has(row.seriesId)) {
      changedStarts.set(row.seriesId, [...(changedStarts.get(row.seriesId) ?? []), row.originalStartAt.getTime()]);
    }
  }
  for (const row of rows) {
    const parent = row.seriesId && row.originalStartAt ? series.get(row.seriesId) : undefined;
    if (row.recurrence) addSeries(calendar, row, changedStarts.get(row.id) ?? [], options);
    else if (parent) addChangedOccurrence(calendar, row, parent, options);
    else addOneOff(calendar, row, options);
  }
  return calendar.toString();
}

/**
 * The zone an event's times are written in: the zone itself or another name
 * of its clock that has a VTIMEZONE (vtimezones.ts), else UTC, which is never
 * wrong about an instant (only three zones newer than the VTIMEZONE files
 * come to that; a repeating schedule there then moves with daylight saving in other apps).
 */
function writableZone(zone: string | null | undefined): string {
  return (zone && writableZoneName(zone)) ?? "UTC";
}

function inZone(instant: Date, zone: string): DateTime {
  return DateTime.fromJSDate(instant, { zone });
}

/** The fields every VEVENT has, from the row it is written for. */
function common(row: ScheduleRangeRow, options: CalendarRenderOptions): Omit<ICalEventData, "start"> {
  const done = row.status === "CLOSED";
  const ownedByReader = row.ownerId === options.readerId;
  return {
    sequence: icalSequence(row.updatedAt),
    stamp: row.updatedAt,
    lastModified: row.updatedAt,
    created: row.createdAt,
    summary: icalSummary({ title: row.title, done, ownerName: ownedByReader ? null : row.owner.name }),
    description: row.memo || null,
  };
}

/** Writes the event and its alarms (the row's reminders, as domain's alarmSecondsBefore says). */
function addEvent(calendar: ICalCalendar, row: ScheduleRangeRow, options: CalendarRenderOptions, data: ICalEventData): ICalEvent {
  const event = calendar.createEvent({ ...common(row, options), ...data });
  const seconds = alarmSecondsBefore({ reminderMinutes: row.reminderMinutes, done: row.status === "CLOSED", ownedByReader: row.ownerId === options.readerId });
  for (const before of seconds) {
    const alarm = event.createAlarm({ type: ICalAlarmType.display, description: event.summary(), trigger: before });
    // ical-generator 11 relates a trigger after the start to the END unless told (and takes no relatesTo when creating).
    if (before < 0) alarm.relatesTo(ICalAlarmRelatesTo.start);
  }
  return event;
}

/** The start and end: dates for an all-day schedule, else wall-clock times in `zone`. */
function when(row: ScheduleRangeRow, zone: string): Pick<ICalEventData, "start" | "end" | "allDay" | "timezone"> {
  if (row.allDay) return { allDay: true, start: inZone(row.startAt, "UTC"), end: inZone(row.endAt, "UTC") };
  return { timezone: zone, start: inZone(row.startAt, zone), end: inZone(row.endAt, zone) };
}

function addOneOff(calendar: ICalCalendar, row: ScheduleRangeRow, options: CalendarRenderOptions): void {
  const zone = writableZone(options.ownerZones.get(row.ownerId));
  addEvent(calendar, row, options, { id: icalUid(row), ...when(row, zone) });
}

/** The zone a repeating schedule's occurrences keep (all-day ones keep dates). */
function seriesZone(row: ScheduleRangeRow, options: CalendarRenderOptions): string {
  return writableZone(row.timeZone ?? options.ownerZones.get(row.ownerId));
}

function addSeries(calendar: ICalCalendar, row: ScheduleRangeRow, changedStarts: readonly number[], options: CalendarRenderOptions): void {
  const zone = seriesZone(row, options);
  // A changed occurrence is both an exception of the series (in the database) and a VEVENT with a
  // RECURRENCE-ID: it must not be an EXDATE too, or apps drop the changed occurrence with it.
  const changed = new Set(changedStarts);
  const deleted = row.exceptions.filter((start) => !changed.has(start.getTime()));
  addEvent(calendar, row, options, {
    id: icalUid(row),
    ...when(row, zone),
    repeating: recurrenceLines({ recurrence: row.recurrence!, allDay: row.allDay, zone, deleted }),
  });
}

function addChangedOccurrence(calendar: ICalCalendar, row: ScheduleRangeRow, parent: ScheduleRangeRow, options: CalendarRenderOptions): void {
  const zone = seriesZone(parent, options);
  const originalStart = row.originalStartAt!;
  // The RECURRENCE-ID names the occurrence as the series' DTSTART would: a date for an all-day
  // series, the wall clock in the series' zone otherwise (even when this occurrence changed kind).
  const event = addEvent(calendar, row, options, {
    id: icalUid(parent),
    ...when(row, zone),
    ...(parent.allDay ? {} : { timezone: zone, recurrenceId: inZone(originalStart, zone) }),
  });
  if (parent.allDay) writeDateRecurrenceId(event, originalStart);
}

/**
 * ical-generator 11.1.2 writes RECURRENCE-ID only as a date-time, but an
 * all-day series' occurrences are dates (RFC 5545 3.8.4.4: the same value type
 * as DTSTART). So this one event's text gets the line, in its place after DTEND.
 */
function writeDateRecurrenceId(event: ICalEvent, originalStart: Date): void {
  const render = event.toString.bind(event);
  const line = `RECURRENCE-ID;VALUE=DATE:${originalStart.toISOString().slice(0, 10).replaceAll("-", "")}\r\n`;
  event.toString = () => render().replace(/(\r\nDTEND[^\r]*\r\n)/, `$1${line}`);
}
