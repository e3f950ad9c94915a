import { describe, expect, it } from "vitest";
import { dayRange, monthGridRange, monthRange, overlaps, weekRange } from "./ranges";

const utc = (iso: string) => new Date(iso);
const hours = (range: { from: Date; to: Date }) => (range.to.getTime() - range.from.getTime()) / 3_600_000;

describe("month ranges", () => {
  it("start at local midnight of the 1st and end at the next month's", () => {
    expect(monthRange(utc("2026-02-14T12:00:00Z"), "UTC")).toEqual({ from: utc("2026-02-01T00:00:00Z"), to: utc("2026-03-01T00:00:00Z") });
    expect(monthRange(utc("2026-02-14T12:00:00Z"), "Europe/Berlin")).toEqual({
      from: utc("2026-01-31T23:00:00Z"),
      to: utc("2026-02-28T23:00:00Z"),
    });
  });

  it("use the viewer's zone at the month edge: 31 Jan 23:30 in New York is already February in UTC", () => {
    const lateJanuaryInNewYork = utc("2026-02-01T04:30:00Z");
    expect(monthRange(lateJanuaryInNewYork, "America/New_York").from).toEqual(utc("2026-01-01T05:00:00Z"));
    expect(monthRange(lateJanuaryInNewYork, "UTC").from).toEqual(utc("2026-02-01T00:00:00Z"));
  });

  it("span a daylight-saving change: March 2026 in New York is 743 hours long", () => {
    const march = monthRange(utc("2026-03-15T12:00:00Z"), "America/New_York");
    expect(march).toEqual({ from: utc("2026-03-01T05:00:00Z"), to: utc("2026-04-01T04:00:00Z") });
    expect(hours(march)).toBe(31 * 24 - 1);
  });

  it("use Asia/Kathmandu's +05:45 offset", () => {
    expect(monthRange(utc("2026-07-10T00:00:00Z"), "Asia/Kathmandu")).toEqual({
      from: utc("2026-06-30T18:15:00Z"),
      to: utc("2026-07-31T18:15:00Z"),
    });
  });

  it("cover whole weeks in the month grid", () => {
    // February 2026: Sunday 1st … Saturday 28th; Monday-first grid runs 26 Jan – 2 Mar.
    expect(monthGridRange(utc("2026-02-10T12:00:00Z"), "UTC")).toEqual({ from: utc("2026-01-26T00:00:00Z"), to: utc("2026-03-02T00:00:00Z") });
    expect(monthGridRange(utc("2026-02-10T12:00:00Z"), "UTC", 0)).toEqual({ from: utc("2026-02-01T00:00:00Z"), to: utc("2026-03-01T00:00:00Z") });
  });
});

describe("week ranges", () => {
  it("start on Monday by default, configurable", () => {
    const wednesday = utc("2026-11-18T12:00:00Z");
    expect(weekRange(wednesday, "UTC")).toEqual({ from: utc("2026-11-16T00:00:00Z"), to: utc("2026-11-23T00:00:00Z") });
    expect(weekRange(wednesday, "UTC", 0).from).toEqual(utc("2026-11-15T00:00:00Z"));
    expect(weekRange(wednesday, "UTC", 6).from).toEqual(utc("2026-11-14T00:00:00Z"));
  });

  it("are 167 hours across spring-forward and 169 across fall-back in New York", () => {
    expect(hours(weekRange(utc("2026-03-08T12:00:00Z"), "America/New_York", 0))).toBe(167);
    expect(hours(weekRange(utc("2026-11-01T12:00:00Z"), "America/New_York", 0))).toBe(169);
  });

  it("cross a year boundary", () => {
    expect(weekRange(utc("2027-01-01T12:00:00Z"), "UTC")).toEqual({ from: utc("2026-12-28T00:00:00Z"), to: utc("2027-01-04T00:00:00Z") });
  });
});

describe("day ranges", () => {
  it("are 23 and 25 hours on New York's change days, 24 in Kathmandu", () => {
    expect(hours(dayRange(utc("2026-03-08T12:00:00Z"), "America/New_York"))).toBe(23);
    expect(hours(dayRange(utc("2026-11-01T12:00:00Z"), "America/New_York"))).toBe(25);
    expect(dayRange(utc("2026-03-08T12:00:00Z"), "Asia/Kathmandu")).toEqual({ from: utc("2026-03-07T18:15:00Z"), to: utc("2026-03-08T18:15:00Z") });
  });
});

describe("overlaps", () => {
  const window = { from: utc("2026-02-01T00:00:00Z"), to: utc("2026-03-01T00:00:00Z") };
  it("counts schedules spanning either edge, not ones that only touch it", () => {
    expect(overlaps({ startAt: utc("2026-01-31T23:00:00Z"), endAt: utc("2026-02-01T01:00:00Z") }, window)).toBe(true);
    expect(overlaps({ startAt: utc("2026-02-28T23:00:00Z"), endAt: utc("2026-03-01T01:00:00Z") }, window)).toBe(true);
    expect(overlaps({ startAt: utc("2026-01-31T23:00:00Z"), endAt: utc("2026-02-01T00:00:00Z") }, window)).toBe(false);
    expect(overlaps({ startAt: utc("2026-03-01T00:00:00Z"), endAt: utc("2026-03-01T01:00:00Z") }, window)).toBe(false);
  });
});
