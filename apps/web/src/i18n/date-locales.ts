import type { Locale } from "@planner/domain";

/**
 * The Intl locale for each language of the app. A fixed tag per language (not
 * the browser's) keeps what the server renders equal to what the browser hydrates.
 * (Apart from zoned-time.ts, so that what only formats dates needs no date-fns.)
 */
export const DATE_LOCALES: Record<Locale, string> = { en: "en-US", ko: "ko-KR" };
