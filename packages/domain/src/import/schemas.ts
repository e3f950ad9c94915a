import { z } from "zod";
import { MAX_REMINDERS, MAX_REMINDER_MINUTES, MIN_ALL_DAY_REMINDER_MINUTES } from "../notification/reminder-offsets";
import { recurrenceSchema, scheduleMemoSchema, scheduleTitleSchema } from "../schedule/schemas";
import type { InputIssueKind } from "../shared/input-issues";
import { instantSchema } from "../shared/instant";
import { LOCALES } from "../user/locale";
import { timeZoneSchema } from "../user/rules";
import { MAX_IMPORT_BYTES } from "./calendar-text";
import { MAX_IMPORT_KEY_LENGTH } from "./import-item";

/** Items the page sends in one batch: each batch is one short transaction, so other requests never wait long. */
export const IMPORT_BATCH_SIZE = 500;
/** Rows one batch may write (schedules and moved occurrences together). */
export const MAX_IMPORT_BATCH_ROWS = 2000;
const MAX_ITEM_OCCURRENCES = 2000;

export const importPreviewInput = z.strictObject({
  /** The .ics file's text. */
  text: z
    .string({ error: "Send the calendar file's text." })
    .min(1, "The file is empty.")
    .max(MAX_IMPORT_BYTES, `Choose a file of at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`)
    // A NUL byte: a binary file (a picture, a spreadsheet), not a calendar's text.
    .refine((text) => !text.includes("\0"), { message: "That is not a text file: choose the calendar's .ics file.", params: { kind: "controlCharacters" satisfies InputIssueKind } }),
  /** The language of the words the import adds (the title of an event without one). */
  language: z.enum(LOCALES).default("en"),
});
export type ImportPreviewInput = z.input<typeof importPreviewInput>;
export type ImportPreviewValues = z.output<typeof importPreviewInput>;

const instant = instantSchema();
const importedFields = {
  title: scheduleTitleSchema,
  memo: scheduleMemoSchema,
  startAt: instant,
  endAt: instant,
  allDay: z.boolean(),
  reminders: z.array(z.number().int().min(MIN_ALL_DAY_REMINDER_MINUTES).max(MAX_REMINDER_MINUTES)).max(MAX_REMINDERS),
};

/** An item of the preview, as the page sends it back (see import-item.ts). */
export const importItemSchema = z.strictObject({
  key: z.string().trim().min(1).max(MAX_IMPORT_KEY_LENGTH),
  ...importedFields,
  recurrence: recurrenceSchema.nullable(),
  timeZone: timeZoneSchema.nullable(),
  exceptions: z.array(instant).max(MAX_ITEM_OCCURRENCES),
  overrides: z.array(z.strictObject({ originalStartAt: instant, ...importedFields })).max(MAX_ITEM_OCCURRENCES),
});

export const importBatchInput = z
  .strictObject({ items: z.array(importItemSchema).min(1).max(IMPORT_BATCH_SIZE, `Send at most ${IMPORT_BATCH_SIZE} events at a time.`) })
  .refine((batch) => batch.items.reduce((rows, item) => rows + 1 + item.overrides.length, 0) <= MAX_IMPORT_BATCH_ROWS, {
    path: ["items"],
    message: `Send at most ${MAX_IMPORT_BATCH_ROWS} schedules and moved occurrences at a time.`,
  });
export type ImportBatchInput = z.input<typeof importBatchInput>;
export type ImportBatchValues = z.output<typeof importBatchInput>;

/** Items in batches as importBatchInput takes them: at most IMPORT_BATCH_SIZE items and MAX_IMPORT_BATCH_ROWS rows (a series and its moved occurrences). */
export function importBatches<Item extends { overrides: readonly unknown[] }>(items: readonly Item[]): Item[][] {
  const batches: Item[][] = [];
  let current: Item[] = [];
  let rows = 0;
  for (const item of items) {
    const size = 1 + item.overrides.length;
    if (current.length > 0 && (current.length === IMPORT_BATCH_SIZE || rows + size > MAX_IMPORT_BATCH_ROWS)) {
      batches.push(current);
      current = [];
      rows = 0;
    }
    current.push(item);
    rows += size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
