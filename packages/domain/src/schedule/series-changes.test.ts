import { describe, expect, it } from "vitest";
import { firstOccurrenceStart, recurrenceEndingBefore, recurrenceFrom, shiftBetween, shiftDays, shiftInstant, shiftRecurrence } from "./series-changes";

const NY = "America/New_York";
const at = (iso: string) => new Date(iso);
const timed = { allDay: false, timeZone: NY };

describe("shifting a series", () => {
  it("moves every start by the same wall-clock amount across a daylight-saving change", () => {
    // 09:00 → 11:00 New York on 2 March (EST); 9 March is EDT.
    const shift = shiftBetween({ startAt: at("2026-03-02T14:00:00Z"), ...timed }, { startAt: at("2026-03-02T16:00:00Z"), ...timed });
    expect(shiftInstant(at("2026-03-09T13:00:00Z"), shift)).toEqual(at("2026-03-09T15:00:00Z"));
    expect(shiftDays(shift, at("2026-03-02T14:00:00Z"))).toBe(0);
  });

  it("turns a timed start into its date when the series becomes all-day", () => {
    const shift = shiftBetween({ startAt: at("2026-03-02T14:00:00Z"), ...timed }, { startAt: at("2026-03-02T00:00:00Z"), allDay: true, timeZone: NY });
    expect(shiftInstant(at("2026-03-11T13:00:00Z"), shift)).toEqual(at("2026-03-11T00:00:00Z"));
  });

  it("moves weekly weekdays, the monthly weekday and date, and UNTIL by the days moved; COUNT stays", () => {
    const shift = shiftBetween({ startAt: at("2026-03-02T14:00:00Z"), ...timed }, { startAt: at("2026-03-03T14:00:00Z"), ...timed });
    expect(shiftDays(shift, at("2026-03-02T14:00:00Z"))).toBe(1);
    expect(shiftRecurrence("RRULE:FREQ=WEEKLY;BYDAY=MO,SU;COUNT=4", 1, shift)).toBe("RRULE:FREQ=WEEKLY;BYDAY=MO,TU;COUNT=4");
    expect(shiftRecurrence("RRULE:FREQ=MONTHLY;BYDAY=2MO;UNTIL=20260630", 1, shift)).toBe("RRULE:FREQ=MONTHLY;BYDAY=2TU;UNTIL=20260701");
    expect(shiftRecurrence("RRULE:FREQ=MONTHLY;BYMONTHDAY=-1", 1, shift)).toBe("RRULE:FREQ=MONTHLY;BYMONTHDAY=-1");
    expect(shiftRecurrence("RRULE:FREQ=MONTHLY;BYMONTHDAY=30", 1, shift)).toBe("RRULE:FREQ=MONTHLY;BYMONTHDAY=31");
  });
});

describe("splitting a series", () => {
  const weekly = { startAt: at("2026-03-02T14:00:00Z"), endAt: at("2026-03-02T15:00:00Z"), ...timed };

  it("cuts a COUNT rule into the occurrences before and the rest", () => {
    const series = { ...weekly, recurrence: "RRULE:FREQ=WEEKLY;COUNT=6" };
    expect(recurrenceEndingBefore(series, at("2026-03-16T13:00:00Z"))).toBe("RRULE:FREQ=WEEKLY;COUNT=2");
    expect(recurrenceFrom(series, at("2026-03-16T13:00:00Z"))).toBe("RRULE:FREQ=WEEKLY;COUNT=4");
  });

  it("ends other rules the second before (timed) or the day before (all-day)", () => {
    expect(recurrenceEndingBefore({ ...weekly, recurrence: "RRULE:FREQ=WEEKLY" }, at("2026-03-16T13:00:00Z"))).toBe("RRULE:FREQ=WEEKLY;UNTIL=20260316T125959Z");
    const days = { startAt: at("2026-03-02T00:00:00Z"), endAt: at("2026-03-03T00:00:00Z"), allDay: true, timeZone: NY, recurrence: "RRULE:FREQ=DAILY;UNTIL=20260331" };
    expect(recurrenceEndingBefore(days, at("2026-03-10T00:00:00Z"))).toBe("RRULE:FREQ=DAILY;UNTIL=20260309");
    expect(recurrenceFrom(days, at("2026-03-10T00:00:00Z"))).toBe(days.recurrence);
  });

  it("finds a rule's first real occurrence, or none", () => {
    // 1 March 2026 is a Sunday; weekly on Monday starts the 2nd.
    const sunday = { startAt: at("2026-03-01T14:00:00Z"), endAt: at("2026-03-01T15:00:00Z"), ...timed };
    expect(firstOccurrenceStart({ ...sunday, recurrence: "RRULE:FREQ=WEEKLY;BYDAY=MO" })).toEqual(at("2026-03-02T14:00:00Z"));
    expect(firstOccurrenceStart({ ...sunday, recurrence: "RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20260301" })).toBeNull();
  });
});
