import { describe, expect, it } from "vitest";
import { importedReminders } from "./imported-reminders";
import { importedMemo, importedTitle } from "./imported-text";

describe("importedTitle and importedMemo", () => {
  it("keeps a title on one line, names an untitled event, and cuts what is too long with an ellipsis", () => {
    expect(importedTitle("  Lunch\nwith\tSam  ", "(No title)")).toEqual({ text: "Lunch with Sam", shortened: false });
    expect(importedTitle("   ", "(제목 없음)")).toEqual({ text: "(제목 없음)", shortened: false });
    const long = importedTitle("x".repeat(130), "");
    expect(long).toEqual({ text: `${"x".repeat(119)}…`, shortened: true });
    // Never half an emoji: a cut inside a surrogate pair steps back.
    expect(importedTitle(`${"x".repeat(118)}😀😀`, "").text).toBe(`${"x".repeat(118)}…`);
    expect(importedTitle(`${"x".repeat(117)}😀😀😀`, "").text).toBe(`${"x".repeat(117)}😀…`);
  });

  it("keeps a memo's line breaks and tabs, drops other control characters, cuts at 2,000", () => {
    expect(importedMemo("one\r\ntwo\tthree\u0007\n")).toEqual({ text: "one\ntwo\tthree", shortened: false });
    const long = importedMemo("y".repeat(2500));
    expect(long.text).toHaveLength(2000);
    expect(long.shortened).toBe(true);
  });
});

describe("importedReminders", () => {
  const before = (minutes: number) => ({ seconds: -minutes * 60, related: "START" as const });
  it("keeps triggers that are whole minutes before the start, at most four weeks and five of them, the soonest", () => {
    expect(importedReminders([before(10), before(1440), before(10)], false)).toEqual({ minutes: [1440, 10], dropped: 0 });
    expect(importedReminders([before(1), before(2), before(3), before(4), before(5), before(6), before(7)], false)).toEqual({ minutes: [5, 4, 3, 2, 1], dropped: 2 });
    expect(importedReminders([before(40_321), { seconds: -90, related: "START" }, { seconds: null, related: "START" }, { seconds: -600, related: "END" }], false)).toEqual({ minutes: [], dropped: 4 });
  });

  it("lets all-day reminders fall on the day itself, never timed ones after the start", () => {
    // 09:00 on the day (9 hours after midnight), 09:00 the day before.
    expect(importedReminders([{ seconds: 9 * 3600, related: "START" }, before(900)], true)).toEqual({ minutes: [900, -540], dropped: 0 });
    expect(importedReminders([{ seconds: 300, related: "START" }], false)).toEqual({ minutes: [], dropped: 1 });
  });
});
