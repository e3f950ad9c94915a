import { z } from "zod";
import { instantOutput } from "./shared";

export const calendarFeedOutput = z
  .object({
    hint: z.string().meta({ description: "The secret's first characters, to tell addresses apart", example: "plc_Xy3k" }),
    includeShared: z.boolean().meta({ description: "Whether the feed also has the calendars shared with you", example: false }),
    createdAt: instantOutput,
    rotatedAt: instantOutput.meta({ description: "When the address was last replaced (its creation until then)", example: "2026-12-07T09:00:00.000Z" }),
  })
  .meta({ id: "CalendarFeed" });

export const calendarFeedStatusOutput = z.object({
  feed: calendarFeedOutput.nullable().meta({ description: "null: no feed address" }),
});

export const createdCalendarFeedOutput = z.object({
  feed: calendarFeedOutput,
  path: z.string().meta({ description: "The address's path on this server; shown this once, only its hash is stored", example: "/api/calendar/plc_….ics" }),
});

export const scheduleCalendarFileOutput = z.object({
  fileName: z.string(),
  content: z.string().meta({ description: "An iCalendar (RFC 5545) file" }),
});
