import { describe, expect, it } from "vitest";
import { formatRecurrence, parseRecurrence } from "./recurrence";
import { createScheduleInput, updateScheduleInput } from "./schemas";

describe("parseRecurrence", () => {
  it.each([
    ["RRULE:FREQ=WEEKLY;BYDAY=WE,MO;COUNT=6", "RRULE:FREQ=WEEKLY;BYDAY=MO,WE;COUNT=6"],
    ["rrule:freq=daily;interval=2;until=20260630", "RRULE:FREQ=DAILY;INTERVAL=2;UNTIL=20260630"],
    ["RRULE:FREQ=MONTHLY;BYDAY=-1FR", "RRULE:FREQ=MONTHLY;BYDAY=-1FR"],
    ["RRULE:FREQ=MONTHLY;BYMONTHDAY=31;UNTIL=20261231T145959Z", "RRULE:FREQ=MONTHLY;BYMONTHDAY=31;UNTIL=20261231T145959Z"],
    ["RRULE:FREQ=YEARLY;INTERVAL=1", "RRULE:FREQ=YEARLY"],
  ])("reads %s as %s", (text, canonical) => {
    const parsed = parseRecurrence(text);
    expect(parsed.ok && formatRecurrence(parsed.rule)).toBe(canonical);
  });

  it.each([
    ["FREQ=DAILY", /Start the repeat rule with RRULE:/],
    ["RRULE:FREQ=HOURLY", /FREQ must be/],
    ["RRULE:FREQ=DAILY;COUNT=3;UNTIL=20260101", /COUNT or UNTIL, not both/],
    ["RRULE:FREQ=DAILY;BYHOUR=9", /BYHOUR is not supported/],
    ["RRULE:FREQ=WEEKLY;BYDAY=2MO", /plain weekdays/],
    ["RRULE:FREQ=MONTHLY;BYDAY=MO,TU", /one weekday with its week number/],
    ["RRULE:FREQ=DAILY;INTERVAL=0", /INTERVAL must be/],
    ["RRULE:FREQ=DAILY;COUNT=5000", /COUNT must be/],
    ["RRULE:FREQ=DAILY;UNTIL=20260230", /UNTIL must be/],
    ["RRULE:FREQ=DAILY;UNTIL=20260230T120000", /UNTIL must be/],
    ["RRULE:FREQ=DAILY\nEXDATE:20260101", /one RRULE line/],
  ])("refuses %s", (text, message) => {
    const parsed = parseRecurrence(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });
});

describe("schedule inputs", () => {
  it("turns an all-day schedule's dates into UTC midnights, the last day inclusive", () => {
    const parsed = createScheduleInput.parse({ title: "Trip", startDate: "2026-12-24", endDate: "2026-12-26" });
    expect(parsed).toMatchObject({ allDay: true, startAt: new Date("2026-12-24T00:00:00Z"), endAt: new Date("2026-12-27T00:00:00Z") });
    expect("startDate" in parsed).toBe(false);
    expect(createScheduleInput.parse({ title: "Birthday", startDate: "2026-12-24" }).endAt).toEqual(new Date("2026-12-25T00:00:00Z"));
  });

  it("keeps timed and all-day apart, naming the field", () => {
    const both = createScheduleInput.safeParse({ title: "x", startDate: "2026-12-24", startAt: new Date(), endAt: new Date() });
    expect(both.error?.issues[0]?.path).toEqual(["startDate"]);
    const none = createScheduleInput.safeParse({ title: "x" });
    expect(none.error?.issues.map((issue) => issue.path[0])).toEqual(["startAt", "endAt"]);
    expect(createScheduleInput.safeParse({ title: "x", startDate: "2026-02-30" }).success).toBe(false);
  });

  it("canonicalises the repeat rule and refuses a bad one at the field", () => {
    const parsed = createScheduleInput.parse({ title: "x", startAt: new Date("2026-06-01T09:00Z"), endAt: new Date("2026-06-01T10:00Z"), recurrence: "RRULE:FREQ=WEEKLY;BYDAY=WE,MO" });
    expect(parsed.recurrence).toBe("RRULE:FREQ=WEEKLY;BYDAY=MO,WE");
    expect(parsed.allDay).toBe(false);
    const bad = createScheduleInput.safeParse({ title: "x", startAt: new Date(), endAt: new Date(), recurrence: "RRULE:FREQ=SECONDLY" });
    expect(bad.error?.issues[0]?.path).toEqual(["recurrence"]);
  });

  it("takes reminders as minutes before, sorted, no two alike", () => {
    const parsed = createScheduleInput.parse({ title: "x", startAt: new Date(), endAt: new Date(), reminders: [{ minutesBefore: 10 }, { minutesBefore: 60 }] });
    expect(parsed.reminders).toEqual([60, 10]);
    expect(createScheduleInput.safeParse({ title: "x", startAt: new Date(), endAt: new Date(), reminders: [{ minutesBefore: 10 }, { minutesBefore: 10 }] }).success).toBe(false);
    expect(createScheduleInput.safeParse({ title: "x", startAt: new Date(), endAt: new Date(), reminders: [{ minutesBefore: 50_000 }] }).success).toBe(false);
  });

  it("needs an occurrence for a change to this or the following ones", () => {
    const id = "0190d6c4-0000-7000-8000-000000000000";
    expect(updateScheduleInput.safeParse({ id, title: "x", scope: "following" }).error?.issues[0]?.path).toEqual(["occurrenceStartAt"]);
    expect(updateScheduleInput.parse({ id, endDate: "2026-12-26" })).toMatchObject({ allDay: true, endAt: new Date("2026-12-27T00:00:00Z") });
  });
});
