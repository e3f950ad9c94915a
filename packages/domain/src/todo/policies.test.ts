import { describe, expect, it } from "vitest";
import { ForbiddenError } from "../errors";
import { assertCanWriteOwnTodos, canWriteOwnTodos } from "./policies";
import { createTodoInput, listTodosInput, restoreTodoInput, updateTodoInput } from "./schemas";

describe("todo policies", () => {
  it("lets users and admins write, not subscribers", () => {
    expect(canWriteOwnTodos({ userId: "u", role: "USER" })).toBe(true);
    expect(canWriteOwnTodos({ userId: "a", role: "ADMIN" })).toBe(true);
    expect(canWriteOwnTodos({ userId: "s", role: "SUBSCRIBER" })).toBe(false);
    expect(() => assertCanWriteOwnTodos({ userId: "s", role: "SUBSCRIBER" })).toThrow(ForbiddenError);
  });
});

describe("todo schemas", () => {
  it("trims contents and takes 1 to 256 characters", () => {
    expect(createTodoInput.parse({ contents: "  milk  " })).toEqual({ contents: "milk" });
    expect(createTodoInput.safeParse({ contents: "x".repeat(256) }).success).toBe(true);
    expect(createTodoInput.safeParse({ contents: "x".repeat(257) }).error?.issues[0]?.message).toBe("Keep it to 256 characters.");
    expect(createTodoInput.safeParse({ contents: "   " }).error?.issues[0]?.message).toBe("Write what there is to do.");
  });

  it("defaults the list to all todos, 20 at a time", () => {
    expect(listTodosInput.parse(undefined)).toEqual({ view: "all", filter: "all", limit: 20 });
    expect(listTodosInput.parse({ filter: "done" })).toEqual({ view: "all", filter: "done", limit: 20 });
    expect(listTodosInput.safeParse({ limit: 1000 }).success).toBe(false);
    expect(listTodosInput.safeParse({ filter: "someday" }).success).toBe(false);
  });

  it("needs a real id to update or restore", () => {
    expect(updateTodoInput.safeParse({ id: "1 OR 1=1", contents: "x" }).success).toBe(false);
    expect(restoreTodoInput.safeParse({ id: "01a1fd73-7f0b-7583-b1b8-dca8ca9a0150", contents: "x", done: false, createdAt: "yesterday" }).success).toBe(false);
  });
});
