import { describe, expect, it } from "vitest";
import { offsetMinutesAt, zoneLabel } from "./zone-label";
import { zoneEntries } from "./zones";

describe("zoneLabel (the closed picker, before the zone list loads)", () => {
  it("reads as the list's own entry for every zone in it, so nothing changes when the list arrives", () => {
    const now = new Date();
    for (const entry of zoneEntries("en")) expect(zoneLabel(entry.id, now), entry.id).toBe(`${entry.offset} ${entry.city}`);
  });

  it("follows daylight saving on the given day", () => {
    expect(zoneLabel("America/New_York", new Date("2026-01-15T12:00:00Z"))).toBe("(UTC-05:00) New York");
    expect(zoneLabel("America/New_York", new Date("2026-07-15T12:00:00Z"))).toBe("(UTC-04:00) New York");
    expect(zoneLabel("Asia/Kolkata", new Date("2026-07-15T12:00:00Z"))).toBe("(UTC+05:30) Kolkata");
    expect(zoneLabel("UTC", new Date())).toBe("(UTC+00:00) UTC");
  });

  it("shows a name Intl does not know as it is", () => {
    expect(offsetMinutesAt("Mars/Olympus_Mons", new Date())).toBeUndefined();
    expect(zoneLabel("Mars/Olympus_Mons", new Date())).toBe("Mars/Olympus_Mons");
  });
});
