import { dateOf } from "../schedule/local-dates";
import { isOccurrenceStart, toFloating } from "../schedule/occurrences";
import { shiftBetween, shiftInstant } from "../schedule/series-changes";
import { MAX_SCHEDULE_DAYS, SLOT_MINUTES, snapToGrid } from "../schedule/time-slot";
import { isInstantInRange } from "../shared/instant-range";
import { MAX_ITEM_OCCURRENCES } from "./batches";
import { clockOf, instantOf, seriesZoneOf, type Clock, type IcalMoment, type ZoneBook } from "./ical-clock";
import type { EventReading, IcalEvent } from "./ical-event";
import { appRuleOf, icalStarts, monthDaysCanOccur, sameStarts, SAME_STARTS_CHECKED } from "./ical-recurrence";
import { MAX_IMPORT_UID_LENGTH, occurrenceKey, type ImportedFields, type ImportItem, type ImportOverride } from "./import-item";
import type { ImportNote, ImportSkipReason } from "./import-notes";
import { importedReminders } from "./imported-reminders";
import { importedMemo, importedTitle } from "./imported-text";

/**
 * From the events of a file to the items an import writes. The rules, which
 * the preview states and the import applies exactly:
 * - Timed schedules sit on the owner's half-hour grid: a start off it moves
 *   back to the half hour before, an end forward to the half hour after
 *   (09:10–09:50 becomes 09:00–10:00); an event with no length gets 30 minutes.
 *   A repeating event moves as a whole, its deleted and moved occurrences with it.
 * - A repeat rule the app can keep exactly is kept; any other is imported as
 *   its occurrences, each a schedule of its own: all of them when it ends
 *   within EXPANDED_LIMIT of them, else (endless or longer) those from a year
 *   ago to two years ahead, at most EXPANDED_LIMIT.
 * - Titles and memos longer than the app keeps are cut with "…".
 * - VALARMs become reminders where they say the same (imported-reminders.ts).
 * - An event the app cannot hold (no start, over 14 days, …) is left out, with its reason.
 */

export type ImportContext = {
  book: ZoneBook;
  now: Date;
  /** The title of an event without one, in the owner's language. */
  untitled: string;
};

/** One UID's events: the event itself (if the file has it) and its moved or cancelled occurrences. */
export type EventGroup = { uid: string; master: IcalEvent | null; overrides: IcalEvent[] };

export type GroupPlan = { items: ImportItem[]; notes: ImportNote[] };

/** Occurrences of a rule the app cannot keep, imported one by one: all up to this many. */
export const EXPANDED_LIMIT = 500;

const DAY_MS = 86_400_000;
const SLOT_MS = SLOT_MINUTES * 60_000;
const MAX_LENGTH_MS = MAX_SCHEDULE_DAYS * DAY_MS;

/** The events of a file by UID; unreadable ones, those without a usable UID and older copies of the same event are notes. */
export function groupEvents(readings: readonly EventReading[], context: ImportContext): { groups: EventGroup[]; notes: ImportNote[] } {
  const notes: ImportNote[] = [];
  const groups = new Map<string, { master: IcalEvent | null; overrides: Map<string, IcalEvent> }>();
  const skip = (event: IcalEvent, reason: ImportSkipReason) =>
    notes.push({ kind: "skipped", title: importedTitle(event.summary, context.untitled).text, date: event.start ? localDateOf(event.start, context.book) : null, reason });

  for (const reading of readings) {
    if ("unreadable" in reading) {
      notes.push({ kind: "skipped", title: importedTitle(reading.unreadable, context.untitled).text, date: null, reason: "unreadable" });
      continue;
    }
    const event = reading.event;
    if (!event.uid) {
      skip(event, "noUid");
      continue;
    }
    if (event.uid.length > MAX_IMPORT_UID_LENGTH) {
      skip(event, "uidTooLong");
      continue;
    }
    const group = groups.get(event.uid) ?? { master: null, overrides: new Map<string, IcalEvent>() };
    groups.set(event.uid, group);
    if (!event.recurrenceId) {
      const [kept, dropped] = newer(group.master, event);
      group.master = kept;
      if (dropped) skip(dropped, "duplicate");
    } else {
      const id = `${event.recurrenceId.wall.toISOString()} ${event.recurrenceId.tzid ?? (event.recurrenceId.utc ? "Z" : "")}`;
      const [kept, dropped] = newer(group.overrides.get(id) ?? null, event);
      group.overrides.set(id, kept);
      if (dropped) skip(dropped, "duplicate");
    }
  }
  return { groups: [...groups].map(([uid, group]) => ({ uid, master: group.master, overrides: [...group.overrides.values()] })), notes };
}

