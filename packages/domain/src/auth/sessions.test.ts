import { describe, expect, it } from "vitest";
import { sessionNeedsTouch } from "./sessions";

describe("sessions", () => {
  it("record activity at most once a minute", () => {
    const lastActiveAt = new Date("2026-12-03T10:00:00Z");
    expect(sessionNeedsTouch({ lastActiveAt }, new Date("2026-12-03T10:00:59Z"))).toBe(false);
    expect(sessionNeedsTouch({ lastActiveAt }, new Date("2026-12-03T10:01:00Z"))).toBe(true);
  });
});
