import { describe, expect, it } from "vitest";
import { REPEATS_FOREVER, fromFloating, isOccurrenceStart, toFloating, lastOccurrenceEnd, occurrencesBefore, occurrencesInRange, type RepeatingSchedule } from "./occurrences";

const NY = "America/New_York";

function series(recurrence: string, startAt: string, endAt: string, extra: Partial<RepeatingSchedule> = {}): RepeatingSchedule {
  return { startAt: new Date(startAt), endAt: new Date(endAt), allDay: false, timeZone: NY, recurrence, exceptions: [], ...extra };
}

const starts = (occurrences: { startAt: Date }[]) => occurrences.map((occurrence) => occurrence.startAt.toISOString());

describe("occurrencesInRange", () => {
  it("keeps 09:30 New York on both sides of the March change (weekly)", () => {
    // Tue/Thu 09:30 EST (14:30Z) from 3 March 2026; clocks go forward on 8 March.
    const weekly = series("RRULE:FREQ=WEEKLY;BYDAY=TU,TH;COUNT=6", "2026-03-03T14:30:00Z", "2026-03-03T15:00:00Z");
    expect(starts(occurrencesInRange(weekly, { from: new Date("2026-03-01T00:00:00Z"), to: new Date("2026-04-01T00:00:00Z") }))).toEqual([
      "2026-03-03T14:30:00.000Z",
      "2026-03-05T14:30:00.000Z",
      "2026-03-10T13:30:00.000Z",
      "2026-03-12T13:30:00.000Z",
      "2026-03-17T13:30:00.000Z",
      "2026-03-19T13:30:00.000Z",
    ]);
  });

  it("keeps the wall clock across the November change (monthly on the first Sunday)", () => {
    // 1 November 2026 is the first Sunday and the day clocks go back.
    const monthly = series("RRULE:FREQ=MONTHLY;BYDAY=1SU", "2026-10-04T13:00:00Z", "2026-10-04T14:00:00Z");
    const got = occurrencesInRange(monthly, { from: new Date("2026-10-01T00:00:00Z"), to: new Date("2026-12-31T00:00:00Z") });
    expect(starts(got)).toEqual(["2026-10-04T13:00:00.000Z", "2026-11-01T14:00:00.000Z", "2026-12-06T14:00:00.000Z"]);
    // Each lasts its hour.
    expect(got.map((o) => o.endAt.getTime() - o.startAt.getTime())).toEqual([3_600_000, 3_600_000, 3_600_000]);
  });

  it("skips months without a 31st, as RFC 5545 says", () => {
    const monthly = series("RRULE:FREQ=MONTHLY;BYMONTHDAY=31;COUNT=4", "2026-01-31T15:00:00Z", "2026-01-31T16:00:00Z");
    const got = occurrencesInRange(monthly, { from: new Date("2026-01-01T00:00:00Z"), to: new Date("2026-09-01T00:00:00Z") });
    expect(got.map((o) => o.startAt.toISOString().slice(0, 10))).toEqual(["2026-01-31", "2026-03-31", "2026-05-31", "2026-07-31"]);
  });

  it("finds the nth and the last weekday of the month", () => {
    const second = series("RRULE:FREQ=MONTHLY;BYDAY=2TU;COUNT=3", "2026-01-13T15:00:00Z", "2026-01-13T16:00:00Z");
    expect(occurrencesInRange(second, { from: new Date("2026-01-01Z"), to: new Date("2026-06-01Z") }).map((o) => o.startAt.toISOString().slice(0, 10))).toEqual([
      "2026-01-13",
      "2026-02-10",
      "2026-03-10",
    ]);
    const last = series("RRULE:FREQ=MONTHLY;BYDAY=-1FR;COUNT=2", "2026-01-30T15:00:00Z", "2026-01-30T16:00:00Z");
    expect(occurrencesInRange(last, { from: new Date("2026-01-01Z"), to: new Date("2026-06-01Z") }).map((o) => o.startAt.toISOString().slice(0, 10))).toEqual([
      "2026-01-30",
      "2026-02-27",
    ]);
  });

  it("stops at UNTIL's date (inclusive, in the schedule's zone) or after COUNT", () => {
    const until = series("RRULE:FREQ=DAILY;UNTIL=20260305", "2026-03-01T23:00:00Z", "2026-03-01T23:30:00Z"); // 18:00 New York
    // 5 March 18:00 New York is 23:00Z: inside the last date there, though 5 March has ended in UTC by then.
    expect(occurrencesInRange(until, { from: new Date("2026-02-01Z"), to: new Date("2026-04-01Z") })).toHaveLength(5);
    const count = series("RRULE:FREQ=DAILY;COUNT=5", "2026-03-01T23:00:00Z", "2026-03-01T23:30:00Z");
    expect(starts(occurrencesInRange(count, { from: new Date("2026-02-01Z"), to: new Date("2026-04-01Z") }))).toEqual(
      starts(occurrencesInRange(until, { from: new Date("2026-02-01Z"), to: new Date("2026-04-01Z") })),
    );
    expect(lastOccurrenceEnd(until)?.toISOString()).toBe("2026-03-05T23:30:00.000Z");
    expect(lastOccurrenceEnd(count)?.toISOString()).toBe("2026-03-05T23:30:00.000Z");
  });

  it("leaves out exceptions, and finds only what overlaps the window", () => {
    const daily = series("RRULE:FREQ=DAILY", "2026-03-01T14:00:00Z", "2026-03-01T15:00:00Z", { exceptions: [new Date("2026-03-03T14:00:00Z")] });
    const got = occurrencesInRange(daily, { from: new Date("2026-03-02T14:30:00Z"), to: new Date("2026-03-05T14:00:00Z") });
    expect(starts(got)).toEqual(["2026-03-02T14:00:00.000Z", "2026-03-04T14:00:00.000Z"]);
    expect(lastOccurrenceEnd(daily)).toBe(REPEATS_FOREVER);
  });

  it("repeats all-day schedules on dates, whatever the zone", () => {
    const yearly: RepeatingSchedule = {
      startAt: new Date("2026-12-24T00:00:00Z"),
      endAt: new Date("2026-12-25T00:00:00Z"),
      allDay: true,
      timeZone: "Asia/Seoul",
      recurrence: "RRULE:FREQ=YEARLY",
      exceptions: [],
    };
    expect(starts(occurrencesInRange(yearly, { from: new Date("2027-12-01Z"), to: new Date("2028-01-01Z") }))).toEqual(["2027-12-24T00:00:00.000Z"]);
  });

  it("tells occurrence starts from other instants, and counts those before", () => {
    const weekly = series("RRULE:FREQ=WEEKLY;BYDAY=MO,WE;COUNT=6", "2026-06-01T13:00:00Z", "2026-06-01T14:00:00Z");
    expect(isOccurrenceStart(weekly, new Date("2026-06-03T13:00:00Z"))).toBe(true);
    expect(isOccurrenceStart(weekly, new Date("2026-06-02T13:00:00Z"))).toBe(false);
    expect(occurrencesBefore(weekly, new Date("2026-06-08T13:00:00Z"))).toBe(2);
  });

  it("gives the same occurrences whatever zone the process runs in", () => {
    // rrule's own tzid support depends on the process zone (STACK.md); this module must not.
    const weekly = series("RRULE:FREQ=WEEKLY;BYDAY=TU", "2026-03-03T14:30:00Z", "2026-03-03T15:00:00Z");
    const window = { from: new Date("2026-03-01Z"), to: new Date("2026-03-20Z") };
    expect(starts(occurrencesInRange({ ...weekly, timeZone: "Asia/Seoul", startAt: new Date("2026-03-03T00:30:00Z"), endAt: new Date("2026-03-03T01:00:00Z") }, window))).toEqual([
      "2026-03-03T00:30:00.000Z",
      "2026-03-10T00:30:00.000Z",
      "2026-03-17T00:30:00.000Z",
    ]);
  });
});

