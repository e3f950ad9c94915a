import { describe, expect, it } from "vitest";
import { calendarShortcutHref } from "./calendar-shortcuts";

const week = { view: "week", date: "2026-12-02", filter: "done" } as const;

describe("calendarShortcutHref", () => {
  it("changes the view and keeps the date and filter", () => {
    expect(calendarShortcutHref({ view: "month" }, week, "/calendar", "UTC")).toBe("/calendar?view=month&date=2026-12-02&filter=done");
    expect(calendarShortcutHref({ view: "day" }, week, "/calendar", "UTC")).toBe("/calendar?view=day&date=2026-12-02&filter=done");
  });

  it("steps one period of the view", () => {
    expect(calendarShortcutHref({ step: 1 }, week, "/calendar", "UTC")).toBe("/calendar?view=week&date=2026-12-09&filter=done");
    expect(calendarShortcutHref({ step: -1 }, { ...week, view: "month" }, "/calendar", "UTC")).toBe("/calendar?view=month&date=2026-11-02&filter=done");
  });

  it("goes to today in the calendar's zone", () => {
    const lateInUtc = new Date("2026-12-02T20:00:00Z");
    expect(calendarShortcutHref("today", { ...week, date: "2026-01-01" }, "/calendar", "Asia/Seoul", lateInUtc)).toBe("/calendar?view=week&date=2026-12-03&filter=done");
  });
});
