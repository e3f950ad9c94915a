import { describe, expect } from "vitest";
import { apiTest, openSharedDb } from "./fixture";
import { callerFor, codeOf } from "./helpers";

const it = apiTest.extend("todoCount", ({ db }) => () => db.prisma.todo.count());
it.beforeAll(openSharedDb);

describe("todo.create", () => {
  it("creates a trimmed todo for its owner", async ({ db, owner, asOwner }) => {
    const todo = await asOwner().todo.create({ contents: "  Buy milk  " });
    expect(todo).toMatchObject({ contents: "Buy milk", done: false });
    expect((await db.prisma.todo.findUniqueOrThrow({ where: { id: todo.id } })).ownerId).toBe(owner.id);
  });

  it("lets an admin keep their own todos", async ({ db, admin }) => {
    await expect(callerFor(db, admin).todo.create({ contents: "Admin chores" })).resolves.toMatchObject({ contents: "Admin chores" });
  });

  it("accepts 256 characters and refuses empty or 257 with BAD_REQUEST, changing nothing", async ({ asOwner, todoCount }) => {
    await asOwner().todo.create({ contents: "x".repeat(256) });
    for (const contents of ["", "   ", "x".repeat(257)]) {
      expect(await codeOf(() => asOwner().todo.create({ contents }))).toBe("BAD_REQUEST");
    }
    expect(await todoCount()).toBe(1);
  });

  it("is FORBIDDEN for a subscriber", async ({ db, subscriber, todoCount }) => {
    expect(await codeOf(() => callerFor(db, subscriber).todo.create({ contents: "nope" }))).toBe("FORBIDDEN");
    expect(await todoCount()).toBe(0);
  });

  it("is UNAUTHORIZED for anonymous callers", async ({ db }) => {
    expect(await codeOf(() => callerFor(db, null).todo.create({ contents: "nope" }))).toBe("UNAUTHORIZED");
  });
});

describe("todo.list", () => {
  it("lists only the caller's todos, newest first, with counts", async ({ db, stranger, asOwner }) => {
    const first = await asOwner().todo.create({ contents: "first" });
    await asOwner().todo.create({ contents: "second" });
    await asOwner().todo.toggle({ id: first.id });
    await callerFor(db, stranger).todo.create({ contents: "not yours" });

    const page = await asOwner().todo.list({});
    expect(page.items.map((todo) => todo.contents)).toEqual(["second", "first"]);
    expect(page.counts).toEqual({ all: 2, open: 1, done: 1 });
    expect((await asOwner().todo.list({ filter: "open" })).items.map((t) => t.contents)).toEqual(["second"]);
    expect((await asOwner().todo.list({ filter: "done" })).items.map((t) => t.contents)).toEqual(["first"]);
  });

  it("pages with a cursor, stable while new todos are added", async ({ asOwner }) => {
    for (let index = 0; index < 7; index += 1) await asOwner().todo.create({ contents: `todo ${index}` });
    const first = await asOwner().todo.list({ limit: 3 });
    expect(first.items.map((t) => t.contents)).toEqual(["todo 6", "todo 5", "todo 4"]);
    await asOwner().todo.create({ contents: "added meanwhile" });
    const second = await asOwner().todo.list({ limit: 3, cursor: first.nextCursor });
    expect(second.items.map((t) => t.contents)).toEqual(["todo 3", "todo 2", "todo 1"]);
    const third = await asOwner().todo.list({ limit: 3, cursor: second.nextCursor });
    expect(third.items.map((t) => t.contents)).toEqual(["todo 0"]);
    expect(third.nextCursor).toBeNull();
  });

  it("answers a forged cursor with BAD_REQUEST", async ({ asOwner }) => {
    expect(await codeOf(() => asOwner().todo.list({ cursor: "not-a-cursor" }))).toBe("BAD_REQUEST");
  });

  it("shows a subscriber an empty list (read-only account)", async ({ db, subscriber, asOwner }) => {
    await asOwner().todo.create({ contents: "owner's" });
    expect(await callerFor(db, subscriber).todo.list({})).toMatchObject({ items: [], nextCursor: null, counts: { all: 0, open: 0, done: 0 } });
  });

  it("is UNAUTHORIZED for anonymous callers", async ({ db }) => {
    expect(await codeOf(() => callerFor(db, null).todo.list({}))).toBe("UNAUTHORIZED");
  });
});