/** Of two copies of one event, the newer (RFC 5545: higher SEQUENCE, then later modification); the later in the file on a tie. */
function newer(held: IcalEvent | null, next: IcalEvent): [IcalEvent, IcalEvent | null] {
  if (!held) return [next, null];
  const heldFirst = held.revision.sequence > next.revision.sequence || (held.revision.sequence === next.revision.sequence && held.revision.modified > next.revision.modified);
  return heldFirst ? [held, next] : [next, held];
}

/** The items and notes of one UID's events. */
export function planGroup(group: EventGroup, context: ImportContext): GroupPlan {
  const plan: GroupPlan = { items: [], notes: [] };
  const master = group.master;
  if (!master) {
    // Occurrences whose series is not in the file (an invitation to one meeting of a series): each on its own.
    for (const override of group.overrides) {
      if (override.cancelled) skipNote(plan, override, "cancelled", context);
      else addStandalone(plan, group.uid, override, instantOf(override.recurrenceId!, context.book), override.recurrenceId!.date, context);
    }
    return plan;
  }
  if (master.cancelled) return skipNote(plan, master, "cancelled", context);
  const repeating = master.rules.length > 0 || master.extraDates.length > 0;
  if (!repeating) {
    const item = oneOff(plan, group.uid, master, context);
    if (item) plan.items.push(item);
    for (const override of group.overrides) if (!override.cancelled) skipNote(plan, override, "notAnOccurrence", context);
    return plan;
  }
  if (master.hasExrule || master.rules.some((rule) => !["DAILY", "WEEKLY", "MONTHLY", "YEARLY"].includes(rule.freq) || !monthDaysCanOccur(rule))) {
    return skipNote(plan, master, "unsupportedRepeat", context);
  }
  const times = timesOf(master, context);
  if ("skip" in times) return skipNote(plan, master, times.skip, context);
  try {
    return planSeries(plan, group, master, times, context) ?? planExpanded(plan, group, master, times, context);
  } catch {
    // ical.js refuses some rules outright (FREQ=WEEKLY with BYMONTHDAY, …).
    return skipNote({ items: [], notes: [] }, master, "unsupportedRepeat", context);
  }
}

type Times = { startAt: Date; endAt: Date; allDay: boolean; clock: Clock; start: IcalMoment };

/** Where an event is, as instants (all-day: UTC midnights, the end exclusive), or why it cannot be imported. */
function timesOf(event: IcalEvent, context: ImportContext): Times | { skip: ImportSkipReason } {
  const start = event.start;
  if (!start) return { skip: "noStart" };
  const clock = clockOf(start, context.book);
  const startAt = instantOf(start, context.book);
  let endAt: Date;
  if (start.date) {
    const days = event.end ? Math.ceil((dateWall(event.end).getTime() - start.wall.getTime()) / DAY_MS) : event.durationSeconds !== null ? Math.ceil(event.durationSeconds / 86_400) : 1;
    if (days < 0) return { skip: "endBeforeStart" };
    // A DTEND on the start's own date (which some tools write) is the one day.
    endAt = new Date(startAt.getTime() + Math.max(1, days) * DAY_MS);
  } else {
    endAt = event.end ? instantOf(event.end, context.book) : new Date(startAt.getTime() + (event.durationSeconds ?? 0) * 1000);
    if (endAt < startAt) return { skip: "endBeforeStart" };
  }
  if (!isInstantInRange(startAt) || !isInstantInRange(endAt)) return { skip: "outOfRange" };
  if (endAt.getTime() - startAt.getTime() > MAX_LENGTH_MS) return { skip: "tooLong" };
  return { startAt, endAt, allDay: start.date, clock, start };
}

