import { describe, expect } from "vitest";
import { orderKeyAfter } from "@planner/domain";
import type { TestDatabase } from "@planner/db/testing";
import { newIdForTests } from "./ids";
import { apiTest, openSharedDb } from "./fixture";
import { callerFor, createAccount } from "./helpers";

// admin.todos.list must fetch owners with a join (or one batched query), not
// one query per owner: the statement count must not grow with the users shown.

const statements: string[] = [];

const it = apiTest.extend("databaseOptions", { scope: "file" }, { onQuery: (sql: string) => void statements.push(sql) });
it.beforeAll(openSharedDb);

async function seedUsers(db: TestDatabase, count: number, todosEach: number) {
  for (let index = 0; index < count; index += 1) {
    const user = await createAccount(db, "USER");
    let position: string | null = null;
    await db.prisma.todo.createMany({
      data: Array.from({ length: todosEach }, (_, n) => ({ id: newIdForTests(), ownerId: user.id, contents: `todo ${n}`, position: (position = orderKeyAfter(position)) })),
    });
  }
}

async function statementsFor(call: () => Promise<unknown>): Promise<number> {
  statements.length = 0;
  await call();
  return statements.length;
}

describe("admin.todos.list query count", () => {
  it("stays the same for 1 user and for 10 users with 50 todos each", async ({ db, admin }) => {
    await seedUsers(db, 1, 50);
    const oneUser = await statementsFor(() => callerFor(db, admin).admin.todos.list({ limit: 100 }));

    await seedUsers(db, 9, 50);
    const page = await callerFor(db, admin).admin.todos.list({ limit: 100 });
    expect(page.total).toEqual({ count: 500, capped: false });
    expect(new Set(page.items.map((todo) => todo.owner.username)).size).toBeGreaterThan(1);
    const tenUsers = await statementsFor(() => callerFor(db, admin).admin.todos.list({ limit: 100 }));

    console.info(`admin.todos.list: ${oneUser} SQL statements for 1 user, ${tenUsers} for 10 users × 50 todos:\n${statements.join("\n")}`);
    expect(tenUsers).toBe(oneUser);
    // session check + page + owners + count (+ transaction framing); never one per owner
    expect(tenUsers).toBeLessThanOrEqual(6);
  });
});

describe("admin.users.list query count", () => {
  it("stays the same however many users the page shows (their counts come in one statement per table)", async ({ db, admin }) => {
    await seedUsers(db, 1, 50);
    const oneUser = await statementsFor(() => callerFor(db, admin).admin.users.list({ limit: 100 }));
    await seedUsers(db, 9, 50);
    const page = await callerFor(db, admin).admin.users.list({ limit: 100 });
    expect(page.items.length).toBeGreaterThan(5);
    expect(page.items.filter((user) => user.todoCount === 50)).toHaveLength(10);
    const manyUsers = await statementsFor(() => callerFor(db, admin).admin.users.list({ limit: 100 }));
    expect(manyUsers).toBe(oneUser);
  });
});
