import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { atLocalTime, fromLocalInputValue, isIsoDate, localDateOf, shiftDate, toLocalInputValue } from "./zoned-time";

// zoned-time used luxon; it now uses TZDate and Intl so that luxon stays out of
// the pages' JavaScript. luxon (still here for FullCalendar's plugin) is the
// reference: the same answers, daylight-saving gaps included. A wall time shown
// twice (clocks going back) is the exception: luxon picked one by the zone's
// offset on the day it ran (winter or summer); zoned-time always takes the earlier.

const ZONES = ["UTC", "America/New_York", "Europe/London", "Asia/Seoul", "Asia/Kathmandu", "Australia/Lord_Howe", "America/Sao_Paulo"];
const LOCAL_TIMES = [
  "2026-03-08T02:30", // New York: the hour that does not exist
  "2026-03-29T01:15", // London: gap
  "2026-10-04T02:15", // Lord Howe: half-hour gap
  "2026-01-09T10:00",
  "2026-12-31T23:30",
  "2026-02-28T00:00",
  "2026-06-15T12:00:30",
  "2026-06-15T12:00:30.5",
];
const INSTANTS = ["2026-03-08T07:30:00Z", "2026-11-01T05:30:00Z", "2026-11-01T06:30:00Z", "2026-12-31T23:59:59.999Z", "1900-01-01T00:00:00Z", "2200-12-31T12:00:00Z"];

describe("zoned-time agrees with luxon", () => {
  it.each(ZONES)("in %s", (zone) => {
    for (const value of LOCAL_TIMES) {
      expect(fromLocalInputValue(value, zone).getTime(), `${value} in ${zone}`).toBe(DateTime.fromISO(value, { zone }).toMillis());
    }
    for (const iso of INSTANTS) {
      const instant = new Date(iso);
      const reference = DateTime.fromJSDate(instant, { zone });
      expect(localDateOf(instant, zone)).toBe(reference.toISODate());
      expect(toLocalInputValue(instant, zone)).toBe(reference.toFormat("yyyy-MM-dd'T'HH:mm"));
    }
    expect(atLocalTime("2026-03-08", "02:00", zone).getTime()).toBe(DateTime.fromISO("2026-03-08T02:00", { zone }).toMillis());
  });

  it("takes the earlier of a wall time shown twice", () => {
    expect(fromLocalInputValue("2026-11-01T01:30", "America/New_York").toISOString()).toBe("2026-11-01T05:30:00.000Z");
    expect(fromLocalInputValue("2026-10-25T01:45", "Europe/London").toISOString()).toBe("2026-10-25T00:45:00.000Z");
    expect(fromLocalInputValue("2026-04-05T01:45", "Australia/Lord_Howe").toISOString()).toBe("2026-04-04T14:45:00.000Z");
  });

  it("shifts dates as luxon does, months keeping the day where they can", () => {
    for (const date of ["2026-01-31", "2024-02-29", "2026-12-31", "2026-03-08"]) {
      for (const unit of ["months", "weeks", "days"] as const) {
        for (const amount of [-13, -1, 1, 12]) {
          expect(shiftDate(date, unit, amount), `${date} ${amount} ${unit}`).toBe(DateTime.fromISO(date, { zone: "UTC" }).plus({ [unit]: amount }).toISODate());
        }
      }
    }
  });

  it("tells real dates and date-times from others", () => {
    for (const value of ["2026-02-28", "2024-02-29", "2026-02-29", "2026-13-01", "2026-00-10", "26-01-01", "2026-1-1", ""]) {
      expect(isIsoDate(value), value).toBe(ISO_LIKE.test(value) && DateTime.fromISO(value, { zone: "UTC" }).isValid);
    }
    for (const value of ["", "2026-02-30T10:00", "2026-01-01T25:00", "2026-01-01T10:60", "2026-01-01", "nonsense"]) {
      expect(Number.isNaN(fromLocalInputValue(value, "Asia/Seoul").getTime()), value).toBe(true);
    }
  });
});

const ISO_LIKE = /^\d{4}-\d{2}-\d{2}$/;
