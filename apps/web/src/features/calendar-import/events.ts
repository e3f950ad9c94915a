import { MAX_IMPORT_BYTES, importBatches, type Locale } from "@planner/domain";
import { tr } from "~/i18n/translator";
import { errorMessage } from "~/trpc/errors";
import type { BatchItem, BatchResult, ImportPreview, ImportState, PreviewItem } from "./types";

// Settings → Import: a file is chosen (or dropped), the server previews it,
// the person imports it, and the page sends the items in batches, showing the
// progress. Each batch is a short request of its own, so a big file never
// holds the server (or the browser) for long.

export type ImportEffects = {
  api: {
    preview: (input: { text: string; language: Locale }) => Promise<ImportPreview>;
    importBatch: (input: { items: BatchItem[] }) => Promise<BatchResult>;
  };
  /** The page's language: an untitled event is imported with a title in it. */
  language: Locale;
  /** The calendar's cached windows are stale once schedules were added. */
  schedulesChanged: () => void;
};

export type ImportUi = { show: (state: ImportState) => void };

/** The part of a File the handler reads (a test passes a plain object). */
export type ChosenFile = { name: string; size: number; text: () => Promise<string> };

/** A file was chosen or dropped: read it (at most 5 MB) and ask the server what importing it would do. */
export async function handleImportFileChosen(file: ChosenFile, effects: ImportEffects, ui: ImportUi) {
  if (file.size > MAX_IMPORT_BYTES) {
    ui.show({ step: "choose", error: tr("calendarImport.tooLarge", { size: (file.size / 1024 / 1024).toFixed(1), max: MAX_IMPORT_BYTES / 1024 / 1024 }) });
    return;
  }
  if (file.size === 0) {
    ui.show({ step: "choose", error: tr("errors.importNoEvents") });
    return;
  }
  ui.show({ step: "reading", fileName: file.name });
  let text: string;
  try {
    text = await file.text();
  } catch {
    ui.show({ step: "choose", error: tr("calendarImport.unreadableFile") });
    return;
  }
  try {
    const preview = await effects.api.preview({ text, language: effects.language });
    ui.show({ step: "preview", fileName: file.name, preview });
  } catch (error) {
    ui.show({ step: "choose", error: errorMessage(error) });
  }
}

/** "Import": the new and changed items, batch by batch; stops at the first failure and says how far it got. */
export async function handleImportConfirm(fileName: string, preview: ImportPreview, effects: ImportEffects, ui: ImportUi) {
  const items = itemsToSend(preview.items);
  const total = items.length;
  const result: BatchResult = { created: 0, updated: 0, unchanged: preview.summary.changes.unchanged };
  let done = 0;
  ui.show({ step: "importing", fileName, preview, done, total });
  for (const batch of importBatches(items)) {
    try {
      const written = await effects.api.importBatch({ items: batch });
      result.created += written.created;
      result.updated += written.updated;
      result.unchanged += written.unchanged;
    } catch (error) {
      if (done > 0) effects.schedulesChanged();
      ui.show({ step: "stopped", fileName, preview, done, total, error: errorMessage(error) });
      return;
    }
    done += batch.length;
    ui.show({ step: "importing", fileName, preview, done, total });
  }
  effects.schedulesChanged();
  ui.show({ step: "done", fileName, result });
}

/** The preview's items the import writes (those already imported and unchanged need nothing), as a batch takes them. */
export function itemsToSend(items: readonly PreviewItem[]): BatchItem[] {
  return items.filter((item) => item.change !== "unchanged").map(({ change: _change, ...item }) => item);
}
