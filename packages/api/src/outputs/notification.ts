import { z } from "zod";
import { idOutput, instantOutput, nextCursorOutput } from "./shared";

export const notificationOutput = z
  .object({
    id: idOutput,
    kind: z.enum(["SCHEDULE_REMINDER"]).meta({ description: "SCHEDULE_REMINDER: a schedule of yours starts tomorrow" }),
    scheduleId: idOutput.nullable().meta({ description: "The schedule it is about, if any" }),
    text: z.string().meta({ example: "Tomorrow 09:00: Team meeting" }),
    createdAt: instantOutput,
    readAt: instantOutput.nullable().meta({ description: "null: unread" }),
  })
  .meta({ id: "Notification" });

export const notificationPageOutput = z.object({ items: z.array(notificationOutput), nextCursor: nextCursorOutput });

export const unreadCountOutput = z.number().int().meta({ description: "Unread notifications", example: 3 });

export const notificationIdOutput = z.object({ id: idOutput });

export const markedReadOutput = z.object({ marked: z.number().int().meta({ description: "How many were unread", example: 3 }) });
