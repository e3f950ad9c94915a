import { describe, expect, it } from "vitest";
import { addDaysToDate, dueInstant, isTodoOverdue, localDateOf, localTimeOf, todoViewDates } from "./due";

describe("due dates in the owner's zone", () => {
  it("reads a date and time in the zone, across DST and date lines", () => {
    expect(dueInstant("2026-11-22", "00:30", "Asia/Seoul")).toEqual(new Date("2026-11-21T15:30:00Z"));
    expect(dueInstant("2026-07-01", "09:00", "Europe/Berlin")).toEqual(new Date("2026-07-01T07:00:00Z"));
    expect(dueInstant("2026-12-01", "09:00", "Europe/Berlin")).toEqual(new Date("2026-12-01T08:00:00Z"));
    // 02:30 does not exist in New York on 8 March 2026 (clocks go 02:00 -> 03:00): the first moment after.
    expect(dueInstant("2026-03-08", "02:30", "America/New_York").getTime()).toBeGreaterThanOrEqual(new Date("2026-03-08T07:00:00Z").getTime());
  });

  it("gives the local date and time of an instant", () => {
    expect(localDateOf(new Date("2026-11-21T14:59:59Z"), "Asia/Seoul")).toBe("2026-11-21");
    expect(localDateOf(new Date("2026-11-21T15:00:00Z"), "Asia/Seoul")).toBe("2026-11-22");
    expect(localDateOf(new Date("2026-11-21T15:00:00Z"), "UTC")).toBe("2026-11-21");
    expect(localTimeOf(new Date("2026-11-21T15:30:00Z"), "Asia/Seoul")).toBe("00:30");
  });

  it("moves dates by whole days and finds Today and Upcoming", () => {
    expect(addDaysToDate("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDaysToDate("2028-02-28", 1)).toBe("2028-02-29");
    expect(todoViewDates(new Date("2026-11-21T15:30:00Z"), "Asia/Seoul")).toEqual({ today: "2026-11-22", upcomingLast: "2026-12-05" });
  });

  it("calls a todo overdue when its day has passed, or its time today has, and never when done", () => {
    const now = new Date("2026-11-21T12:00:00Z");
    expect(isTodoOverdue({ done: false, dueOn: "2026-11-20", dueAt: null }, "2026-11-21", now)).toBe(true);
    expect(isTodoOverdue({ done: false, dueOn: "2026-11-21", dueAt: null }, "2026-11-21", now)).toBe(false);
    expect(isTodoOverdue({ done: false, dueOn: "2026-11-21", dueAt: new Date("2026-11-21T11:00:00Z") }, "2026-11-21", now)).toBe(true);
    expect(isTodoOverdue({ done: false, dueOn: "2026-11-21", dueAt: new Date("2026-11-21T13:00:00Z") }, "2026-11-21", now)).toBe(false);
    expect(isTodoOverdue({ done: true, dueOn: "2026-11-01", dueAt: null }, "2026-11-21", now)).toBe(false);
    expect(isTodoOverdue({ done: false, dueOn: null, dueAt: null }, "2026-11-21", now)).toBe(false);
  });
});