/** A date's midnight; a time's date (an all-day event's end written as a time). */
function dateWall(moment: IcalMoment): Date {
  if (moment.date) return moment.wall;
  const day = new Date(Date.UTC(moment.wall.getUTCFullYear(), moment.wall.getUTCMonth(), moment.wall.getUTCDate()));
  return day.getTime() === moment.wall.getTime() ? day : new Date(day.getTime() + DAY_MS);
}

/** Timed times on the owner's grid: the start back, the end forward, at least one slot; with the note when they moved. */
function onGrid(times: { startAt: Date; endAt: Date; allDay: boolean }, title: string, plan: GroupPlan, context: ImportContext): { startAt: Date; endAt: Date } | null {
  if (times.allDay) return { startAt: times.startAt, endAt: times.endAt };
  const zone = context.book.ownerTimeZone;
  const startAt = snapToGrid(times.startAt, zone, "floor");
  let endAt = snapToGrid(times.endAt, zone, "ceil");
  if (endAt <= startAt) endAt = new Date(startAt.getTime() + SLOT_MS);
  if (endAt.getTime() - startAt.getTime() > MAX_LENGTH_MS) return null;
  if (startAt.getTime() !== times.startAt.getTime() || endAt.getTime() !== times.endAt.getTime()) {
    plan.notes.push({ kind: "offGrid", title, date: localDate(times.startAt, zone), before: span(times, zone), after: span({ startAt, endAt }, zone) });
  }
  return { startAt, endAt };
}

/** Title, memo and reminders of an event, with notes for what was cut or dropped. */
function contentOf(event: IcalEvent, allDay: boolean, plan: GroupPlan, context: ImportContext): Content {
  const title = importedTitle(event.summary, context.untitled);
  const memo = importedMemo(event.description);
  if (title.shortened) plan.notes.push({ kind: "shortened", title: title.text, field: "title" });
  if (memo.shortened) plan.notes.push({ kind: "shortened", title: title.text, field: "memo" });
  const reminders = importedReminders(event.alarms, allDay);
  if (reminders.dropped > 0) plan.notes.push({ kind: "remindersDropped", title: title.text, count: reminders.dropped });
  return { title: title.text, memo: memo.text, reminders: reminders.minutes };
}

type Content = Pick<ImportedFields, "title" | "memo" | "reminders">;

/** An event's fields at given times (an occurrence's, for expanded rules), or null with a note. */
function fieldsAt(plan: GroupPlan, content: Content, times: { startAt: Date; endAt: Date; allDay: boolean }, context: ImportContext): ImportedFields | null {
  const placed = onGrid(times, content.title, plan, context);
  if (!placed) {
    plan.notes.push({ kind: "skipped", title: content.title, date: localDate(times.startAt, times.allDay ? "UTC" : context.book.ownerTimeZone), reason: "tooLong" });
    return null;
  }
  return { ...content, ...placed, allDay: times.allDay };
}

function oneOff(plan: GroupPlan, key: string, event: IcalEvent, context: ImportContext): ImportItem | null {
  const times = timesOf(event, context);
  if ("skip" in times) {
    skipNote(plan, event, times.skip, context);
    return null;
  }
  const fields = fieldsAt(plan, contentOf(event, times.allDay, plan, context), times, context);
  return fields ? { key, ...fields, recurrence: null, timeZone: null, exceptions: [], overrides: [] } : null;
}

function addStandalone(plan: GroupPlan, uid: string, event: IcalEvent, originalStart: Date, allDay: boolean, context: ImportContext): void {
  const item = oneOff(plan, occurrenceKey(uid, originalStart, allDay), event, context);
  if (item) plan.items.push(item);
}

