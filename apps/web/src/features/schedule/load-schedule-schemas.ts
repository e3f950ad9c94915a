import { lazyModule } from "~/kit/lazy-module";
import type * as Schemas from "./schedule-schemas";

export type ScheduleSchemas = typeof Schemas;

/** The schedule handlers' schemas (schedule-schemas.ts), loaded on first use or once the calendar has drawn. */
export const scheduleSchemas = lazyModule(() => import("./schedule-schemas"));
