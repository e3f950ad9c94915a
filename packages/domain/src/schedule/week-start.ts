import type { Locale } from "../user/locale";

// Apart from ranges.ts so that what only needs the week's first day (the
// appearance settings, on every page) does not load date-fns with it.

/** 0 = Sunday … 6 = Saturday, as date-fns and Intl count. Monday by default. */
export type WeekStart = 0 | 1 | 2 | 3 | 4 | 5 | 6;
export const DEFAULT_WEEK_START: WeekStart = 1;

/** Where a week starts in each language's calendars: Monday in ours in English, Sunday in Korean ones. */
export const WEEK_START_BY_LOCALE: Record<Locale, WeekStart> = { en: DEFAULT_WEEK_START, ko: 0 };
