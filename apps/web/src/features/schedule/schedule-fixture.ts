import type { Schedule } from "./types";

// Test-only: a schedule as `schedule.range` returns it, a one-off planned
// timed one unless `changes` say otherwise.

export const fixtureOwner = { id: crypto.randomUUID(), username: "sam", name: "Sam" };

export function scheduleFixture(changes: Partial<Schedule> & Pick<Schedule, "title" | "startAt" | "endAt">): Schedule {
  return {
    id: crypto.randomUUID(),
    ownerId: fixtureOwner.id,
    owner: fixtureOwner,
    memo: "",
    status: "OPEN",
    createdAt: new Date("2029-12-01T00:00:00Z"),
    updatedAt: new Date("2029-12-01T00:00:00Z"),
    readOnly: false,
    allDay: false,
    startDate: null,
    endDate: null,
    recurrence: null,
    reminders: [],
    seriesId: null,
    occurrenceStartAt: null,
    ...changes,
  };
}
