import { describe, expect, it } from "vitest";
import { isOnGrid, snapToGrid, timeSlotProblems } from "./time-slot";

const utc = (iso: string) => new Date(iso);

describe("isOnGrid", () => {
  it("accepts the hour and half hour of the local clock", () => {
    expect(isOnGrid(utc("2026-03-02T09:00:00Z"), "UTC")).toBe(true);
    expect(isOnGrid(utc("2026-03-02T09:30:00Z"), "UTC")).toBe(true);
    expect(isOnGrid(utc("2026-03-02T09:15:00Z"), "UTC")).toBe(false);
    expect(isOnGrid(utc("2026-03-02T09:00:01Z"), "UTC")).toBe(false);
    expect(isOnGrid(utc("2026-03-02T09:00:00.001Z"), "UTC")).toBe(false);
  });

  it("follows Asia/Kathmandu's +05:45 offset: 09:00 local is 03:15 UTC", () => {
    expect(isOnGrid(utc("2026-03-02T03:15:00Z"), "Asia/Kathmandu")).toBe(true);
    expect(isOnGrid(utc("2026-03-02T03:45:00Z"), "Asia/Kathmandu")).toBe(true);
    expect(isOnGrid(utc("2026-03-02T03:00:00Z"), "Asia/Kathmandu")).toBe(false);
    expect(isOnGrid(utc("2026-03-02T03:30:00Z"), "Asia/Kathmandu")).toBe(false);
  });

  it("follows Asia/Kolkata's +05:30 offset", () => {
    expect(isOnGrid(utc("2026-03-02T03:30:00Z"), "Asia/Kolkata")).toBe(true); // 09:00 local
    expect(isOnGrid(utc("2026-03-02T03:15:00Z"), "Asia/Kolkata")).toBe(false);
  });
});

describe("snapToGrid", () => {
  it("floors and ceils to the local half hour", () => {
    expect(snapToGrid(utc("2026-03-02T09:14:59Z"), "UTC")).toEqual(utc("2026-03-02T09:00:00Z"));
    expect(snapToGrid(utc("2026-03-02T09:14:59Z"), "UTC", "ceil")).toEqual(utc("2026-03-02T09:30:00Z"));
    expect(snapToGrid(utc("2026-03-02T09:30:00Z"), "UTC", "ceil")).toEqual(utc("2026-03-02T09:30:00Z"));
    expect(snapToGrid(utc("2026-03-02T03:20:00Z"), "Asia/Kathmandu")).toEqual(utc("2026-03-02T03:15:00Z"));
  });
});

describe("timeSlotProblems", () => {
  const zone = "America/New_York";

  it("accepts a slot on the grid that ends after it starts", () => {
    expect(timeSlotProblems({ startAt: utc("2026-06-01T13:00:00Z"), endAt: utc("2026-06-01T14:30:00Z") }, zone)).toEqual([]);
  });

  it("refuses an end at or before the start", () => {
    const at = utc("2026-06-01T13:00:00Z");
    expect(timeSlotProblems({ startAt: at, endAt: at }, zone)).toEqual([{ field: "endAt", message: "End after the start.", code: "endBeforeStart", params: {} }]);
    expect(timeSlotProblems({ startAt: at, endAt: utc("2026-06-01T12:30:00Z") }, zone)).toEqual([{ field: "endAt", message: "End after the start.", code: "endBeforeStart", params: {} }]);
  });

  it("refuses times off the grid, naming each end", () => {
    const problems = timeSlotProblems({ startAt: utc("2026-06-01T13:10:00Z"), endAt: utc("2026-06-01T14:20:00Z") }, zone);
    expect(problems.map((problem) => problem.field)).toEqual(["startAt", "endAt"]);
  });

  it("allows exactly 14 days and refuses more", () => {
    const startAt = utc("2026-06-01T13:00:00Z");
    expect(timeSlotProblems({ startAt, endAt: utc("2026-06-15T13:00:00Z") }, zone)).toEqual([]);
    expect(timeSlotProblems({ startAt, endAt: utc("2026-06-15T13:30:00Z") }, zone)[0]?.message).toContain("14 days");
  });

  it("handles the spring-forward day in New York: 01:30 EST to 03:00 EDT is one hour of real time, on the grid", () => {
    // 2026-03-08: 02:00 EST jumps to 03:00 EDT.
    const startAt = utc("2026-03-08T06:30:00Z"); // 01:30 EST
    const endAt = utc("2026-03-08T07:00:00Z"); // 03:00 EDT
    expect(timeSlotProblems({ startAt, endAt }, zone)).toEqual([]);
  });

  it("handles the fall-back day in New York: both 01:30s are on the grid", () => {
    // 2026-11-01: 02:00 EDT falls back to 01:00 EST; 01:30 happens twice.
    const firstHalfPastOne = utc("2026-11-01T05:30:00Z"); // 01:30 EDT
    const secondHalfPastOne = utc("2026-11-01T06:30:00Z"); // 01:30 EST
    expect(timeSlotProblems({ startAt: firstHalfPastOne, endAt: secondHalfPastOne }, zone)).toEqual([]);
  });
});
