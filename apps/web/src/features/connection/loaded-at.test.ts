import { describe, expect, it } from "vitest";
import { loadedAtWords } from "./loaded-at";

describe("loadedAtWords", () => {
  const loadedAt = new Date("2026-03-03T05:05:00Z"); // 14:05 in Seoul, 00:05 in New York

  it("gives the time on the account's clock, in the page's language", () => {
    const now = new Date("2026-03-03T06:00:00Z");
    expect(loadedAtWords(loadedAt, now, "en", "Asia/Seoul")).toEqual({ time: "2:05 PM", day: null });
    // Korean as this machine's ICU writes it ("PM" where its data lacks Korean day periods; see span-label.test.ts).
    expect(loadedAtWords(loadedAt, now, "ko", "Asia/Seoul")).toEqual({ time: expect.stringMatching(/^(오후|PM) 2:05$/), day: null });
    expect(loadedAtWords(loadedAt, now, "en", "America/New_York")).toEqual({ time: "12:05 AM", day: null });
  });

  it("adds the day when it was loaded on another day there", () => {
    // Still 3 March in Seoul at 23:00, already 4 March in Seoul at 15:05Z.
    expect(loadedAtWords(loadedAt, new Date("2026-03-03T14:00:00Z"), "en", "Asia/Seoul").day).toBeNull();
    expect(loadedAtWords(loadedAt, new Date("2026-03-03T15:05:00Z"), "en", "Asia/Seoul")).toEqual({ time: "2:05 PM", day: "Mar 3" });
    expect(loadedAtWords(loadedAt, new Date("2026-03-03T15:05:00Z"), "ko", "Asia/Seoul").day).toBe("3월 3일");
    // New York's day turns at 05:00Z: 00:05 there, and 23:55 the same day is still "today".
    expect(loadedAtWords(loadedAt, new Date("2026-03-04T04:55:00Z"), "en", "America/New_York").day).toBeNull();
    expect(loadedAtWords(loadedAt, new Date("2026-03-04T05:30:00Z"), "en", "America/New_York").day).toBe("Mar 3");
  });
});
