import { describe, expect } from "vitest";
import { restoreTodoInputOf } from "@planner/domain";
import { apiTest, openSharedDb } from "./fixture";
import { codeOf } from "./helpers";

// A todo's details: due date and time in the owner's zone, priority,
// reminders, labels, one level of subtasks, and delete / undo with them.

const it = apiTest;
it.beforeAll(openSharedDb);

const MISSING = "01a1fd73-7f0b-7583-b1b8-dca8ca9a0150";

/** The tRPC error's message (the specific sentence the client shows). */
async function messageOf(call: () => Promise<unknown>): Promise<string> {
  try {
    await call();
    return "OK";
  } catch (error) {
    return (error as Error).message;
  }
}

describe("due dates, times and reminders", () => {
  it("read a time in the owner's zone, keep it when the date moves, and clear time and reminders with the date", async ({ db, owner, callerAt }) => {
    await db.users.setTimeZone(owner.id, "America/New_York");
    const caller = callerAt(owner);
    const todo = await caller.todo.create({ contents: "call", dueOn: "2026-11-24", dueTime: "15:30" });
    // 15:30 in New York in November is 20:30 UTC; no reminders given: the owner's defaults (a day and 10 minutes before).
    expect(todo).toMatchObject({ dueOn: "2026-11-24", dueAt: new Date("2026-11-24T20:30:00Z"), reminderMinutes: [1440, 10] });

    const moved = await caller.todo.update({ id: todo.id, dueOn: "2026-11-25" });
    expect(moved).toMatchObject({ dueOn: "2026-11-25", dueAt: new Date("2026-11-25T20:30:00Z") });
    expect(await caller.todo.update({ id: todo.id, reminderMinutes: [30] })).toMatchObject({ reminderMinutes: [30] });
    const untimed = await caller.todo.update({ id: todo.id, dueTime: null });
    expect(untimed).toMatchObject({ dueOn: "2026-11-25", dueAt: null, reminderMinutes: [] });
    expect(await caller.todo.update({ id: todo.id, dueTime: "09:00", reminderMinutes: [0] })).toMatchObject({ dueAt: new Date("2026-11-25T14:00:00Z"), reminderMinutes: [0] });
    expect(await caller.todo.update({ id: todo.id, dueOn: null })).toMatchObject({ dueOn: null, dueAt: null, reminderMinutes: [] });
  });

  it("refuse a time without a date and reminders without a time, with the field named, changing nothing", async ({ db, owner, callerAt }) => {
    const caller = callerAt(owner);
    expect(await codeOf(() => caller.todo.create({ contents: "x", dueTime: "10:00" }))).toBe("BAD_REQUEST");
    expect(await codeOf(() => caller.todo.create({ contents: "x", dueOn: "2026-11-24", reminderMinutes: [10] }))).toBe("BAD_REQUEST");
    expect(await codeOf(() => caller.todo.create({ contents: "x", dueOn: "2026-02-30" }))).toBe("BAD_REQUEST");
    expect(await codeOf(() => caller.todo.create({ contents: "x", dueOn: "2026-11-24", dueTime: "24:00" }))).toBe("BAD_REQUEST");
    expect(await codeOf(() => caller.todo.create({ contents: "x", priority: 5 }))).toBe("BAD_REQUEST");
    expect(await db.prisma.todo.count()).toBe(0);

    const dateless = await caller.todo.create({ contents: "dateless" });
    expect(await messageOf(() => caller.todo.update({ id: dateless.id, dueTime: "10:00" }))).toBe("Choose a date for the time (dueOn).");
    const dated = await caller.todo.create({ contents: "dated", dueOn: "2026-11-24" });
    expect(await messageOf(() => caller.todo.update({ id: dated.id, reminderMinutes: [10] }))).toBe("Reminders need a due time (dueTime).");
    expect(await db.prisma.todo.findUniqueOrThrow({ where: { id: dated.id } })).toMatchObject({ dueAt: null, reminderMinutes: [] });
  });

  it("set priority and labels, replace labels, and refuse another person's label like a missing one", async ({ owner, stranger, callerAt }) => {
    const caller = callerAt(owner);
    const phone = await caller.todo.label.create({ name: "phone" });
    const errand = await caller.todo.label.create({ name: "Errand", color: "orange" });
    const theirs = await callerAt(stranger).todo.label.create({ name: "theirs" });
    const todo = await caller.todo.create({ contents: "x", priority: 1, labelIds: [phone.id, errand.id, phone.id] });
    expect(todo.labels.map((label) => label.name)).toEqual(["Errand", "phone"]);
    expect((await caller.todo.update({ id: todo.id, labelIds: [phone.id], priority: 3 })).labels.map((label) => label.name)).toEqual(["phone"]);
    for (const labelIds of [[theirs.id], [MISSING]]) {
      expect(await codeOf(() => caller.todo.create({ contents: "y", labelIds }))).toBe("NOT_FOUND");
      expect(await codeOf(() => caller.todo.update({ id: todo.id, labelIds }))).toBe("NOT_FOUND");
    }
    expect((await caller.todo.list()).items).toMatchObject([{ contents: "x", priority: 3, labels: [{ name: "phone" }] }]);
  });
});