describe("long-running rules", () => {
  it("finds a daily rule's occurrences a century on, at the same wall-clock time", () => {
    const daily = series("RRULE:FREQ=DAILY", "1900-01-01T14:00:00Z", "1900-01-01T15:00:00Z");
    const got = occurrencesInRange(daily, { from: new Date("2026-03-07T00:00:00Z"), to: new Date("2026-03-10T00:00:00Z") });
    expect(starts(got)).toEqual(["2026-03-07T14:00:00.000Z", "2026-03-08T13:00:00.000Z", "2026-03-09T13:00:00.000Z"]);
  });

  it("keeps every-other-week rules on their own weeks years later", () => {
    // Every 2 weeks on Tuesday from 6 January 2026: 2030-01-01 is 208 weeks on (even), so it is one; 2030-01-08 is not.
    const fortnightly = series("RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", "2026-01-06T14:00:00Z", "2026-01-06T15:00:00Z");
    const got = occurrencesInRange(fortnightly, { from: new Date("2029-12-25T00:00:00Z"), to: new Date("2030-01-20T00:00:00Z") });
    expect(got.map((o) => o.startAt.toISOString().slice(0, 10))).toEqual(["2030-01-01", "2030-01-15"]);
    expect(isOccurrenceStart(fortnightly, new Date("2030-01-15T14:00:00Z"))).toBe(true);
    expect(isOccurrenceStart(fortnightly, new Date("2030-01-08T14:00:00Z"))).toBe(false);
  });

  it("ends a long UNTIL rule at its last date", () => {
    const daily = series("RRULE:FREQ=DAILY;UNTIL=22001230", "1900-01-01T14:00:00Z", "1900-01-01T15:00:00Z");
    expect(lastOccurrenceEnd(daily)?.toISOString()).toBe("2200-12-30T15:00:00.000Z");
  });
});

