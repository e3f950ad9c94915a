import { describe, expect, it } from "vitest";
import { initialOfflineState, isOffline, nextOfflineState, type OfflineEvent } from "./offline-status";
import { retryDelay } from "./refetch-when-back";

const run = (...events: OfflineEvent[]) => events.reduce(nextOfflineState, initialOfflineState);
const at = (time: string) => new Date(`2026-03-03T${time}:00Z`);

describe("the offline status", () => {
  it("is offline while the browser says so, showing when the server last answered", () => {
    const state = run({ type: "answered", at: at("05:00") }, { type: "answered", at: at("05:05") }, { type: "offline" });
    expect(isOffline(state)).toBe(true);
    expect(state.loadedAt).toEqual(at("05:05"));
    expect(isOffline(nextOfflineState(state, { type: "online" }))).toBe(false);
  });

  it("is offline while answers come from the worker's copies, dated by the oldest of them, whatever the browser says", () => {
    const state = run({ type: "answeredFromCopy", savedAt: at("04:10") }, { type: "answeredFromCopy", savedAt: at("04:00") }, { type: "answeredFromCopy", savedAt: at("04:20") });
    expect(isOffline(state)).toBe(true);
    expect(state.loadedAt).toEqual(at("04:00"));
    // A copy older than the server's last answer dates the screen too.
    expect(run({ type: "answered", at: at("05:00") }, { type: "answeredFromCopy", savedAt: at("04:30") }).loadedAt).toEqual(at("04:30"));
  });

  it("is back online with the server's next answer", () => {
    const state = run({ type: "offline" }, { type: "answeredFromCopy", savedAt: at("04:00") }, { type: "online" });
    expect(isOffline(state)).toBe(true);
    const answered = nextOfflineState(state, { type: "answered", at: at("06:00") });
    expect(isOffline(answered)).toBe(false);
    expect(answered.loadedAt).toEqual(at("06:00"));
  });
});

describe("retryDelay", () => {
  it("asks again soon, then less and less often, at most every 30 seconds", () => {
    expect([0, 1, 2, 3, 4, 10].map(retryDelay)).toEqual([2_000, 4_000, 8_000, 16_000, 30_000, 30_000]);
  });
});
