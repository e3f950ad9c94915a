import {
  createScheduleInput,
  importBatchInput,
  importPreviewInput,
  deleteScheduleInput,
  listSchedulesInput,
  restoreOccurrenceInput,
  restoreScheduleInput,
  scheduleIdInput,
  scheduleRangeInput,
  setScheduleStatusInput,
  updateScheduleInput,
} from "@planner/domain";
import { scheduleCalendarFileOutput } from "../outputs/calendar-feed";
import { importBatchOutput, importPreviewOutput } from "../outputs/schedule-import";
import { schedulePageOutput, scheduleIdOutput, scheduleViewOutput, scheduleViewsOutput } from "../outputs/schedule";
import {
  createSchedule,
  deleteSchedule,
  listOwnSchedules,
  restoreOccurrence,
  restoreSchedule,
  scheduleById,
  schedulesInRange,
  setScheduleStatus,
  updateSchedule,
} from "../services/schedule-service";
import { scheduleCalendarFile } from "../services/schedule-file-service";
import { importBatch, previewImport } from "../services/schedule-import-service";
import { authedProcedure } from "../trpc";

const tags = ["schedules"];

/** The caller's calendar, plus the calendars shared with them (read-only). */
export const scheduleRouter = {
  range: authedProcedure
    .meta({ openapi: { method: "GET", path: "/schedules", tags, summary: "Schedules in a window", description: "Every schedule overlapping [from, to) (at most 100 days), by start, each repeating schedule as its occurrences there (seriesId, occurrenceStartAt); with includeShared, also those of calendars shared with the caller (readOnly)." } })
    .input(scheduleRangeInput)
    .output(scheduleViewsOutput)
    .query(({ ctx, input }) => schedulesInRange(ctx.db, ctx.actor, input)),
  list: authedProcedure
    .meta({ openapi: { method: "GET", path: "/schedules/pages", tags, summary: "All own schedules, a page at a time", description: "Newest start first; pass nextCursor back as cursor." } })
    .input(listSchedulesInput)
    .output(schedulePageOutput)
    .query(({ ctx, input }) => listOwnSchedules(ctx.db, ctx.actor, input)),
  byId: authedProcedure
    .meta({ openapi: { method: "GET", path: "/schedules/{id}", tags, summary: "One schedule" } })
    .input(scheduleIdInput)
    .output(scheduleViewOutput)
    .query(({ ctx, input }) => scheduleById(ctx.db, ctx.actor, input)),
  calendarFile: authedProcedure
    .meta({ internal: "The schedule dialog's \"Add to my calendar (.ics)\": served as a file download by the web app at /api/schedules/<id>/ics, not as JSON." })
    .input(scheduleIdInput)
    .output(scheduleCalendarFileOutput)
    .query(({ ctx, input }) => scheduleCalendarFile(ctx.db, ctx.actor, input)),
  create: authedProcedure
    .meta({ openapi: { method: "POST", path: "/schedules", tags, summary: "Create a schedule", description: "Timed: startAt and endAt on the 30-minute grid of the owner's zone, end after start, at most 14 days long. All-day: startDate and endDate (inclusive). recurrence: an RFC 5545 RRULE line; reminders: minutes before (left out: the owner's defaults)." } })
    .input(createScheduleInput)
    .output(scheduleViewOutput)
    .mutation(({ ctx, input }) => createSchedule(ctx.db, ctx.actor, input, ctx.now())),
  update: authedProcedure
    .meta({ openapi: { method: "PATCH", path: "/schedules/{id}", tags, summary: "Change a schedule", description: "On a repeating schedule, occurrenceStartAt names the occurrence and scope how far the change goes: this (the default with an occurrence), following, or all (the default without)." } })
    .input(updateScheduleInput)
    .output(scheduleViewOutput)
    .mutation(({ ctx, input }) => updateSchedule(ctx.db, ctx.actor, input, ctx.now())),
  setStatus: authedProcedure
    .meta({ openapi: { method: "POST", path: "/schedules/{id}/status", tags, summary: "Mark a schedule done (CLOSED) or planned (OPEN)", description: "With occurrenceStartAt, one occurrence of a repeating schedule." } })
    .input(setScheduleStatusInput)
    .output(scheduleViewOutput)
    .mutation(({ ctx, input }) => setScheduleStatus(ctx.db, ctx.actor, input, ctx.now())),
  delete: authedProcedure
    .meta({ openapi: { method: "DELETE", path: "/schedules/{id}", tags, summary: "Delete a schedule", description: "On a repeating schedule, occurrenceStartAt and scope (query parameters) delete this occurrence, it and the following, or all." } })
    .input(deleteScheduleInput)
    .output(scheduleIdOutput)
    .mutation(({ ctx, input }) => deleteSchedule(ctx.db, ctx.actor, input, ctx.now())),
  restore: authedProcedure
    .meta({ internal: "The calendar's undo: re-inserts a just-deleted schedule with its id, times and status. Programs create a schedule instead." })
    .input(restoreScheduleInput)
    .output(scheduleViewOutput)
    .mutation(({ ctx, input }) => restoreSchedule(ctx.db, ctx.actor, input, ctx.now())),
  restoreOccurrence: authedProcedure
    .meta({ internal: "The calendar's undo of deleting one occurrence: the repeating schedule shows it again. Programs change the repeat rule instead." })
    .input(restoreOccurrenceInput)
    .output(scheduleViewOutput)
    .mutation(({ ctx, input }) => restoreOccurrence(ctx.db, ctx.actor, input, ctx.now())),
  importPreview: authedProcedure
    .meta({
      internal:
        "Settings → Import's first step: reads an .ics file (at most 5 MB) and answers what importing it into the caller's calendar would write. Programs create schedules one by one (POST /schedules); a file this size does not fit the REST body limit.",
    })
    .input(importPreviewInput)
    .output(importPreviewOutput)
    .mutation(({ ctx, input }) => previewImport(ctx.db, ctx.actor, input, ctx.now())),
  importBatch: authedProcedure
    .meta({ internal: "Settings → Import's second step: writes a batch of the preview's items (at most 500) into the caller's calendar, so the page can show progress." })
    .input(importBatchInput)
    .output(importBatchOutput)
    .mutation(({ ctx, input }) => importBatch(ctx.db, ctx.actor, input, ctx.now())),
};