describe("todo.update, toggle, delete and restore", () => {
  it("let the owner edit, toggle, delete and restore", async ({ asOwner, todoCount }) => {
    const todo = await asOwner().todo.create({ contents: "draft" });
    expect(await asOwner().todo.update({ id: todo.id, contents: " final " })).toMatchObject({ contents: "final" });
    expect(await asOwner().todo.toggle({ id: todo.id })).toMatchObject({ done: true });
    expect(await asOwner().todo.toggle({ id: todo.id })).toMatchObject({ done: false });
    await asOwner().todo.toggle({ id: todo.id });

    const deleted = await asOwner().todo.delete({ id: todo.id });
    expect(await todoCount()).toBe(0);
    const undo = { id: deleted.id, contents: deleted.contents, done: deleted.done, createdAt: deleted.createdAt };
    const restored = await asOwner().todo.restore(undo);
    expect(restored).toMatchObject({ id: todo.id, contents: "final", done: true, createdAt: todo.createdAt });
    expect(await codeOf(() => asOwner().todo.restore(undo))).toBe("CONFLICT");
  });

  it("two quick toggles end where they started", async ({ db, asOwner }) => {
    const todo = await asOwner().todo.create({ contents: "flip" });
    await Promise.all([asOwner().todo.toggle({ id: todo.id }), asOwner().todo.toggle({ id: todo.id })]);
    expect((await db.prisma.todo.findUniqueOrThrow({ where: { id: todo.id } })).done).toBe(false);
  });

  it("treat another user's todo as NOT_FOUND and leave it alone", async ({ db, stranger, admin, asOwner }) => {
    const todo = await asOwner().todo.create({ contents: "mine" });
    const asStranger = callerFor(db, stranger);
    expect(await codeOf(() => asStranger.todo.update({ id: todo.id, contents: "hijacked" }))).toBe("NOT_FOUND");
    expect(await codeOf(() => asStranger.todo.toggle({ id: todo.id }))).toBe("NOT_FOUND");
    expect(await codeOf(() => asStranger.todo.delete({ id: todo.id }))).toBe("NOT_FOUND");
    // Admins manage other people's todos through admin.*, not through their own list.
    expect(await codeOf(() => callerFor(db, admin).todo.delete({ id: todo.id }))).toBe("NOT_FOUND");
    expect(await db.prisma.todo.findUniqueOrThrow({ where: { id: todo.id } })).toMatchObject({ contents: "mine", done: false });
  });

  it("answer an unknown id with NOT_FOUND, exactly as for another user's", async ({ asOwner }) => {
    const missing = "01a1fd73-7f0b-7583-b1b8-dca8ca9a0150";
    expect(await codeOf(() => asOwner().todo.toggle({ id: missing }))).toBe("NOT_FOUND");
  });

  it("refuse empty and 257-character contents with BAD_REQUEST, changing nothing", async ({ db, asOwner }) => {
    const todo = await asOwner().todo.create({ contents: "keep me" });
    for (const contents of ["", "x".repeat(257)]) {
      expect(await codeOf(() => asOwner().todo.update({ id: todo.id, contents }))).toBe("BAD_REQUEST");
    }
    expect((await db.prisma.todo.findUniqueOrThrow({ where: { id: todo.id } })).contents).toBe("keep me");
  });

  it("are FORBIDDEN for a subscriber and UNAUTHORIZED for anonymous callers", async ({ db, subscriber, asOwner }) => {
    const todo = await asOwner().todo.create({ contents: "mine" });
    const restoreInput = { id: todo.id, contents: "x", done: false, createdAt: new Date() };
    for (const [caller, code] of [
      [callerFor(db, subscriber), "FORBIDDEN"],
      [callerFor(db, null), "UNAUTHORIZED"],
    ] as const) {
      expect(await codeOf(() => caller.todo.update({ id: todo.id, contents: "x" }))).toBe(code);
      expect(await codeOf(() => caller.todo.toggle({ id: todo.id }))).toBe(code);
      expect(await codeOf(() => caller.todo.delete({ id: todo.id }))).toBe(code);
      expect(await codeOf(() => caller.todo.restore(restoreInput))).toBe(code);
    }
    expect(await db.prisma.todo.findUniqueOrThrow({ where: { id: todo.id } })).toMatchObject({ contents: "mine", done: false });
  });
});

