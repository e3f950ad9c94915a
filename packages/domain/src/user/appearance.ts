// No zod here: pages import these to show the themes (see appearance-schemas.ts).
import { WEEK_START_BY_LOCALE, type WeekStart } from "../schedule/week-start";
import type { Locale } from "./locale";

/** How the app looks: always light, always dark, or as the device is set. */
export const THEMES = ["light", "dark", "system"] as const;
export type Theme = (typeof THEMES)[number];

/**
 * The first day of a calendar week, when the account chose one; null follows
 * the language. The three days calendars around the world start on.
 */
export const WEEK_START_DAYS = ["sunday", "monday", "saturday"] as const;
export type WeekStartDay = (typeof WEEK_START_DAYS)[number];

const WEEK_START_NUMBER: Record<WeekStartDay, WeekStart> = { sunday: 0, monday: 1, saturday: 6 };

/** The day (0 = Sunday) a person's weeks start on: their choice, else their language's. */
export function weekStartFor(locale: Locale, chosen: WeekStartDay | null | undefined): WeekStart {
  return chosen ? WEEK_START_NUMBER[chosen] : WEEK_START_BY_LOCALE[locale];
}

export function isTheme(value: unknown): value is Theme {
  return typeof value === "string" && (THEMES as readonly string[]).includes(value);
}
