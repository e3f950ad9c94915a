import { describe, expect, it } from "vitest";
import { todaySections, upcomingSections } from "./day-groups";

const due = (id: string, dueOn: string, overdue = false) => ({ id, dueOn, overdue });

describe("todaySections", () => {
  it("puts the overdue ones first, in their order", () => {
    const items = [due("a", "2026-12-01", true), due("b", "2026-12-06"), due("c", "2026-12-05", true)];
    expect(todaySections(items)).toEqual({ overdue: [items[0], items[2]], today: [items[1]] });
  });
});

describe("upcomingSections", () => {
  const today = "2026-12-06";
  it("one section per day with todos, quiet runs in between, fourteen days once all is loaded", () => {
    const items = [due("a", "2026-12-06"), due("b", "2026-12-06"), due("c", "2026-12-09")];
    expect(upcomingSections(items, today, true)).toEqual([
      { kind: "day", date: "2026-12-06", items: [items[0], items[1]] },
      { kind: "quiet", from: "2026-12-07", to: "2026-12-08" },
      { kind: "day", date: "2026-12-09", items: [items[2]] },
      { kind: "quiet", from: "2026-12-10", to: "2026-12-19" },
    ]);
  });

  it("ends at the last loaded day while more pages may follow", () => {
    const items = [due("a", "2026-12-07")];
    expect(upcomingSections(items, today, false)).toEqual([
      { kind: "quiet", from: "2026-12-06", to: "2026-12-06" },
      { kind: "day", date: "2026-12-07", items },
    ]);
    expect(upcomingSections([], today, false)).toEqual([]);
  });

  it("crosses months and years", () => {
    const sections = upcomingSections([due("a", "2027-01-02")], "2026-12-28", true);
    expect(sections.map((section) => (section.kind === "day" ? section.date : `${section.from}..${section.to}`))).toEqual([
      "2026-12-28..2027-01-01",
      "2027-01-02",
      "2027-01-03..2027-01-10",
    ]);
  });
});
