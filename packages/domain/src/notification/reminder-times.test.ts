import { describe, expect, it } from "vitest";
import { REMINDER_PRESETS } from "./reminder-offsets";
import { nextReminder, occurrenceOfReminderKey, occurrenceReminderKey, reminderTime, remindersBetween, type RemindableSchedule } from "./reminder-times";

const at = (iso: string) => new Date(iso);

function timed(startAt: string, minutes: number[], extra: Partial<RemindableSchedule> = {}): RemindableSchedule {
  const start = at(startAt);
  return { startAt: start, endAt: new Date(start.getTime() + 3_600_000), allDay: false, reminderMinutes: minutes, ownerTimeZone: "Asia/Seoul", repeating: null, ...extra };
}

describe("reminderTime", () => {
  it.each(REMINDER_PRESETS)("is %i minutes before a timed start", (minutes) => {
    const start = at("2026-06-10T06:00:00Z");
    expect(reminderTime({ startAt: start, allDay: false }, minutes, "Asia/Seoul").getTime()).toBe(start.getTime() - minutes * 60_000);
  });

  it("counts all-day reminders on the owner's wall clock at +09:00 and −05:00", () => {
    const day = { startAt: at("2026-12-24T00:00:00Z"), allDay: true };
    // 09:00 the day before / on the day / at midnight of the day.
    expect(reminderTime(day, 900, "Asia/Seoul").toISOString()).toBe("2026-12-23T00:00:00.000Z");
    expect(reminderTime(day, -540, "Asia/Seoul").toISOString()).toBe("2026-12-24T00:00:00.000Z");
    expect(reminderTime(day, 0, "Asia/Seoul").toISOString()).toBe("2026-12-23T15:00:00.000Z");
    expect(reminderTime(day, 900, "America/Bogota").toISOString()).toBe("2026-12-23T14:00:00.000Z");
    expect(reminderTime(day, -540, "America/Bogota").toISOString()).toBe("2026-12-24T14:00:00.000Z");
    expect(reminderTime(day, 9540, "America/Bogota").toISOString()).toBe("2026-12-17T14:00:00.000Z");
  });

  it("keeps 09:00 the day before across a clock change", () => {
    // New York springs forward early on 8 March 2026: 09:00 on 7 March is EST, midnight on the 8th too.
    const day = { startAt: at("2026-03-09T00:00:00Z"), allDay: true };
    expect(reminderTime(day, 900, "America/New_York").toISOString()).toBe("2026-03-08T13:00:00.000Z");
  });
});

describe("nextReminder and remindersBetween", () => {
  it("gives a schedule made 3 hours ahead its 1-hour and 10-minute reminders, and skips the day-before one", () => {
    const now = at("2026-06-10T03:00:00Z");
    const schedule = timed("2026-06-10T06:00:00Z", [1440, 60, 10]);
    expect(nextReminder(schedule, now)).toEqual({ occurrenceStartAt: schedule.startAt, minutesBefore: 60, remindAt: at("2026-06-10T05:00:00Z") });
    expect(nextReminder(schedule, at("2026-06-10T05:00:00Z"))?.minutesBefore).toBe(10);
    expect(nextReminder(schedule, at("2026-06-10T05:50:00Z"))).toBeNull();
    const due = remindersBetween(schedule, now, at("2026-06-10T06:00:00Z"));
    expect(due.map((reminder) => reminder.minutesBefore)).toEqual([60, 10]);
  });

  it("delivers an at-start reminder at the start, and nothing for a schedule long begun", () => {
    const schedule = timed("2026-06-10T06:00:00Z", [0]);
    expect(remindersBetween(schedule, at("2026-06-10T05:59:00Z"), at("2026-06-10T06:00:10Z"))).toHaveLength(1);
    expect(remindersBetween(schedule, at("2026-06-10T05:59:00Z"), at("2026-06-10T07:00:00Z"))).toEqual([]);
  });

  it("reminds each occurrence of a weekly schedule, skipping exceptions", () => {
    const schedule = timed("2026-06-01T01:00:00Z", [60], {
      repeating: { timeZone: "Asia/Seoul", recurrence: "RRULE:FREQ=WEEKLY;BYDAY=MO,WE", exceptions: [at("2026-06-03T01:00:00Z")] },
    });
    // A worker running every hour for eleven days.
    const delivered: string[] = [];
    for (let hour = 0; hour < 11 * 24; hour += 1) {
      const after = new Date(at("2026-05-31T00:00:00Z").getTime() + hour * 3_600_000);
      const until = new Date(after.getTime() + 3_600_000);
      delivered.push(...remindersBetween(schedule, after, until).map((reminder) => reminder.occurrenceStartAt.toISOString()));
    }
    expect(delivered).toEqual(["2026-06-01T01:00:00.000Z", "2026-06-08T01:00:00.000Z", "2026-06-10T01:00:00.000Z"]);
    expect(nextReminder(schedule, at("2026-06-08T00:30:00Z"))?.occurrenceStartAt.toISOString()).toBe("2026-06-10T01:00:00.000Z");
  });

  it("finds the next reminder of a repeating schedule that began years ago", () => {
    const schedule = timed("2020-01-01T01:00:00Z", [10], { repeating: { timeZone: "Asia/Seoul", recurrence: "RRULE:FREQ=DAILY", exceptions: [] } });
    expect(nextReminder(schedule, at("2026-06-10T12:00:00Z"))?.remindAt.toISOString()).toBe("2026-06-11T00:50:00.000Z");
  });

  it("reads the occurrence back from the key", () => {
    const start = at("2026-06-10T06:00:00Z");
    expect(occurrenceOfReminderKey(occurrenceReminderKey("0190d6c4-0000-7000-8000-000000000000", start, -540))).toEqual(start);
    expect(occurrenceOfReminderKey("something-else")).toBeNull();
  });

  it("keys each occurrence and offset apart", () => {
    expect(occurrenceReminderKey("s", at("2026-06-10T06:00:00Z"), 60)).not.toBe(occurrenceReminderKey("s", at("2026-06-10T06:00:00Z"), 10));
  });
});
