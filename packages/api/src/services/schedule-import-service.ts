import type { Database, ImportWriteSet, ImportedScheduleRow, StoredImportRow } from "@planner/db";
import {
  ConflictError,
  ForbiddenError,
  UNTITLED_EVENT_TITLES,
  ValidationError,
  canCreateOwnSchedules,
  groupEvents,
  importChange,
  itemFacts,
  isOccurrenceStart,
  planGroup,
  readEvent,
  reminderMinutesProblem,
  splitCalendar,
  summarizeImport,
  wantedExceptions,
  zoneBook,
  type Actor,
  type DomainError,
  type ImportBatchValues,
  type ImportChange,
  type ImportContext,
  type ImportItem,
  type ImportPreviewValues,
  type ImportSummary,
} from "@planner/domain";
import { mapInSlices } from "./in-slices";
import { assertValidWhen, nextRemindAt, ownerSettings, repeatFields, type OwnerSettings } from "./schedule-rules";

/**
 * Importing an iCalendar file into the caller's own calendar, in two steps:
 * the preview reads the whole file once and answers with what the import will
 * write (the items) and what it changes on the way (the summary); the page then
 * sends the items back in batches, each written in one short transaction, and
 * shows the progress. The CPU work of a big file is done in slices with turns
 * for other requests between them, so a 10,000-event file never holds the
 * server for long. Every batch is checked again: it writes only what the
 * app's rules allow, whatever a client sends.
 */

/** Events read, and groups planned, between turns of the event loop (each slice takes a few milliseconds). */
const EVENTS_PER_SLICE = 200;
const GROUPS_PER_SLICE = 100;
const ITEMS_PER_SLICE = 500;
/** Items of a batch checked and planned between turns (each is checked as a new schedule would be). */
const CHECKS_PER_SLICE = 100;

export type ImportPreview = {
  summary: ImportSummary & { changes: Record<ImportChange, number> };
  items: (ImportItem & { change: ImportChange })[];
};

export type ImportBatchResult = { created: number; updated: number; unchanged: number };

export async function previewImport(db: Database, actor: Actor, input: ImportPreviewValues, now: Date): Promise<ImportPreview> {
  assertMayImport(actor);
  const settings = await ownerSettings(db, actor.userId);
  const parts = splitCalendar(input.text);
  if ("problem" in parts) {
    throw parts.problem === "notICalendar"
      ? invalidFile("That is not an iCalendar file: it must begin with BEGIN:VCALENDAR.", "importNotICalendar")
      : invalidFile("The calendar file has no events (VEVENT) to import.", "importNoEvents");
  }
  const context: ImportContext = {
    book: zoneBook(settings.timeZone, parts.timeZones),
    now,
    untitled: UNTITLED_EVENT_TITLES[input.language],
  };
  const readings = await mapInSlices(parts.events, EVENTS_PER_SLICE, readEvent);
  const { groups, notes } = groupEvents(readings, context);
  const plans = await mapInSlices(groups, GROUPS_PER_SLICE, (group) => planGroup(group, context));
  const items = plans.flatMap((plan) => plan.items);
  notes.push(...plans.flatMap((plan) => plan.notes));

  const stored = await db.scheduleImports.findByKeys(actor.userId, items.map((item) => item.key));
  const changes: Record<ImportChange, number> = { new: 0, update: 0, unchanged: 0 };
  const withChanges = items.map((item) => {
    const change = importChange(item, stored.get(item.key) ?? null);
    changes[change] += 1;
    return { ...item, change };
  });
  const facts = await mapInSlices(items, ITEMS_PER_SLICE, (item) => itemFacts(item, settings.timeZone));
  const summary = summarizeImport(facts, notes, { events: parts.events.length, otherComponents: parts.otherComponents });
  return { summary: { ...summary, changes }, items: withChanges };
}

/**
 * Writes one batch of a preview's items: new ones are created, ones an
 * earlier import left are updated where they differ, the rest left alone.
 */
