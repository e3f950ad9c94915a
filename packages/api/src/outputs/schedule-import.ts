import { IMPORT_CHANGES, IMPORT_SKIP_REASONS } from "@planner/domain";
import { z } from "zod";
import { instantOutput } from "./shared";

// The import's two steps (internal: the Settings → Import page's). Dates of the
// summary are the owner's local dates (YYYY-MM-DD), times "HH:mm–HH:mm".

const importedFields = {
  title: z.string(),
  memo: z.string(),
  startAt: instantOutput,
  endAt: instantOutput,
  allDay: z.boolean(),
  reminders: z.array(z.number().int()),
};

const importItemOutput = z.object({
  key: z.string(),
  ...importedFields,
  recurrence: z.string().nullable(),
  timeZone: z.string().nullable(),
  exceptions: z.array(instantOutput),
  overrides: z.array(z.object({ originalStartAt: instantOutput, ...importedFields })),
  change: z.enum(IMPORT_CHANGES),
});

const offGridNote = z.object({ kind: z.literal("offGrid"), title: z.string(), date: z.string(), before: z.string(), after: z.string() });
const expandedNote = z.object({ kind: z.literal("expanded"), title: z.string(), occurrences: z.number().int(), from: z.string().nullable(), until: z.string().nullable() });
const skippedNote = z.object({ kind: z.literal("skipped"), title: z.string(), date: z.string().nullable(), reason: z.enum(IMPORT_SKIP_REASONS) });

const importSummaryOutput = z.object({
  events: z.number().int(),
  schedules: z.number().int(),
  repeating: z.number().int(),
  allDay: z.number().int(),
  multiDay: z.number().int(),
  movedOccurrences: z.number().int(),
  deletedOccurrences: z.number().int(),
  firstDate: z.string().nullable(),
  lastDate: z.string().nullable(),
  endless: z.number().int(),
  offGrid: z.object({ count: z.number().int(), examples: z.array(offGridNote) }),
  shortened: z.object({ titles: z.number().int(), memos: z.number().int(), examples: z.array(z.string()) }),
  expanded: z.object({ events: z.number().int(), occurrences: z.number().int(), examples: z.array(expandedNote) }),
  skipped: z.object({ count: z.number().int(), byReason: z.partialRecord(z.enum(IMPORT_SKIP_REASONS), z.number().int()), listed: z.array(skippedNote) }),
  remindersDropped: z.number().int(),
  otherComponents: z.number().int(),
  changes: z.object({ new: z.number().int(), update: z.number().int(), unchanged: z.number().int() }),
});

export const importPreviewOutput = z.object({ summary: importSummaryOutput, items: z.array(importItemOutput) });

export const importBatchOutput = z.object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int() });