describe("projects of a todo", () => {
  it("answer an unknown project id and another person's alike: NOT_FOUND, nothing created", async ({ db, owner, stranger, callerAt }) => {
    const theirs = await callerAt(stranger).todo.project.create({ name: "Theirs" });
    const caller = callerAt(owner);
    const codes = [await codeOf(() => caller.todo.create({ contents: "x", projectId: theirs.id })), await codeOf(() => caller.todo.create({ contents: "x", projectId: MISSING }))];
    expect(codes).toEqual(["NOT_FOUND", "NOT_FOUND"]);
    expect(await messageOf(() => caller.todo.create({ contents: "x", projectId: theirs.id }))).toBe(await messageOf(() => caller.todo.create({ contents: "x", projectId: MISSING })));
    expect(await db.prisma.todo.count({ where: { ownerId: owner.id } })).toBe(0);
  });

  it("moves a todo's subtasks with it to another project, and to the Inbox", async ({ owner, callerAt }) => {
    const caller = callerAt(owner);
    const home = await caller.todo.project.create({ name: "Home" });
    const work = await caller.todo.project.create({ name: "Work" });
    const parent = await caller.todo.create({ contents: "parent", projectId: home.id });
    const child = await caller.todo.create({ contents: "child", parentId: parent.id });
    expect(child.project?.id).toBe(home.id);
    await caller.todo.update({ id: parent.id, projectId: work.id });
    expect((await caller.todo.list({ view: "project", projectId: work.id })).items[0]?.subtasks.map((subtask) => subtask.project?.id)).toEqual([work.id]);
    await caller.todo.update({ id: parent.id, projectId: null });
    expect((await caller.todo.list({ view: "inbox" })).items[0]?.subtasks.map((subtask) => subtask.project)).toEqual([null]);
  });
});

