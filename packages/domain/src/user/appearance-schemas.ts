import { z } from "zod";
import { THEMES, WEEK_START_DAYS } from "./appearance";

// Apart from appearance.ts: a page that only shows the themes should not load zod.

export const themeSchema = z.enum(THEMES, { error: "Choose light, dark or system." });
export const updateThemeInput = z.strictObject({ theme: themeSchema });
export type UpdateThemeValues = z.output<typeof updateThemeInput>;

export const weekStartDaySchema = z.enum(WEEK_START_DAYS, { error: "Choose Sunday, Monday or Saturday." }).nullable();
export const updateWeekStartInput = z.strictObject({ weekStart: weekStartDaySchema });
export type UpdateWeekStartValues = z.output<typeof updateWeekStartInput>;
