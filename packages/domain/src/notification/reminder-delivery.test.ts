import { describe, expect, it } from "vitest";
import { remindersToSend } from "./reminder-delivery";
import type { RemindableSchedule } from "./reminder-times";

const at = (iso: string) => new Date(iso);
// Every day at 10:30 UTC from 18 November, a day and an hour before.
const daily: RemindableSchedule = {
  startAt: at("2026-11-18T10:30:00Z"),
  endAt: at("2026-11-18T11:00:00Z"),
  allDay: false,
  reminderMinutes: [1440, 60],
  ownerTimeZone: "UTC",
  repeating: { recurrence: "RRULE:FREQ=DAILY", timeZone: "UTC", exceptions: [] },
};

describe("remindersToSend", () => {
  it("sends what fell due on time", () => {
    const sent = remindersToSend(daily, at("2026-11-19T09:30:00Z"), at("2026-11-19T09:30:10Z"));
    expect(sent.map((r) => [r.occurrenceStartAt.toISOString(), r.minutesBefore])).toEqual([["2026-11-19T10:30:00.000Z", 60]]);
  });

  it("after days of downtime sends one reminder for the occurrence still ahead, and none for those that began", () => {
    const sent = remindersToSend(daily, at("2026-11-17T10:30:00Z"), at("2026-11-21T10:00:00Z"));
    expect(sent.map((r) => [r.occurrenceStartAt.toISOString(), r.minutesBefore])).toEqual([["2026-11-21T10:30:00.000Z", 60]]);
  });

  it("keeps reminders of different occurrences", () => {
    // Taken at 10:30 on the 20th: the 20th's at-start grace is not over, and the 21st's day-before is due.
    const schedule = { ...daily, reminderMinutes: [1440, 0] };
    const sent = remindersToSend(schedule, at("2026-11-20T10:30:00Z"), at("2026-11-20T10:30:20Z"));
    expect(sent.map((r) => [r.occurrenceStartAt.toISOString(), r.minutesBefore])).toEqual([
      ["2026-11-20T10:30:00.000Z", 0],
      ["2026-11-21T10:30:00.000Z", 1440],
    ]);
  });
});
