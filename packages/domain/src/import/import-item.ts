/**
 * What an import writes, one item per event of the file (and per occurrence of
 * an event whose repeat rule the app cannot keep): the schedule as the app
 * stores it, its deleted occurrences and its moved ones. The preview hands
 * these to the page, the page sends them back in batches, and each batch is
 * checked again and written (schedule-import-service.ts).
 */

export type ImportedFields = {
  title: string;
  memo: string;
  startAt: Date;
  endAt: Date;
  allDay: boolean;
  /** Minutes before the start, as `reminder_minutes` (sorted, soonest last). */
  reminders: number[];
};

/** A moved or changed occurrence (RECURRENCE-ID): a row of its own in the series. */
export type ImportOverride = ImportedFields & { originalStartAt: Date };

export type ImportItem = ImportedFields & {
  /** The event's UID; for an occurrence imported on its own, UID#its original start (see occurrenceKey). */
  key: string;
  recurrence: string | null;
  /** The zone a repeating schedule keeps its wall clock in; null for a one-off. */
  timeZone: string | null;
  /** Deleted occurrences (EXDATE, cancelled instances). */
  exceptions: Date[];
  overrides: ImportOverride[];
};

/** How an item compares with what an earlier import of it left. */
export const IMPORT_CHANGES = ["new", "update", "unchanged"] as const;
export type ImportChange = (typeof IMPORT_CHANGES)[number];

/** Longest UID kept: the column leaves room for "#" and an occurrence's start after it. */
export const MAX_IMPORT_UID_LENGTH = 255;
export const MAX_IMPORT_KEY_LENGTH = 300;

/** The key of an occurrence imported as a schedule of its own: its event's UID and the start it had, as RFC 5545 writes it. */
export function occurrenceKey(uid: string, originalStart: Date, allDay: boolean): string {
  const basic = originalStart.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
  return `${uid}#${allDay ? basic.slice(0, 8) : basic}`;
}
