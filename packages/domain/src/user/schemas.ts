import { z } from "zod";
import { timeZoneSchema } from "./rules";

export const updateTimeZoneInput = z.strictObject({ timeZone: timeZoneSchema });
export type UpdateTimeZoneInput = z.input<typeof updateTimeZoneInput>;
export type UpdateTimeZoneValues = z.output<typeof updateTimeZoneInput>;
