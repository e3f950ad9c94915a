import { describe, expect } from "vitest";
import { apiTest, openSharedDb } from "./fixture";
import { codeOf } from "./helpers";

// Projects (named, coloured lists in the owner's sidebar order) and labels.

const it = apiTest;
it.beforeAll(openSharedDb);

describe("todo.project", () => {
  it("creates projects last in the sidebar, renames, recolours and moves them", async ({ owner, callerAt }) => {
    const caller = callerAt(owner);
    const work = await caller.todo.project.create({ name: " Work ", color: "blue" });
    const home = await caller.todo.project.create({ name: "Home" });
    const trip = await caller.todo.project.create({ name: "Trip", color: "teal" });
    expect(work).toMatchObject({ name: "Work", color: "blue" });
    expect(home.color).toBe("gray");
    const names = async () => (await caller.todo.project.list()).map((project) => project.name);
    expect(await names()).toEqual(["Work", "Home", "Trip"]);
    await caller.todo.project.move({ id: trip.id, afterId: null });
    expect(await names()).toEqual(["Trip", "Work", "Home"]);
    await caller.todo.project.move({ id: trip.id, beforeId: home.id });
    expect(await names()).toEqual(["Work", "Trip", "Home"]);
    await caller.todo.project.move({ id: work.id, beforeId: null });
    expect(await names()).toEqual(["Trip", "Home", "Work"]);
    expect(await caller.todo.project.update({ id: home.id, name: "House", color: "red" })).toMatchObject({ name: "House", color: "red" });
  });

  it("keeps names unique per owner whatever their case (CONFLICT), but not across owners", async ({ db, owner, stranger, callerAt }) => {
    const caller = callerAt(owner);
    const work = await caller.todo.project.create({ name: "Work" });
    const home = await caller.todo.project.create({ name: "Home" });
    expect(await codeOf(() => caller.todo.project.create({ name: "WORK" }))).toBe("CONFLICT");
    expect(await codeOf(() => caller.todo.project.update({ id: home.id, name: "work" }))).toBe("CONFLICT");
    await expect(callerAt(stranger).todo.project.create({ name: "Work" })).resolves.toMatchObject({ name: "Work" });
    // Renaming to the same name in another case is no clash with itself.
    await expect(caller.todo.project.update({ id: work.id, name: "WORK" })).resolves.toMatchObject({ name: "WORK" });
    expect(await db.prisma.project.count({ where: { ownerId: owner.id } })).toBe(2);
  });

  it("refuses bad names and colours with BAD_REQUEST", async ({ db, owner, callerAt }) => {
    const caller = callerAt(owner);
    for (const input of [{ name: "" }, { name: "   " }, { name: "x".repeat(65) }, { name: "tab\there" }, { name: "ok", color: "mauve" }]) {
      expect(await codeOf(() => caller.todo.project.create(input as never)), JSON.stringify(input)).toBe("BAD_REQUEST");
    }
    expect(await db.prisma.project.count()).toBe(0);
  });

  it("deletes a project moving its todos to the Inbox, or deleting them with their subtasks, as the dialog said", async ({ db, owner, callerAt }) => {
    const caller = callerAt(owner);
    const keep = await caller.todo.project.create({ name: "Keep" });
    const drop = await caller.todo.project.create({ name: "Drop" });
    const kept = await caller.todo.create({ contents: "kept", projectId: keep.id });
    await caller.todo.create({ contents: "kept child", parentId: kept.id });
    const dropped = await caller.todo.create({ contents: "dropped", projectId: drop.id });
    await caller.todo.create({ contents: "dropped child", parentId: dropped.id });
    await caller.todo.create({ contents: "inbox" });

    expect(await caller.todo.project.delete({ id: keep.id, todos: "move" })).toMatchObject({ name: "Keep", todoCount: 2 });
    expect((await caller.todo.list({ view: "inbox" })).items.map((item) => [item.contents, item.subtasks.map((subtask) => subtask.contents)])).toEqual([
      ["inbox", []],
      ["kept", ["kept child"]],
    ]);
    expect(await caller.todo.project.delete({ id: drop.id, todos: "delete" })).toMatchObject({ name: "Drop", todoCount: 2 });
    expect((await db.prisma.todo.findMany({ where: { ownerId: owner.id }, orderBy: { position: "asc" } })).map((todo) => todo.contents)).toEqual(["inbox", "kept child", "kept"]);
    expect(await caller.todo.project.list()).toEqual([]);
    expect(await codeOf(() => caller.todo.project.delete({ id: keep.id, todos: "move" }))).toBe("NOT_FOUND");
    expect(await codeOf(() => caller.todo.project.delete({ id: keep.id } as never))).toBe("BAD_REQUEST");
  });

  it("treats another person's project as NOT_FOUND and leaves it alone", async ({ db, owner, stranger, admin, callerAt }) => {
    const theirs = await callerAt(stranger).todo.project.create({ name: "Theirs" });
    const mine = await callerAt(owner).todo.project.create({ name: "Mine" });
    for (const caller of [callerAt(owner), callerAt(admin)]) {
      expect(await codeOf(() => caller.todo.project.update({ id: theirs.id, name: "x" }))).toBe("NOT_FOUND");
      expect(await codeOf(() => caller.todo.project.move({ id: theirs.id, afterId: null }))).toBe("NOT_FOUND");
      expect(await codeOf(() => caller.todo.project.delete({ id: theirs.id, todos: "delete" }))).toBe("NOT_FOUND");
    }
    expect(await codeOf(() => callerAt(owner).todo.project.move({ id: mine.id, afterId: theirs.id }))).toBe("NOT_FOUND");
    expect(await db.prisma.project.findUniqueOrThrow({ where: { id: theirs.id } })).toMatchObject({ name: "Theirs" });
  });

  it("lets a subscriber list (none) but not write", async ({ subscriber, callerAt }) => {
    expect(await callerAt(subscriber).todo.project.list()).toEqual([]);
    expect(await codeOf(() => callerAt(subscriber).todo.project.create({ name: "x" }))).toBe("FORBIDDEN");
  });
});

