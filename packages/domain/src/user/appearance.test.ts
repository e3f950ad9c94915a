import { describe, expect, it } from "vitest";
import { weekStartFor } from "./appearance";
import { updateThemeInput, updateWeekStartInput } from "./appearance-schemas";

describe("weekStartFor", () => {
  it("follows the language until the account chooses a day", () => {
    expect(weekStartFor("ko", null)).toBe(0);
    expect(weekStartFor("en", undefined)).toBe(1);
    expect(weekStartFor("ko", "monday")).toBe(1);
    expect(weekStartFor("en", "sunday")).toBe(0);
    expect(weekStartFor("en", "saturday")).toBe(6);
  });
});

describe("appearance inputs", () => {
  it("take only the themes and days there are", () => {
    expect(updateThemeInput.safeParse({ theme: "system" }).success).toBe(true);
    expect(updateThemeInput.safeParse({ theme: "Dark" }).success).toBe(false);
    expect(updateWeekStartInput.safeParse({ weekStart: null }).success).toBe(true);
    expect(updateWeekStartInput.safeParse({ weekStart: 1 }).success).toBe(false);
    expect(updateWeekStartInput.safeParse({ weekStart: "monday", extra: true }).success).toBe(false);
  });
});
