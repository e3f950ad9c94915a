// No zod here: the Settings page imports these to cut a preview into batches (see schemas.ts for the checks).

/** Items the page sends in one batch: each batch is one short transaction, so other requests never wait long. */
export const IMPORT_BATCH_SIZE = 500;
/** Rows one batch may write (schedules and moved occurrences together). */
export const MAX_IMPORT_BATCH_ROWS = 2000;

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

/** The most deleted or moved occurrences one imported series carries (one with more is imported as its occurrences). */
export const MAX_ITEM_OCCURRENCES = 2000;
