import { describe, expect, it } from "vitest";
import { DAY_SECONDS, sessionEndsAt, sessionIsLive, sessionNeedsTouch } from "./sessions";

const policy = { idleSeconds: 14 * DAY_SECONDS, lifetimeSeconds: 30 * DAY_SECONDS };
const day = (n: number) => new Date(Date.UTC(2026, 11, 1 + n));

describe("sessions", () => {
  it("end when idle for the idle timeout", () => {
    const session = { lastActiveAt: day(0), expiresAt: day(30) };
    expect(sessionEndsAt(session, policy)).toEqual(day(14));
    expect(sessionIsLive(session, policy, day(13))).toBe(true);
    expect(sessionIsLive(session, policy, day(14))).toBe(false);
  });

  it("end at their absolute end however active", () => {
    const session = { lastActiveAt: day(29), expiresAt: day(30) };
    expect(sessionEndsAt(session, policy)).toEqual(day(30));
    expect(sessionIsLive(session, policy, day(30))).toBe(false);
  });

  it("record activity at most once a minute", () => {
    const lastActiveAt = new Date("2026-12-03T10:00:00Z");
    expect(sessionNeedsTouch({ lastActiveAt, expiresAt: day(30) }, new Date("2026-12-03T10:00:59Z"))).toBe(false);
    expect(sessionNeedsTouch({ lastActiveAt, expiresAt: day(30) }, new Date("2026-12-03T10:01:00Z"))).toBe(true);
  });
});
