import { z } from "zod";
import { LOCALES } from "./locale";

// Apart from locale.ts: a page that only shows the languages should not load zod.

export const localeSchema = z.enum(LOCALES, { error: "Choose English or Korean." });

export const updateLocaleInput = z.strictObject({ locale: localeSchema });
export type UpdateLocaleInput = z.input<typeof updateLocaleInput>;
export type UpdateLocaleValues = z.output<typeof updateLocaleInput>;
