import { z } from "zod";
import { idOutput, instantOutput, nextCursorOutput } from "./shared";

export const notificationOutput = z
  .object({
    id: idOutput,
    kind: z
      .enum(["SCHEDULE_REMINDER", "TODO_REMINDER"])
      .meta({ description: "SCHEDULE_REMINDER: a reminder you chose for a schedule of yours; TODO_REMINDER: one for a todo of yours with a due time" }),
    scheduleId: idOutput.nullable().meta({ description: "The schedule it is about, if any" }),
    occurrenceStartAt: instantOutput.nullable().meta({ description: "A reminder: the start of the schedule (or of the occurrence of a repeating one) it is about" }),
    todoId: idOutput.nullable().meta({ description: "A todo reminder: the todo it is about (null once the todo is deleted)" }),
    todoDueAt: instantOutput.nullable().meta({ description: "A todo reminder: the due time it was for (the todo may have moved since)" }),
    text: z.string().meta({ example: "Reminder: “Team meeting” starts in 10 minutes, Monday 7 December 09:00." }),
    createdAt: instantOutput,
    readAt: instantOutput.nullable().meta({ description: "null: unread" }),
  })
  .meta({ id: "Notification" });

export const notificationPageOutput = z.object({ items: z.array(notificationOutput), nextCursor: nextCursorOutput });

export const unreadCountOutput = z.number().int().meta({ description: "Unread notifications", example: 3 });

export const notificationIdOutput = z.object({ id: idOutput });

export const markedReadOutput = z.object({ marked: z.number().int().meta({ description: "How many were unread", example: 3 }) });