describe("a window far from the start", () => {
  // The window's occurrences come from a walk that starts near it; the count of
  // occurrences before each edge comes from a walk from the very start: they must agree.
  it.for([
    ["RRULE:FREQ=DAILY;INTERVAL=3", "2026-01-02T14:30:00Z"],
    ["RRULE:FREQ=WEEKLY", "2026-01-07T14:30:00Z"],
    ["RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE,SU;WKST=SU", "2026-01-07T14:30:00Z"],
    ["RRULE:FREQ=MONTHLY", "2026-01-31T14:30:00Z"],
    ["RRULE:FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=-1", "2026-01-31T14:30:00Z"],
    ["RRULE:FREQ=MONTHLY;BYDAY=2TU", "2026-01-13T14:30:00Z"],
    ["RRULE:FREQ=YEARLY", "2024-02-29T14:30:00Z"],
    ["RRULE:FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20291231", "2026-01-06T14:30:00Z"],
  ] as const)("%s from %s", ([recurrence, start]) => {
    const schedule = series(recurrence, start, new Date(new Date(start).getTime() + 3_600_000).toISOString());
    for (const [from, to] of [["2026-06-01", "2026-07-01"], ["2028-02-20", "2028-03-10"], ["2031-11-01", "2032-03-01"]] as const) {
      const window = { from: new Date(`${from}T00:00:00Z`), to: new Date(`${to}T00:00:00Z`) };
      const got = occurrencesInRange(schedule, window);
      const startsIn = occurrencesBefore(schedule, window.to) - occurrencesBefore(schedule, window.from);
      // An occurrence begun before the window and still going counts in the window, not in the starts.
      expect(got.filter((o) => o.startAt >= window.from).length).toBe(startsIn);
      for (const occurrence of got) expect(isOccurrenceStart(schedule, occurrence.startAt)).toBe(true);
    }
  });

  it("keeps the wall clock and the weekday (weekly from a Wednesday, in New York, years on)", () => {
    const weekly = series("RRULE:FREQ=WEEKLY", "2026-01-07T14:30:00Z", "2026-01-07T15:00:00Z");
    expect(starts(occurrencesInRange(weekly, { from: new Date("2030-07-01T00:00:00Z"), to: new Date("2030-07-15T00:00:00Z") }))).toEqual([
      "2030-07-03T13:30:00.000Z",
      "2030-07-10T13:30:00.000Z",
    ]);
  });
});

describe("wall clock and instants", () => {
  const at = (iso: string) => new Date(iso);
  it("moves a time the clocks skip forward, and takes the first of a time they pass twice (New York)", () => {
    expect(fromFloating(at("2026-03-08T02:30:00Z"), NY).toISOString()).toBe("2026-03-08T07:30:00.000Z");
    expect(fromFloating(at("2026-03-08T03:30:00Z"), NY).toISOString()).toBe("2026-03-08T07:30:00.000Z");
    expect(fromFloating(at("2026-03-08T01:30:00Z"), NY).toISOString()).toBe("2026-03-08T06:30:00.000Z");
    expect(fromFloating(at("2026-11-01T01:30:00Z"), NY).toISOString()).toBe("2026-11-01T05:30:00.000Z");
    expect(fromFloating(at("2026-11-01T02:30:00Z"), NY).toISOString()).toBe("2026-11-01T07:30:00.000Z");
  });

  it("reads an instant's wall clock on either side of a change, and in half-hour zones", () => {
    expect(toFloating(at("2026-03-08T06:59:00Z"), NY).toISOString()).toBe("2026-03-08T01:59:00.000Z");
    expect(toFloating(at("2026-03-08T07:00:00Z"), NY).toISOString()).toBe("2026-03-08T03:00:00.000Z");
    expect(toFloating(at("2026-06-01T03:15:00Z"), "Asia/Kathmandu").toISOString()).toBe("2026-06-01T09:00:00.000Z");
    expect(fromFloating(at("2026-06-01T09:00:00Z"), "Asia/Kathmandu").toISOString()).toBe("2026-06-01T03:15:00.000Z");
  });
});
