// Page sizes and bounded totals, without zod: pages that show lists load
// these, not the schemas (pagination.ts).

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/**
 * Admin lists count their rows up to this many and no further: counting a
 * million rows on every page would cost more than the page itself. The UI
 * shows "1,000+" for a capped total.
 */
export const TOTAL_COUNT_CAP = 1000;

/** A row count that stops at TOTAL_COUNT_CAP: `capped` means "at least `count`". */
export type BoundedTotal = { count: number; capped: boolean };
