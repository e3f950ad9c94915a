import { SCHEDULE_STATUSES } from "@planner/domain";
import { z } from "zod";
import { idOutput, instantOutput, nextCursorOutput } from "./shared";

const scheduleFields = {
  id: idOutput,
  ownerId: idOutput,
  title: z.string().meta({ example: "Team meeting" }),
  memo: z.string(),
  startAt: instantOutput,
  endAt: instantOutput,
  status: z.enum(SCHEDULE_STATUSES).meta({ description: "OPEN: planned; CLOSED: done" }),
  createdAt: instantOutput,
  updatedAt: instantOutput,
  allDay: z.boolean().meta({ description: "true: startDate/endDate are its days (startAt/endAt are their UTC midnights, endAt exclusive)" }),
  startDate: z.string().nullable().meta({ description: "All-day: the first day, YYYY-MM-DD; null for a timed schedule", example: "2026-12-24" }),
  endDate: z.string().nullable().meta({ description: "All-day: the last day (inclusive), YYYY-MM-DD; null for a timed schedule", example: "2026-12-26" }),
  recurrence: z
    .string()
    .nullable()
    .meta({ description: "RFC 5545 repeat rule of the schedule (or of the series an occurrence belongs to); null for a one-off", example: "RRULE:FREQ=WEEKLY;BYDAY=MO,WE;COUNT=6" }),
  reminders: z
    .array(z.object({ minutesBefore: z.number().int() }))
    .meta({ description: "Minutes before the start (all-day: before midnight of the first day; negative: that many minutes into it)", example: [{ minutesBefore: 60 }] }),
  seriesId: idOutput.nullable().meta({ description: "Set on an occurrence of a repeating schedule: the schedule it repeats from (its own id for an unchanged occurrence)" }),
  occurrenceStartAt: instantOutput
    .nullable()
    .meta({ description: "Set on an occurrence: the start it has in its series; pass it (with the series id and a scope) to change or delete this occurrence" }),
};

export const scheduleOutput = z.object(scheduleFields).meta({ id: "Schedule" });

const ownerOutput = z.object({ id: idOutput, username: z.string(), name: z.string() });

export const scheduleWithOwnerOutput = z.object({ ...scheduleFields, owner: ownerOutput }).meta({ id: "ScheduleWithOwner" });

/** As the calendar shows it: with its owner, and whether the caller may change it. */
export const scheduleViewOutput = z
  .object({ ...scheduleFields, owner: ownerOutput, readOnly: z.boolean().meta({ description: "true for a calendar shared with the caller" }) })
  .meta({ id: "ScheduleView" });

export const scheduleViewsOutput = z.array(scheduleViewOutput);

export const schedulePageOutput = z.object({ items: z.array(scheduleOutput), nextCursor: nextCursorOutput });

export const scheduleIdOutput = z.object({ id: idOutput });
