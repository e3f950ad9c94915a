import { describe, expect, it } from "vitest";
import { CALENDAR_FEED_PREFIX, calendarFeedPath, secretOfFeedSegment } from "./feed-address";
import { alarmSecondsBefore, icalSequence, icalSummary, icalUid } from "./ical-event-rules";

const SECRET = `${CALENDAR_FEED_PREFIX}${"A".repeat(40)}b_-`;

describe("feed address", () => {
  it("reads the secret out of its path segment, and nothing that cannot be one", () => {
    expect(calendarFeedPath(SECRET)).toBe(`/api/calendar/${SECRET}.ics`);
    expect(secretOfFeedSegment(`${SECRET}.ics`)).toBe(SECRET);
    expect(secretOfFeedSegment(SECRET)).toBeNull();
    expect(secretOfFeedSegment(`${SECRET}x.ics`)).toBeNull();
    expect(secretOfFeedSegment(`pln_${"A".repeat(43)}.ics`)).toBeNull();
    expect(secretOfFeedSegment(`${SECRET.slice(0, -1)}%.ics`)).toBeNull();
    expect(secretOfFeedSegment(".ics")).toBeNull();
  });
});

describe("iCalendar event rules", () => {
  it("UID: the id at planner, unless the schedule came with its own", () => {
    expect(icalUid({ id: "0196f3b0-0000-7000-8000-000000000001" })).toBe("0196f3b0-0000-7000-8000-000000000001@planner");
    expect(icalUid({ id: "x", icalUid: "abc@google.com" })).toBe("abc@google.com");
  });

  it("SEQUENCE rises with the last change and fits in 32 bits for decades", () => {
    const earlier = icalSequence(new Date("2026-12-06T10:00:00.000Z"));
    expect(icalSequence(new Date("2026-12-06T10:00:01.000Z"))).toBe(earlier + 1);
    expect(icalSequence(new Date("2090-01-01T00:00:00Z"))).toBeLessThan(2 ** 31);
    expect(icalSequence(new Date("2020-01-01T00:00:00Z"))).toBe(0);
  });

  it("marks done schedules and names the owner of a shared one", () => {
    expect(icalSummary({ title: "Dentist", done: false })).toBe("Dentist");
    expect(icalSummary({ title: "Dentist", done: true })).toBe("✓ Dentist");
    expect(icalSummary({ title: "Standup", done: true, ownerName: "Kim" })).toBe("✓ Standup (Kim)");
  });

  it("alarms: the owner's reminders in seconds, none when done or on someone else's schedule", () => {
    expect(alarmSecondsBefore({ reminderMinutes: [1440, 10], done: false, ownedByReader: true })).toEqual([86_400, 600]);
    expect(alarmSecondsBefore({ reminderMinutes: [-540], done: false, ownedByReader: true })).toEqual([-32_400]);
    expect(alarmSecondsBefore({ reminderMinutes: [10], done: true, ownedByReader: true })).toEqual([]);
    expect(alarmSecondsBefore({ reminderMinutes: [10], done: false, ownedByReader: false })).toEqual([]);
  });
});
