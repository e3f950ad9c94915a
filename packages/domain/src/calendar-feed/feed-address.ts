import { z } from "zod";

export * from "./feed-values";

/** Creating the address, or replacing it (the old one stops working), with the option to set at the same time. */
export const regenerateCalendarFeedInput = z.strictObject({
  includeShared: z.boolean({ error: "Say whether shared calendars are included (true or false)." }).optional(),
});
export type RegenerateCalendarFeedValues = z.output<typeof regenerateCalendarFeedInput>;

export const updateCalendarFeedInput = z.strictObject({
  includeShared: z.boolean({ error: "Say whether shared calendars are included (true or false)." }),
});
export type UpdateCalendarFeedValues = z.output<typeof updateCalendarFeedInput>;