describe("admin.todos.list", () => {
  it("lists everyone's todos with the owner's username, filtered and paginated by cursor with a bounded total", async ({ db, owner, stranger, admin, asOwner }) => {
    await asOwner().todo.create({ contents: "owner open" });
    const done = await asOwner().todo.create({ contents: "owner done" });
    await asOwner().todo.toggle({ id: done.id });
    await callerFor(db, stranger).todo.create({ contents: "stranger open" });

    const all = await callerFor(db, admin).admin.todos.list({});
    expect(all.total).toEqual({ count: 3, capped: false });
    expect(all.nextCursor).toBeNull();
    expect(all.items.map((todo) => [todo.contents, todo.owner.username])).toEqual([
      ["stranger open", stranger.username],
      ["owner done", owner.username],
      ["owner open", owner.username],
    ]);

    const ownersOpen = await callerFor(db, admin).admin.todos.list({ ownerId: owner.id, done: false });
    expect(ownersOpen).toMatchObject({ total: { count: 1, capped: false }, items: [{ contents: "owner open" }] });

    const firstPage = await callerFor(db, admin).admin.todos.list({ limit: 1 });
    expect(firstPage).toMatchObject({ total: { count: 3, capped: false }, items: [{ contents: "stranger open" }] });
    const secondPage = await callerFor(db, admin).admin.todos.list({ limit: 1, cursor: firstPage.nextCursor });
    // Later pages carry no total: the first page's stands.
    expect(secondPage).toMatchObject({ total: null, items: [{ contents: "owner done" }] });
    const thirdPage = await callerFor(db, admin).admin.todos.list({ limit: 1, cursor: secondPage.nextCursor });
    expect(thirdPage).toMatchObject({ items: [{ contents: "owner open" }], nextCursor: null });
  });

  it("shows the new fields and filters by priority, project and due (by each owner's own today)", async ({ db, owner, stranger, admin, clock, callerAt }) => {
    // 23:30 on 21 November in Seoul is still the 21st in UTC (14:30); an hour later Seoul is on the 22nd.
    clock.set(new Date("2026-11-21T14:30:00Z"));
    await db.users.setTimeZone(owner.id, "Asia/Seoul");
    const asOwner = callerAt(owner);
    const work = await asOwner.todo.project.create({ name: "Work", color: "blue" });
    const label = await asOwner.todo.label.create({ name: "phone" });
    const parent = await asOwner.todo.create({ contents: "owner today P1", dueOn: "2026-11-21", priority: 1, projectId: work.id, labelIds: [label.id] });
    await asOwner.todo.create({ contents: "owner subtask", parentId: parent.id });
    await asOwner.todo.create({ contents: "owner tomorrow", dueOn: "2026-11-22" });
    await callerAt(stranger).todo.create({ contents: "stranger today", dueOn: "2026-11-21" });
    await callerAt(stranger).todo.create({ contents: "stranger overdue", dueOn: "2026-11-20", priority: 1 });
    const asAdmin = callerAt(admin);
    const names = async (input: Parameters<typeof asAdmin.admin.todos.list>[0]) => (await asAdmin.admin.todos.list(input)).items.map((item) => item.contents).sort();

    const all = await asAdmin.admin.todos.list({});
    expect(all.items.find((item) => item.contents === "owner subtask")).toMatchObject({ parent: { id: parent.id, contents: "owner today P1" }, project: { id: work.id, name: "Work", color: "blue" }, owner: { username: owner.username } });
    expect(all.items.find((item) => item.contents === "owner today P1")).toMatchObject({ dueOn: "2026-11-21", dueAt: null, priority: 1, labels: [{ id: label.id, name: "phone" }], overdue: false });
    expect(all.items.find((item) => item.contents === "stranger overdue")).toMatchObject({ overdue: true });
    expect(await names({ priority: 1 })).toEqual(["owner today P1", "stranger overdue"]);
    expect(await names({ projectId: work.id })).toEqual(["owner subtask", "owner today P1"]);
    expect(await names({ due: "today" })).toEqual(["owner today P1", "stranger today"]);
    expect(await names({ due: "overdue" })).toEqual(["stranger overdue"]);
    expect(await names({ due: "upcoming", ownerId: owner.id })).toEqual(["owner today P1", "owner tomorrow"]);
    expect(await names({ due: "none" })).toEqual(["owner subtask"]);
    expect((await asAdmin.admin.todos.list({ due: "today", limit: 1 })).total).toEqual({ count: 2, capped: false });

    clock.set(new Date("2026-11-21T15:30:00Z"));
    expect(await names({ due: "today" })).toEqual(["owner tomorrow", "stranger today"]);
    expect(await names({ due: "overdue" })).toEqual(["owner today P1", "stranger overdue"]);
    expect(await codeOf(() => asAdmin.admin.todos.list({ due: "someday" } as never))).toBe("BAD_REQUEST");
    expect(await codeOf(() => asAdmin.admin.todos.list({ priority: 0 }))).toBe("BAD_REQUEST");
  });

  it("counts no further than 1,000 and says the total is capped", async ({ db, owner, admin }) => {
    await db.prisma.$executeRaw`
      INSERT INTO todos (id, owner_id, contents, position, updated_at)
      SELECT gen_random_uuid(), ${owner.id}::uuid, 'todo ' || n, 'a0' || lpad(n::text, 4, '0') || 'V', now() FROM generate_series(1, 1001) AS n`;
    expect((await callerFor(db, admin).admin.todos.list({ limit: 1 })).total).toEqual({ count: 1000, capped: true });
    await db.prisma.todo.deleteMany({ where: { contents: "todo 1" } });
    expect((await callerFor(db, admin).admin.todos.list({ limit: 1 })).total).toEqual({ count: 1000, capped: false });
  });

  it("is FORBIDDEN for users and subscribers, UNAUTHORIZED for anonymous callers", async ({ db, owner, subscriber }) => {
    expect(await codeOf(() => callerFor(db, owner).admin.todos.list({}))).toBe("FORBIDDEN");
    expect(await codeOf(() => callerFor(db, subscriber).admin.todos.list({}))).toBe("FORBIDDEN");
    expect(await codeOf(() => callerFor(db, null).admin.todos.list({}))).toBe("UNAUTHORIZED");
  });

  it("refuses a page size over 100, an offset (pages go by cursor) and a forged cursor", async ({ db, admin }) => {
    expect(await codeOf(() => callerFor(db, admin).admin.todos.list({ limit: 101 }))).toBe("BAD_REQUEST");
    expect(await codeOf(() => callerFor(db, admin).admin.todos.list({ offset: 1 } as never))).toBe("BAD_REQUEST");
    expect(await codeOf(() => callerFor(db, admin).admin.todos.list({ cursor: "not-a-cursor" }))).toBe("BAD_REQUEST");
  });
});