/**
 * A repeating event the app can keep as it is: one series, its deleted
 * occurrences and its moved ones. Null when its rule is not one of the app's
 * or does not repeat the same (then it is expanded).
 */
function planSeries(plan: GroupPlan, group: EventGroup, master: IcalEvent, times: Times, context: ImportContext): GroupPlan | null {
  if (master.rules.length !== 1 || master.extraDates.length > 0) return null;
  const recurrence = appRuleOf(master.rules[0]!, times.start, times.clock);
  if (!recurrence) return null;
  const timeZone = times.allDay ? context.book.ownerTimeZone : seriesZoneOf(times.clock, context.book);
  const expected = icalStarts(master.rules, [], times.start, times.clock, context.book, { limit: SAME_STARTS_CHECKED });
  if (!sameStarts(expected, { ...times, timeZone, recurrence })) return null;
  // A series with more deleted or moved occurrences than an import batch takes is imported as its occurrences.
  if (master.exdates.length + group.overrides.length > MAX_ITEM_OCCURRENCES) return null;
  // Stored from its first occurrence, as the app stores every series (a DTSTART off its rule's days is none).
  const first = expected[0];
  if (!first) return skipNote(plan, master, "unsupportedRepeat", context);
  const firstTimes = { ...times, startAt: first, endAt: new Date(first.getTime() + times.endAt.getTime() - times.startAt.getTime()) };

  const fields = fieldsAt(plan, contentOf(master, times.allDay, plan, context), firstTimes, context);
  if (!fields) return plan;
  // The grid's move of the first occurrence, on the series' wall clock, applied to every start that names an occurrence.
  const clock = { allDay: times.allDay, timeZone };
  const shift = shiftBetween({ startAt: first, ...clock }, { startAt: fields.startAt, ...clock });
  const series = { ...fields, timeZone, recurrence, exceptions: [] };
  const occurrenceOf = (moment: IcalMoment): Date | null => {
    const start = shiftInstant(occurrenceInstant(moment, times, context), shift);
    return isOccurrenceStart(series, start) ? start : null;
  };

  const overrides: ImportOverride[] = [];
  const deleted = new Map<number, Date>();
  for (const exdate of master.exdates) {
    const start = occurrenceOf(exdate);
    if (start) deleted.set(start.getTime(), start);
  }
  for (const event of group.overrides) {
    const originalStartAt = occurrenceOf(event.recurrenceId!);
    if (!originalStartAt) {
      skipNote(plan, event, "notAnOccurrence", context);
      continue;
    }
    if (event.cancelled) {
      deleted.set(originalStartAt.getTime(), originalStartAt);
      continue;
    }
    const override = overrideFields(plan, event, context);
    if (!override) continue;
    overrides.push({ ...override, originalStartAt });
    deleted.delete(originalStartAt.getTime());
  }
  overrides.sort((a, b) => a.originalStartAt.getTime() - b.originalStartAt.getTime());
  const exceptions = [...deleted.values()].filter((start) => !overrides.some((o) => o.originalStartAt.getTime() === start.getTime())).sort((a, b) => a.getTime() - b.getTime());
  plan.items.push({ key: group.uid, ...fields, recurrence, timeZone, exceptions, overrides });
  return plan;
}

/** A moved occurrence's own fields (its times from its own DTSTART/DTEND), or null with a note. */
function overrideFields(plan: GroupPlan, event: IcalEvent, context: ImportContext): ImportedFields | null {
  const times = timesOf(event, context);
  if ("skip" in times) {
    skipNote(plan, event, times.skip, context);
    return null;
  }
  return fieldsAt(plan, contentOf(event, times.allDay, plan, context), times, context);
}

/**
 * The instant an EXDATE or RECURRENCE-ID names in a series: as written, or
 * (a date given for a timed series, as some tools write) that day at the
 * series' time.
 */
