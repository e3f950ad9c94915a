import { describe, expect, it } from "vitest";
import { SEARCH_QUERY_MAX, searchInput } from "./schemas";
import { groupByStartDate, localDateIn } from "./grouping";

const messageOf = (input: unknown) => {
  const parsed = searchInput.safeParse(input);
  return parsed.success ? null : parsed.error.issues[0]?.message;
};

describe("searchInput", () => {
  it("trims the query and keeps Korean, English and wildcard characters as typed", () => {
    expect(searchInput.parse({ query: "  주간 회의 " })).toEqual({ query: "주간 회의" });
    expect(searchInput.parse({ query: "100%_done" })).toEqual({ query: "100%_done" });
  });

  it("accepts 1 to 100 characters", () => {
    expect(searchInput.parse({ query: "a" }).query).toBe("a");
    expect(searchInput.parse({ query: "회".repeat(SEARCH_QUERY_MAX) }).query).toHaveLength(100);
  });

  it.each([
    ["missing", {}, "Type something to search for."],
    ["empty", { query: "" }, "Type something to search for."],
    ["only spaces", { query: "   " }, "Type something to search for."],
    ["101 characters", { query: "x".repeat(101) }, "Keep the search to 100 characters."],
    ["a line break", { query: "a\nb" }, "The search cannot contain tabs, line breaks or other control characters."],
  ])("refuses a query that is %s with a clear sentence", (_label, input, message) => {
    expect(messageOf(input)).toBe(message);
  });

  it("refuses other fields", () => {
    expect(searchInput.safeParse({ query: "a", limit: 5 }).success).toBe(false);
  });
});

describe("groupByStartDate", () => {
  const at = (iso: string) => ({ startAt: new Date(iso) });

  it("groups by the date in the zone, not in UTC", () => {
    // 23:30 UTC on the 1st is already the 2nd in Seoul.
    expect(localDateIn(new Date("2026-12-01T23:30:00Z"), "Asia/Seoul")).toBe("2026-12-02");
    expect(localDateIn(new Date("2026-12-01T23:30:00Z"), "America/New_York")).toBe("2026-12-01");
  });

  it("keeps the groups in the order the items come and sorts each day by start", () => {
    const items = [at("2026-12-05T15:00:00Z"), at("2026-12-05T09:00:00Z"), at("2026-12-01T10:00:00Z")];
    const groups = groupByStartDate(items, "UTC");
    expect(groups.map((group) => group.date)).toEqual(["2026-12-05", "2026-12-01"]);
    expect(groups[0]!.items.map((item) => item.startAt.toISOString())).toEqual(["2026-12-05T09:00:00.000Z", "2026-12-05T15:00:00.000Z"]);
  });

  it("has no groups for no items", () => {
    expect(groupByStartDate([], "UTC")).toEqual([]);
  });
});
