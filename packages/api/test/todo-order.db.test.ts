import { describe, expect } from "vitest";
import { apiTest, openSharedDb } from "./fixture";
import { codeOf } from "./helpers";

// The manual order: one key per todo (fractional-indexing), one row written
// per move, taken under the owner's lock so concurrent moves never clash.

const it = apiTest;
it.beforeAll(openSharedDb);

const MISSING = "01a1fd73-7f0b-7583-b1b8-dca8ca9a0150";

async function namesInOrder(caller: { todo: { list: (input: { limit: number }) => Promise<{ items: { contents: string }[] }> } }) {
  return (await caller.todo.list({ limit: 100 })).items.map((item) => item.contents);
}

describe("todo.move", () => {
  it("puts a todo after or before another, first or last, writing only its own key", async ({ db, owner, callerAt }) => {
    const caller = callerAt(owner);
    const todoD = await caller.todo.create({ contents: "d" });
    const todoC = await caller.todo.create({ contents: "c" });
    const todoB = await caller.todo.create({ contents: "b" });
    const todoA = await caller.todo.create({ contents: "a" });
    expect(await namesInOrder(caller)).toEqual(["a", "b", "c", "d"]);
    const keysBefore = new Map((await db.prisma.todo.findMany({ select: { id: true, position: true } })).map((row) => [row.id, row.position]));

    const moved = await caller.todo.move({ id: todoA.id, afterId: todoC.id });
    expect(await namesInOrder(caller)).toEqual(["b", "c", "a", "d"]);
    expect(moved.position > todoC.position && moved.position < todoD.position).toBe(true);
    const keysAfter = await db.prisma.todo.findMany({ select: { id: true, position: true } });
    expect(keysAfter.filter((row) => keysBefore.get(row.id) !== row.position).map((row) => row.id)).toEqual([todoA.id]);

    await caller.todo.move({ id: todoD.id, beforeId: todoB.id });
    expect(await namesInOrder(caller)).toEqual(["d", "b", "c", "a"]);
    await caller.todo.move({ id: todoC.id, afterId: null });
    expect(await namesInOrder(caller)).toEqual(["c", "d", "b", "a"]);
    await caller.todo.move({ id: todoC.id, beforeId: null });
    expect(await namesInOrder(caller)).toEqual(["d", "b", "a", "c"]);
    // Next to itself is no place; a neighbour not the owner's is not found; nowhere is a bad request.
    expect(await codeOf(() => caller.todo.move({ id: todoB.id, afterId: todoB.id }))).toBe("BAD_REQUEST");
    expect(await codeOf(() => caller.todo.move({ id: todoB.id, afterId: MISSING }))).toBe("NOT_FOUND");
    expect(await codeOf(() => caller.todo.move({ id: todoB.id }))).toBe("BAD_REQUEST");
    expect(await codeOf(() => caller.todo.move({ id: MISSING, afterId: null }))).toBe("NOT_FOUND");
    expect(await namesInOrder(caller)).toEqual(["d", "b", "a", "c"]);
  });

  it("never puts a todo next to another person's todo, and reports it like a missing one", async ({ db, owner, stranger, callerAt }) => {
    const mine = await callerAt(owner).todo.create({ contents: "mine" });
    const theirs = await callerAt(stranger).todo.create({ contents: "theirs" });
    expect(await codeOf(() => callerAt(owner).todo.move({ id: mine.id, afterId: theirs.id }))).toBe("NOT_FOUND");
    expect(await codeOf(() => callerAt(stranger).todo.move({ id: mine.id, afterId: null }))).toBe("NOT_FOUND");
    expect((await db.prisma.todo.findUniqueOrThrow({ where: { id: mine.id } })).position).toBe(mine.position);
  });

  it("orders within a view by the same keys: a project's todos follow the moves", async ({ owner, callerAt }) => {
    const caller = callerAt(owner);
    const project = await caller.todo.project.create({ name: "Home" });
    const first = await caller.todo.create({ contents: "first", projectId: project.id });
    await caller.todo.create({ contents: "elsewhere" });
    const second = await caller.todo.create({ contents: "second", projectId: project.id });
    // The client sends its visible neighbour: "first", which is not next to "second" in the single order.
    await caller.todo.move({ id: second.id, afterId: first.id });
    const view = await caller.todo.list({ view: "project", projectId: project.id });
    expect(view.items.map((item) => item.contents)).toEqual(["first", "second"]);
  });
});

describe("concurrent writes to one owner's order", () => {
  it("two concurrent reorders give distinct keys and the order of one of the serial outcomes", async ({ db, owner, callerAt }) => {
    const caller = callerAt(owner);
    const todos: Record<string, { id: string }> = {};
    for (const name of ["e", "d", "c", "b", "a"]) todos[name] = await caller.todo.create({ contents: name });
    // Both put a todo right after "a": whichever goes second ends up right after "a".
    const moveD = () => caller.todo.move({ id: todos.d!.id, afterId: todos.a!.id });
    const moveE = () => caller.todo.move({ id: todos.e!.id, afterId: todos.a!.id });
    await Promise.all([moveD(), moveE()]);

    const rows = await db.prisma.todo.findMany({ where: { ownerId: owner.id }, select: { position: true } });
    expect(new Set(rows.map((row) => row.position)).size).toBe(5);
    const serialOutcomes = [
      ["a", "e", "d", "b", "c"], // d first, then e
      ["a", "d", "e", "b", "c"], // e first, then d
    ];
    expect(serialOutcomes).toContainEqual(await namesInOrder(caller));
  });

  it("concurrent creates and moves never produce equal keys", async ({ db, owner, callerAt }) => {
    const caller = callerAt(owner);
    const anchor = await caller.todo.create({ contents: "anchor" });
    const others = await Promise.all(Array.from({ length: 6 }, (_, index) => caller.todo.create({ contents: `new ${index}` })));
    await Promise.all(others.map((todo) => caller.todo.move({ id: todo.id, afterId: anchor.id })));
    const rows = await db.prisma.todo.findMany({ where: { ownerId: owner.id }, select: { position: true } });
    expect(rows).toHaveLength(7);
    expect(new Set(rows.map((row) => row.position)).size).toBe(7);
    expect((await namesInOrder(caller))[0]).toBe("anchor");
  });
});
