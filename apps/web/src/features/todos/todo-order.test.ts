import { describe, expect, it } from "vitest";
import { compareTodos, planMove, planStep, reorderGroupOf, type Orderable } from "./todo-order";

function todo(id: string, position: string, due: Partial<Pick<Orderable, "dueOn" | "dueAt" | "priority">> = {}): Orderable {
  return { id, position, dueOn: null, dueAt: null, priority: 4, ...due };
}

describe("the view order", () => {
  it("sorts by due date (none last), a date alone before a time, then priority, then manual order", () => {
    const items = [
      todo("none-p1", "a0", { priority: 1 }),
      todo("none-p4", "a1"),
      todo("d2-time", "a2", { dueOn: "2026-12-07", dueAt: new Date("2026-12-07T06:00:00Z") }),
      todo("d2-day-p4", "a3", { dueOn: "2026-12-07" }),
      todo("d2-day-p2", "a4", { dueOn: "2026-12-07", priority: 2 }),
      todo("d1", "a5", { dueOn: "2026-12-06" }),
      todo("none-p4-first", "Zz"),
    ];
    expect([...items].sort(compareTodos).map((item) => item.id)).toEqual(["d1", "d2-day-p2", "d2-day-p4", "d2-time", "none-p1", "none-p4-first", "none-p4"]);
  });

  it("groups by due date, time and priority", () => {
    expect(reorderGroupOf(todo("a", "a0"))).toBe(reorderGroupOf(todo("b", "a1")));
    expect(reorderGroupOf(todo("a", "a0"))).not.toBe(reorderGroupOf(todo("b", "a1", { priority: 1 })));
    expect(reorderGroupOf(todo("a", "a0", { dueOn: "2026-12-07" }))).not.toBe(reorderGroupOf(todo("b", "a1", { dueOn: "2026-12-08" })));
  });
});

describe("planMove", () => {
  const inbox = [todo("a", "a0"), todo("b", "a1"), todo("c", "a2"), todo("d", "a3")];

  it("moves down: after the todo it now follows, with a key between its new neighbours", () => {
    const plan = planMove(inbox, "a", "c");
    expect(plan.ok && plan.order.map((item) => item.id)).toEqual(["b", "c", "a", "d"]);
    expect(plan.ok && plan.neighbour).toEqual({ afterId: "c" });
    if (!plan.ok) throw new Error("refused");
    expect(plan.moved.position > "a2" && plan.moved.position < "a3").toBe(true);
    expect([...plan.order].sort(compareTodos).map((item) => item.id)).toEqual(["b", "c", "a", "d"]);
  });

  it("moves to the top: before the todo it now precedes", () => {
    const plan = planMove(inbox, "c", "a");
    expect(plan.ok && plan.order.map((item) => item.id)).toEqual(["c", "a", "b", "d"]);
    expect(plan.ok && plan.neighbour).toEqual({ beforeId: "a" });
    expect(plan.ok && plan.moved.position < "a0").toBe(true);
  });

  it("names a neighbour of the same group only, at a group's first place", () => {
    const items = [todo("p1", "a0", { priority: 1 }), todo("x", "a5"), todo("y", "a6")];
    const plan = planMove(items, "y", "x");
    expect(plan.ok && plan.neighbour).toEqual({ beforeId: "x" });
    expect(plan.ok && plan.moved.position < "a5").toBe(true);
  });

  it("refuses a move into another group, and a move onto itself", () => {
    const items = [todo("today", "a0", { dueOn: "2026-12-06" }), todo("tomorrow", "a1", { dueOn: "2026-12-07" })];
    expect(planMove(items, "today", "tomorrow")).toEqual({ ok: false, reason: "otherGroup" });
    expect(planMove(items, "today", "today")).toEqual({ ok: false, reason: "unchanged" });
    expect(planMove(items, "today", "gone")).toEqual({ ok: false, reason: "unchanged" });
  });

  it("keeps working when the keys it sees are equal (a concurrent move not yet reloaded)", () => {
    const plan = planMove([todo("a", "a0"), todo("b", "a0"), todo("c", "a0")], "a", "b");
    expect(plan.ok && plan.neighbour).toEqual({ afterId: "b" });
  });
});

describe("planStep (Alt+Arrow)", () => {
  const items = [todo("a", "a0"), todo("b", "a1"), todo("p1", "a2", { priority: 1, dueOn: "2026-12-09" })];
  it("moves one place up or down within the group", () => {
    const up = planStep(items, "b", -1);
    expect(up.ok && up.order.map((item) => item.id)).toEqual(["b", "a", "p1"]);
    expect(up.ok && up.neighbour).toEqual({ beforeId: "a" });
    const down = planStep(items, "a", 1);
    expect(down.ok && down.neighbour).toEqual({ afterId: "b" });
  });
  it("stops at the ends and at a group's edge", () => {
    expect(planStep(items, "a", -1)).toEqual({ ok: false, reason: "unchanged" });
    expect(planStep(items, "b", 1)).toEqual({ ok: false, reason: "otherGroup" });
  });
});
