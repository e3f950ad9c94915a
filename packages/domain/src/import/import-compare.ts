import type { ImportChange, ImportedFields, ImportItem } from "./import-item";

/** What an earlier import left of an item (its row, its exceptions, the moved occurrences of its series). */
export type StoredImport = Omit<ImportedFields, "reminders"> & {
  id: string;
  reminderMinutes: number[];
  recurrence: string | null;
  timeZone: string | null;
  exceptions: Date[];
  /** Every moved occurrence of the series: those an import wrote (`imported`) and those changed in Planner since. */
  overrides: (Omit<ImportedFields, "reminders"> & { id: string; reminderMinutes: number[]; originalStartAt: Date; imported: boolean })[];
};

/**
 * Whether importing an item adds it, changes what an earlier import of it left,
 * or changes nothing. The file wins: an event changed in the file, or in
 * Planner since, is set to the file's version (its done/planned status stays).
 * Occurrences moved in Planner are kept, with the exception that hides them.
 */
export function importChange(item: ImportItem, stored: StoredImport | null): ImportChange {
  if (!stored) return "new";
  if (!sameFields(item, stored) || item.recurrence !== stored.recurrence) return "update";
  if (item.recurrence && item.timeZone !== stored.timeZone) return "update";
  if (!sameStarts(wantedExceptions(item), importedExceptions(stored))) return "update";
  const imported = stored.overrides.filter((override) => override.imported);
  if (imported.length !== item.overrides.length) return "update";
  const byStart = new Map(imported.map((override) => [override.originalStartAt.getTime(), override]));
  for (const override of item.overrides) {
    const match = byStart.get(override.originalStartAt.getTime());
    if (!match || !sameFields(override, match)) return "update";
  }
  return "unchanged";
}

/** The exceptions a series gets from the file: its deleted occurrences and those moved (rows of their own). */
export function wantedExceptions(item: ImportItem): Date[] {
  return [...item.exceptions, ...item.overrides.map((override) => override.originalStartAt)];
}

/** The stored exceptions but those of occurrences moved in Planner (kept however the file changes). */
function importedExceptions(stored: StoredImport): Date[] {
  const ownMoves = new Set(stored.overrides.filter((override) => !override.imported).map((override) => override.originalStartAt.getTime()));
  return stored.exceptions.filter((start) => !ownMoves.has(start.getTime()));
}

function sameFields(item: ImportedFields, stored: Omit<ImportedFields, "reminders"> & { reminderMinutes: number[] }): boolean {
  return (
    item.title === stored.title &&
    item.memo === stored.memo &&
    item.startAt.getTime() === stored.startAt.getTime() &&
    item.endAt.getTime() === stored.endAt.getTime() &&
    item.allDay === stored.allDay &&
    item.reminders.length === stored.reminderMinutes.length &&
    item.reminders.every((minutes, index) => minutes === stored.reminderMinutes[index])
  );
}

function sameStarts(a: readonly Date[], b: readonly Date[]): boolean {
  const left = new Set(a.map((date) => date.getTime()));
  const right = new Set(b.map((date) => date.getTime()));
  return left.size === right.size && [...left].every((time) => right.has(time));
}