function occurrenceInstant(moment: IcalMoment, series: Times, context: ImportContext): Date {
  const day = new Date(Date.UTC(moment.wall.getUTCFullYear(), moment.wall.getUTCMonth(), moment.wall.getUTCDate()));
  if (series.allDay) return day;
  if (!moment.date) return instantOf(moment, context.book);
  const timeOfDay = series.start.wall.getTime() - Date.UTC(series.start.wall.getUTCFullYear(), series.start.wall.getUTCMonth(), series.start.wall.getUTCDate());
  return instantOf({ ...series.start, wall: new Date(day.getTime() + timeOfDay) }, context.book);
}

/** A repeating event the app cannot keep as a series: its occurrences, each a schedule of its own. */
function planExpanded(plan: GroupPlan, group: EventGroup, master: IcalEvent, times: Times, context: ImportContext): GroupPlan {
  const endless = master.rules.some((rule) => !rule.count && !rule.until);
  const all = endless ? [] : icalStarts(master.rules, master.extraDates, times.start, times.clock, context.book, { limit: EXPANDED_LIMIT + 1 });
  const windowed = endless || all.length > EXPANDED_LIMIT;
  const from = new Date(context.now.getTime() - 365 * DAY_MS);
  const to = new Date(context.now.getTime() + 2 * 365 * DAY_MS);
  const starts = windowed ? icalStarts(master.rules, master.extraDates, times.start, times.clock, context.book, { limit: EXPANDED_LIMIT, from, to }) : all;

  const gone = new Set(master.exdates.map((exdate) => occurrenceInstant(exdate, times, context).getTime()));
  const moved = new Map<number, IcalEvent>();
  for (const event of group.overrides) {
    const start = occurrenceInstant(event.recurrenceId!, times, context).getTime();
    if (event.cancelled) gone.add(start);
    else moved.set(start, event);
  }
  const length = times.endAt.getTime() - times.startAt.getTime();
  const content = contentOf(master, times.allDay, plan, context);
  const before = plan.items.length;
  for (const start of starts) {
    if (gone.has(start.getTime())) continue;
    const override = moved.get(start.getTime());
    moved.delete(start.getTime());
    if (override) addStandalone(plan, group.uid, override, start, times.allDay, context);
    else {
      const fields = fieldsAt(plan, content, { startAt: start, endAt: new Date(start.getTime() + length), allDay: times.allDay }, context);
      if (fields) plan.items.push({ key: occurrenceKey(group.uid, start, times.allDay), ...fields, recurrence: null, timeZone: null, exceptions: [], overrides: [] });
    }
  }
  for (const event of moved.values()) skipNote(plan, event, "notAnOccurrence", context);
  const zone = times.allDay ? "UTC" : context.book.ownerTimeZone;
  plan.notes.push({
    kind: "expanded",
    title: importedTitle(master.summary, context.untitled).text,
    occurrences: plan.items.length - before,
    from: windowed ? localDate(from, context.book.ownerTimeZone) : null,
    until: windowed ? localDate(new Date(to.getTime() - 1), zone) : null,
  });
  return plan;
}

function skipNote(plan: GroupPlan, event: IcalEvent, reason: ImportSkipReason, context: ImportContext): GroupPlan {
  plan.notes.push({ kind: "skipped", title: importedTitle(event.summary, context.untitled).text, date: event.start ? localDateOf(event.start, context.book) : null, reason });
  return plan;
}

/** The owner's local date of a file's moment (a date is itself). */
function localDateOf(moment: IcalMoment, book: ZoneBook): string | null {
  if (moment.date) return dateOf(moment.wall);
  const instant = instantOf(moment, book);
  return isInstantInRange(instant) ? localDate(instant, book.ownerTimeZone) : null;
}

/** YYYY-MM-DD of an instant on a zone's wall clock. */
export function localDate(instant: Date, zone: string): string {
  return toFloating(instant, zone).toISOString().slice(0, 10);
}

function localTime(instant: Date, zone: string): string {
  return toFloating(instant, zone).toISOString().slice(11, 16);
}

/** "09:10–09:50" on the owner's clock. */
function span(times: { startAt: Date; endAt: Date }, zone: string): string {
  return `${localTime(times.startAt, zone)}–${localTime(times.endAt, zone)}`;
}

