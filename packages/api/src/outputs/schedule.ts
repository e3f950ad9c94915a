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