describe("subtasks", () => {
  it("go one level deep: a subtask of a subtask, or a parent made a subtask, is a BAD_REQUEST with a specific message", async ({ db, owner, callerAt }) => {
    const caller = callerAt(owner);
    const parent = await caller.todo.create({ contents: "parent" });
    const child = await caller.todo.create({ contents: "child", parentId: parent.id });
    const other = await caller.todo.create({ contents: "other" });

    expect(await codeOf(() => caller.todo.create({ contents: "grandchild", parentId: child.id }))).toBe("BAD_REQUEST");
    expect(await messageOf(() => caller.todo.create({ contents: "grandchild", parentId: child.id }))).toBe(
      "A subtask cannot have subtasks of its own: choose a top-level todo as the parent.",
    );
    expect(await messageOf(() => caller.todo.update({ id: parent.id, parentId: other.id }))).toBe("A todo that has subtasks cannot become a subtask.");
    expect(await messageOf(() => caller.todo.update({ id: other.id, parentId: other.id }))).toBe("A todo cannot be its own subtask.");
    expect(await codeOf(() => caller.todo.create({ contents: "orphan", parentId: MISSING }))).toBe("NOT_FOUND");
    expect(await db.prisma.todo.count()).toBe(3);

    // A top-level todo may become a subtask, and a subtask top-level again.
    expect((await caller.todo.update({ id: other.id, parentId: parent.id })).parent).toEqual({ id: parent.id, contents: "parent" });
    expect((await caller.todo.update({ id: other.id, parentId: null })).parent).toBeNull();
  });

  it("stay in their parent's project: another project for a new subtask is refused; for an existing one it becomes top-level there", async ({ owner, callerAt }) => {
    const caller = callerAt(owner);
    const home = await caller.todo.project.create({ name: "Home" });
    const work = await caller.todo.project.create({ name: "Work" });
    const parent = await caller.todo.create({ contents: "parent", projectId: home.id });
    expect(await messageOf(() => caller.todo.create({ contents: "child", parentId: parent.id, projectId: work.id }))).toBe(
      "A subtask is in its parent's project: move the parent, or make the subtask a top-level todo.",
    );
    const child = await caller.todo.create({ contents: "child", parentId: parent.id });
    expect(await caller.todo.update({ id: child.id, projectId: work.id })).toMatchObject({ parent: null, project: { id: work.id } });
  });

  it("are deleted with their parent by default and come back with the undo, fields and labels too", async ({ db, owner, callerAt }) => {
    const caller = callerAt(owner);
    const project = await caller.todo.project.create({ name: "Trip" });
    const label = await caller.todo.label.create({ name: "pack" });
    const parent = await caller.todo.create({ contents: "pack", projectId: project.id, dueOn: "2026-11-30", dueTime: "08:00", priority: 1, labelIds: [label.id], reminderMinutes: [60] });
    const sock = await caller.todo.create({ contents: "socks", parentId: parent.id, labelIds: [label.id] });
    await caller.todo.create({ contents: "shirts", parentId: parent.id });
    await caller.todo.toggle({ id: sock.id });
    const before = (await caller.todo.list({ view: "project", projectId: project.id })).items;

    const deleted = await caller.todo.delete({ id: parent.id });
    expect(deleted.subtasks.map((subtask) => subtask.contents)).toEqual(["shirts", "socks"]);
    expect(await db.prisma.todo.count({ where: { ownerId: owner.id } })).toBe(0);

    const restored = await caller.todo.restore(restoreTodoInputOf(deleted));
    expect(restored).toMatchObject({ id: parent.id, dueAt: parent.dueAt, priority: 1, reminderMinutes: [60], labels: [{ id: label.id }], project: { id: project.id } });
    const after = (await caller.todo.list({ view: "project", projectId: project.id })).items;
    const comparable = (items: typeof before) => items.map(({ updatedAt: _updatedAt, subtasks, ...item }) => ({ ...item, subtasks: subtasks.map(({ updatedAt: _u, ...subtask }) => subtask) }));
    expect(comparable(after)).toEqual(comparable(before));
    expect(await codeOf(() => caller.todo.restore(restoreTodoInputOf(deleted)))).toBe("CONFLICT");
  });

  it("are kept as top-level todos when the dialog says keep, and the undo makes them subtasks again", async ({ db, owner, callerAt }) => {
    const caller = callerAt(owner);
    const parent = await caller.todo.create({ contents: "parent" });
    const child = await caller.todo.create({ contents: "child", parentId: parent.id });
    const deleted = await caller.todo.delete({ id: parent.id, subtasks: "keep" });
    expect(deleted.subtasks).toEqual([]);
    expect(await db.prisma.todo.findUniqueOrThrow({ where: { id: child.id } })).toMatchObject({ parentId: null });
    expect((await caller.todo.list()).items.map((item) => item.contents)).toEqual(["child"]);

    await caller.todo.restore(restoreTodoInputOf(deleted, [child.id]));
    const items = (await caller.todo.list()).items;
    expect(items.map((item) => [item.contents, item.subtasks.map((subtask) => subtask.contents)])).toEqual([["parent", ["child"]]]);
  });

  it("come back without what was deleted meanwhile: the project (Inbox), a label, the parent (top-level)", async ({ owner, callerAt }) => {
    const caller = callerAt(owner);
    const project = await caller.todo.project.create({ name: "Gone" });
    const label = await caller.todo.label.create({ name: "gone" });
    const parent = await caller.todo.create({ contents: "parent", projectId: project.id });
    const child = await caller.todo.create({ contents: "child", parentId: parent.id, labelIds: [label.id] });
    const deletedChild = await caller.todo.delete({ id: child.id });
    await caller.todo.label.delete({ id: label.id });
    await caller.todo.delete({ id: parent.id });
    await caller.todo.project.delete({ id: project.id, todos: "move" });
    expect(await caller.todo.restore(restoreTodoInputOf(deletedChild))).toMatchObject({ parent: null, project: null, labels: [] });
  });
});
