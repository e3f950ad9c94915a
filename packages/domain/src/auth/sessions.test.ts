import { describe, expect, it } from "vitest";
import { sessionNeedsTouch } from "./sessions";

const day = (n: number) => new Date(Date.UTC(2026, 11, 1 + n));

describe("sessions", () => {
  it("record activity at most once a minute", () => {
    const lastActiveAt = new Date("2026-12-03T10:00:00Z");
    expect(sessionNeedsTouch({ lastActiveAt, expiresAt: day(30) }, new Date("2026-12-03T10:00:59Z"))).toBe(false);
    expect(sessionNeedsTouch({ lastActiveAt, expiresAt: day(30) }, new Date("2026-12-03T10:01:00Z"))).toBe(true);
  });
});
