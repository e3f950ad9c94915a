import { z } from "zod";
import { scheduleOutput } from "./schedule";
import { todoOutput } from "./todo";

const dateOutput = z.iso.date().meta({ description: "A calendar date in the caller's time zone", example: "2026-12-07" });

/** The schedules found that start on one day, by start. */
const searchDayOutput = z.object({ date: dateOutput, schedules: z.array(scheduleOutput) }).meta({
  id: "SearchDay",
  example: {
    date: "2026-12-07",
    schedules: [
      {
        id: "01938a3e-7c1b-7a2e-9f00-1b2c3d4e5f60",
        ownerId: "01938a3e-7c1b-7a2e-9f00-1b2c3d4e5f61",
        title: "주간 회의",
        memo: "",
        startAt: "2026-12-07T01:00:00.000Z",
        endAt: "2026-12-07T02:00:00.000Z",
        status: "OPEN",
        createdAt: "2026-11-30T08:00:00.000Z",
        updatedAt: "2026-11-30T08:00:00.000Z",
        allDay: false,
        startDate: null,
        endDate: null,
        recurrence: "RRULE:FREQ=WEEKLY;BYDAY=MO",
        reminders: [{ minutesBefore: 10 }],
        seriesId: null,
        occurrenceStartAt: null,
      },
    ],
  },
});

/**
 * Todos are a group of their own, not filed under the day they were written:
 * a todo has no date of its own in this app, and under a date it would read
 * as due then.
 */
export const searchResultsOutput = z
  .object({
    query: z.string().meta({ description: "The query as searched (trimmed)", example: "회의" }),
    timeZone: z.string().meta({ description: "The zone the days are in: the caller's", example: "Asia/Seoul" }),
    upcoming: z.array(searchDayOutput).meta({ description: "Schedules starting today or later, nearest day first" }),
    moreUpcoming: z.boolean().meta({ description: "true: more upcoming schedules match than are listed" }),
    past: z.array(searchDayOutput).meta({ description: "Schedules that started before today, latest day first" }),
    morePast: z.boolean().meta({ description: "true: more past schedules match than are listed" }),
    todos: z.array(todoOutput).meta({ description: "Todos, newest first" }),
    moreTodos: z.boolean(),
  })
  .meta({
    id: "SearchResults",
    example: { query: "회의", timeZone: "Asia/Seoul", upcoming: [], moreUpcoming: false, past: [], morePast: false, todos: [], moreTodos: false },
  });

