import { describe, expect } from "vitest";
import { apiTest, openSharedDb } from "./fixture";

// Today, Upcoming and a label's view list subtasks as rows of their own, and a
// top-level todo there still carries its subtasks: deleting it from those views
// asks whether they go too, so the page must know that it has them.

const it = apiTest;
it.beforeAll(openSharedDb);

describe("subtasks in the views that do not nest them", () => {
  it("come with their parent in today, upcoming and label views, and are rows of their own there", async ({ owner, callerAt }) => {
    const caller = callerAt(owner);
    const label = await caller.todo.label.create({ name: "errand", color: "orange" });
    const { today } = await caller.todo.list({ view: "today" });
    const parent = await caller.todo.create({ contents: "move house", dueOn: today, labelIds: [label.id] });
    await caller.todo.create({ contents: "pack books", parentId: parent.id, dueOn: today });
    await caller.todo.create({ contents: "book a van", parentId: parent.id });

    for (const view of [{ view: "today" as const }, { view: "upcoming" as const }, { view: "label" as const, labelId: label.id }]) {
      const page = await caller.todo.list(view);
      const shown = page.items.map((item) => [item.contents, item.subtasks.map((subtask) => subtask.contents)]);
      expect(shown, view.view).toContainEqual(["move house", ["book a van", "pack books"]]);
    }
    const todayRows = (await caller.todo.list({ view: "today" })).items.map((item) => [item.contents, item.parent?.contents ?? null]);
    // Same day and priority: the manual order, where new todos go first.
    expect(todayRows).toEqual([
      ["pack books", "move house"],
      ["move house", null],
    ]);
  });
});
