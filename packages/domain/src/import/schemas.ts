import { z } from "zod";
import { MAX_REMINDERS, MAX_REMINDER_MINUTES, MIN_ALL_DAY_REMINDER_MINUTES } from "../notification/reminder-offsets";
import { recurrenceSchema, scheduleMemoSchema, scheduleTitleSchema } from "../schedule/schemas";
import type { InputIssueKind } from "../shared/input-issues";
import { instantSchema } from "../shared/instant";
import { LOCALES } from "../user/locale";
import { timeZoneSchema } from "../user/rules";
import { MAX_IMPORT_BYTES } from "./calendar-text";
import { IMPORT_BATCH_SIZE, MAX_IMPORT_BATCH_ROWS, MAX_ITEM_OCCURRENCES } from "./batches";
import { MAX_IMPORT_KEY_LENGTH } from "./import-item";

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