describe("todo.label", () => {
  it("creates, lists by name, renames and deletes labels; a deleted label leaves its todos", async ({ db, owner, callerAt }) => {
    const caller = callerAt(owner);
    const phone = await caller.todo.label.create({ name: "phone", color: "green" });
    await caller.todo.label.create({ name: "Errand" });
    expect((await caller.todo.label.list()).map((label) => label.name)).toEqual(["Errand", "phone"]);
    expect(await codeOf(() => caller.todo.label.create({ name: "PHONE" }))).toBe("CONFLICT");
    expect(await codeOf(() => caller.todo.label.create({ name: "x".repeat(33) }))).toBe("BAD_REQUEST");
    expect(await caller.todo.label.update({ id: phone.id, name: "calls" })).toMatchObject({ name: "calls", color: "green" });
    const todo = await caller.todo.create({ contents: "ring", labelIds: [phone.id] });
    expect(await caller.todo.label.delete({ id: phone.id })).toMatchObject({ name: "calls" });
    expect(await db.prisma.todo.findUniqueOrThrow({ where: { id: todo.id }, include: { labels: true } })).toMatchObject({ contents: "ring", labels: [] });
    expect(await codeOf(() => caller.todo.label.delete({ id: phone.id }))).toBe("NOT_FOUND");
  });

  it("treats another person's label as NOT_FOUND", async ({ owner, stranger, callerAt }) => {
    const theirs = await callerAt(stranger).todo.label.create({ name: "theirs" });
    expect(await codeOf(() => callerAt(owner).todo.label.update({ id: theirs.id, name: "mine" }))).toBe("NOT_FOUND");
    expect(await codeOf(() => callerAt(owner).todo.label.delete({ id: theirs.id }))).toBe("NOT_FOUND");
    expect(await callerAt(owner).todo.label.list()).toEqual([]);
  });
});