export async function importBatch(db: Database, actor: Actor, input: ImportBatchValues, now: Date): Promise<ImportBatchResult> {
  assertMayImport(actor);
  const keys = input.items.map((item) => item.key);
  if (new Set(keys).size !== keys.length) throw outOfDate("The batch has the same event twice.");
  const settings = await ownerSettings(db, actor.userId);
  const stored = await db.scheduleImports.findByKeys(actor.userId, keys);
  const set: ImportWriteSet = { delete: [], create: [], update: [], exceptions: [] };
  const result: ImportBatchResult = { created: 0, updated: 0, unchanged: 0 };
  const writer = { db, actor, settings, now, set };
  await mapInSlices(input.items, CHECKS_PER_SLICE, (item) => {
    const checked = checkedItem(item, settings);
    const previous = stored.get(item.key) ?? null;
    const change = importChange(checked, previous);
    if (change === "unchanged") result.unchanged += 1;
    else if (!previous || Boolean(previous.recurrence) !== Boolean(checked.recurrence)) {
      // New, or a one-off that now repeats (or the other way round): written afresh.
      if (previous) set.delete.push(previous.id);
      planCreate(writer, checked);
      result[previous ? "updated" : "created"] += 1;
    } else {
      planUpdate(writer, checked, previous);
      result.updated += 1;
    }
  });
  if (!(await db.scheduleImports.write(set))) {
    throw new ConflictError("items", "These events are being imported in another tab or window right now. Wait for it to finish, then import the file again.", "importConflict");
  }
  return result;
}

type Writer = { db: Database; actor: Actor; settings: OwnerSettings; now: Date; set: ImportWriteSet };

/**
 * The item as it will be stored, checked against the app's rules as a
 * schedule made in the dialog would be: times on the owner's grid (or whole
 * dates), reminders, a rule that repeats (stored from its first occurrence),
 * moved occurrences that are occurrences of it. A preview made before the
 * owner changed their time zone fails here: the page says to preview again.
 */
type CheckedItem = ImportItem & { repeatsUntil: Date | null };

function checkedItem(item: ImportItem, settings: OwnerSettings): CheckedItem {
  const problem = (error: unknown) => outOfDate(`"${item.title}": ${(error as DomainError).message ?? "it breaks a rule"}`);
  try {
    for (const fields of [item, ...item.overrides]) {
      assertValidWhen(fields, settings.timeZone);
      const reminders = reminderMinutesProblem(fields.reminders, fields.allDay);
      if (reminders) throw new ValidationError(reminders);
    }
  } catch (error) {
    throw problem(error);
  }
  if (!item.recurrence) {
    if (item.overrides.length > 0 || item.exceptions.length > 0) throw outOfDate(`"${item.title}" does not repeat, yet has occurrences.`);
    return { ...item, timeZone: null, repeatsUntil: null };
  }
  const timeZone = item.timeZone ?? settings.timeZone;
  let repeat;
  try {
    repeat = repeatFields(item, item.recurrence, timeZone);
  } catch (error) {
    throw problem(error);
  }
  const series = { ...item, ...repeat, exceptions: [] };
  for (const start of wantedExceptions(item)) {
    if (!isOccurrenceStart(series, start)) throw outOfDate(`"${item.title}": ${start.toISOString()} is not one of its occurrences.`);
  }
  return { ...item, startAt: repeat.startAt, endAt: repeat.endAt, timeZone, repeatsUntil: repeat.repeatsUntil };
}

function rowOf(writer: Writer, item: CheckedItem): ImportedScheduleRow {
  return {
    id: writer.db.schedules.newId(),
    ownerId: writer.actor.userId,
    createdById: writer.actor.userId,
    icalUid: item.key,
    title: item.title,
    memo: item.memo,
    startAt: item.startAt,
    endAt: item.endAt,
    allDay: item.allDay,
    status: "OPEN",
    reminderMinutes: item.reminders,
    recurrence: item.recurrence,
    timeZone: item.timeZone,
    repeatsUntil: item.repeatsUntil,
    seriesId: null,
    originalStartAt: null,
  };
}

function overrideRow(writer: Writer, seriesId: string, key: string, override: ImportItem["overrides"][number]): ImportedScheduleRow {
  const { originalStartAt, reminders, ...fields } = override;
  return {
    ...fields,
    id: writer.db.schedules.newId(),
    ownerId: writer.actor.userId,
    createdById: writer.actor.userId,
    icalUid: key,
    status: "OPEN",
    reminderMinutes: reminders,
    recurrence: null,
    timeZone: null,
    repeatsUntil: null,
    seriesId,
    originalStartAt,
  };
}

function remindAt(writer: Writer, row: Pick<ImportedScheduleRow, "startAt" | "endAt" | "allDay" | "status" | "reminderMinutes" | "recurrence" | "timeZone">, exceptions: Date[] = []): Date | null {
  return nextRemindAt({ ...row, exceptions }, writer.settings.timeZone, writer.now);
}

function planCreate(writer: Writer, item: CheckedItem): void {
  const row = rowOf(writer, item);
  const exceptions = wantedExceptions(item);
  writer.set.create.push({ row, remindAt: remindAt(writer, row, exceptions) });
  if (!row.recurrence) return;
  writer.set.exceptions.push({ scheduleId: row.id, starts: exceptions });
  for (const override of item.overrides) {
    const moved = overrideRow(writer, row.id, item.key, override);
    writer.set.create.push({ row: moved, remindAt: remindAt(writer, moved) });
  }
}

/**
 * An item an earlier import left, set to the file's version: its fields (its
 * status stays), its rule, its exceptions (plus those of occurrences moved in
 * Planner, which stay), its imported moved occurrences (changed, added, or
 * deleted when the file no longer has them).
 */
function planUpdate(writer: Writer, item: CheckedItem, previous: StoredImportRow): void {
  const row = { ...rowOf(writer, item), id: previous.id, status: previous.status };
  const { id, ownerId: _owner, createdById: _creator, icalUid: _key, seriesId: _series, originalStartAt: _original, ...changes } = row;
  const ownMoves = previous.overrides.filter((override) => !override.imported).map((override) => override.originalStartAt);
  const exceptions = row.recurrence ? [...wantedExceptions(item), ...ownMoves] : [];
  writer.set.update.push({ id, changes, remindAt: remindAt(writer, row, exceptions) });
  if (!row.recurrence) return;
  writer.set.exceptions.push({ scheduleId: id, starts: exceptions });

  const imported = new Map(previous.overrides.filter((override) => override.imported).map((override) => [override.originalStartAt.getTime(), override]));
  for (const override of item.overrides) {
    const match = imported.get(override.originalStartAt.getTime());
    imported.delete(override.originalStartAt.getTime());
    if (!match) {
      const moved = overrideRow(writer, id, item.key, override);
      writer.set.create.push({ row: moved, remindAt: remindAt(writer, moved) });
      continue;
    }
    const { originalStartAt: _start, reminders, ...fields } = override;
    const next = { ...fields, reminderMinutes: reminders, status: match.status, recurrence: null, timeZone: null };
    writer.set.update.push({ id: match.id, changes: { ...fields, reminderMinutes: reminders }, remindAt: remindAt(writer, next) });
  }
  writer.set.delete.push(...[...imported.values()].map((override) => override.id));
}

/** Into one's own calendar only (no owner to name), and not for subscriber accounts, whose calendar is read-only. */
function assertMayImport(actor: Actor): void {
  if (!canCreateOwnSchedules(actor)) throw new ForbiddenError("Subscriber accounts are read-only.", "subscriberReadOnly");
}

function invalidFile(message: string, code: "importNotICalendar" | "importNoEvents"): ValidationError {
  return new ValidationError(message, { text: [message] }, code);
}

function outOfDate(detail: string): ValidationError {
  const message = `This import no longer fits your calendar: ${detail} Preview the file again.`;
  return new ValidationError(message, { items: [message] }, "importOutOfDate");
}
