import { describe, expect, it } from "vitest";
import { ValidationError } from "../errors";
import { orderKeyAfter, orderKeyBefore, orderKeyBetween } from "./order-keys";
import { createProjectInput, deleteProjectInput, moveProjectInput } from "./projects";
import { assertSubtaskAllowed, subtaskProblem } from "./subtasks";
import { adminListTodosInput, createTodoInput, deleteTodoInput, listTodosInput, moveTodoInput, restoreTodoInput, restoreTodoInputOf, updateTodoInput } from "./schemas";

const ID = "01a1fd73-7f0b-7583-b1b8-dca8ca9a0150";
const OTHER = "01a1fd73-7f0b-7583-b1b8-dca8ca9a0151";

const firstMessage = (result: { error?: { issues: { message: string; path: PropertyKey[] }[] } }) => result.error && [result.error.issues[0]!.path.join("."), result.error.issues[0]!.message];

describe("todo inputs", () => {
  it("take a date, a time with it, a priority, labels once each and reminders only with a time", () => {
    expect(createTodoInput.parse({ contents: "call", dueOn: "2026-11-24", dueTime: "15:30", priority: 1, labelIds: [ID, ID, OTHER], reminderMinutes: [10, 1440] })).toEqual({
      contents: "call",
      dueOn: "2026-11-24",
      dueTime: "15:30",
      priority: 1,
      labelIds: [ID, OTHER],
      reminderMinutes: [1440, 10],
    });
    expect(firstMessage(createTodoInput.safeParse({ contents: "x", dueTime: "15:30" }))).toEqual(["dueTime", "Choose a date for the time (dueOn)."]);
    expect(firstMessage(createTodoInput.safeParse({ contents: "x", dueOn: "2026-11-24", reminderMinutes: [10] }))).toEqual(["reminderMinutes", "Reminders need a due time (dueTime)."]);
    expect(firstMessage(createTodoInput.safeParse({ contents: "x", dueOn: "2026-11-24", dueTime: "7:30" }))).toEqual(["dueTime", "Give the time as HH:mm, e.g. 15:30."]);
    expect(firstMessage(createTodoInput.safeParse({ contents: "x", priority: 0 }))).toEqual(["priority", "Choose a priority from 1 (highest) to 4."]);
    expect(createTodoInput.safeParse({ contents: "x", dueOn: "2026-13-01" }).success).toBe(false);
    expect(createTodoInput.safeParse({ contents: "x", reminderMinutes: [10, 10] }).success).toBe(false);
  });

  it("let an update clear fields with null but not give a time to a cleared date", () => {
    expect(updateTodoInput.parse({ id: ID, dueOn: null, projectId: null, parentId: null })).toEqual({ id: ID, dueOn: null, projectId: null, parentId: null });
    expect(updateTodoInput.safeParse({ id: ID, dueOn: null, dueTime: "10:00" }).success).toBe(false);
    expect(updateTodoInput.safeParse({ id: ID, dueTime: null, reminderMinutes: [5] }).success).toBe(false);
  });

  it("ask a project or label view for its id, and only there", () => {
    expect(listTodosInput.parse({ view: "project", projectId: ID })).toEqual({ view: "project", projectId: ID, filter: "all", limit: 20 });
    expect(firstMessage(listTodosInput.safeParse({ view: "label" }))).toEqual(["labelId", "Say which label (labelId)."]);
    expect(listTodosInput.safeParse({ view: "today", projectId: ID }).success).toBe(false);
  });

  it("move next to a todo, first or last, never next to itself and never nowhere", () => {
    expect(moveTodoInput.parse({ id: ID, afterId: null })).toEqual({ id: ID, afterId: null });
    expect(moveTodoInput.parse({ id: ID, beforeId: OTHER })).toEqual({ id: ID, beforeId: OTHER });
    expect(moveTodoInput.safeParse({ id: ID }).success).toBe(false);
    expect(moveTodoInput.safeParse({ id: ID, afterId: ID }).success).toBe(false);
    // Each is refused at its own field.
    expect(firstMessage(moveTodoInput.safeParse({ id: ID, beforeId: ID }))).toEqual(["beforeId", "Choose another todo to put it next to."]);
    expect(moveProjectInput.safeParse({ id: ID }).success).toBe(false);
  });

  it("delete subtasks with their todo unless told to keep them; a project's todos need a choice", () => {
    expect(deleteTodoInput.parse({ id: ID })).toEqual({ id: ID, subtasks: "delete" });
    expect(deleteTodoInput.safeParse({ id: ID, subtasks: "orphan" }).success).toBe(false);
    expect(deleteProjectInput.safeParse({ id: ID }).success).toBe(false);
    expect(deleteProjectInput.parse({ id: ID, todos: "move" })).toEqual({ id: ID, todos: "move" });
  });

  it("turn a deleted todo back into the undo's input, subtasks included", () => {
    const deleted = {
      id: ID,
      contents: "pack",
      done: false,
      createdAt: new Date("2026-11-20T10:00:00Z"),
      dueOn: "2026-11-30",
      dueAt: new Date("2026-11-30T08:00:00Z"),
      priority: 1,
      project: { id: OTHER },
      labels: [{ id: OTHER }],
      parent: null,
      position: "a0",
      reminderMinutes: [60],
      subtasks: [{ id: OTHER, contents: "socks", done: true, createdAt: new Date("2026-11-20T10:01:00Z"), dueOn: null, dueAt: null, priority: 4, project: { id: OTHER }, labels: [], parent: { id: ID }, position: "Zz", reminderMinutes: [] }],
    };
    const input = restoreTodoInput.parse(restoreTodoInputOf(deleted));
    expect(input).toMatchObject({ id: ID, projectId: OTHER, labelIds: [OTHER], parentId: null, position: "a0", keptSubtaskIds: [], subtasks: [{ id: OTHER, done: true, position: "Zz" }] });
    expect(restoreTodoInput.safeParse({ ...restoreTodoInputOf(deleted), position: "a\u0000" }).success).toBe(false);
    // Old clients' undo: the four fields it always sent.
    expect(restoreTodoInput.parse({ id: ID, contents: "x", done: false, createdAt: new Date() })).toMatchObject({ dueOn: null, priority: 4, labelIds: [], subtasks: [] });
    // A subtask that is the todo itself (the database's check would refuse it as a server error).
    const own = { id: ID, contents: "x", done: false, createdAt: new Date() };
    expect(firstMessage(restoreTodoInput.safeParse({ ...own, subtasks: [own] }))).toEqual(["subtasks", "Each todo in a restore needs an id of its own."]);
    expect(restoreTodoInput.safeParse({ ...own, subtasks: [{ ...own, id: OTHER }] }).success).toBe(true);
  });

  it("filter the admin list by priority, project and due", () => {
    expect(adminListTodosInput.parse({ priority: 2, projectId: ID, due: "overdue" })).toMatchObject({ priority: 2, projectId: ID, due: "overdue", limit: 20 });
    expect(adminListTodosInput.safeParse({ due: "later" }).success).toBe(false);
  });

  it("take project names of 1 to 64 characters and palette colours, grey by default", () => {
    expect(createProjectInput.parse({ name: " Work " })).toEqual({ name: "Work", color: "gray" });
    expect(createProjectInput.safeParse({ name: "x".repeat(65) }).success).toBe(false);
    expect(createProjectInput.safeParse({ name: "Work", color: "#ff0000" }).success).toBe(false);
  });
});

describe("subtask rules", () => {
  it("allow one level only", () => {
    expect(subtaskProblem({ id: "a", hasSubtasks: false }, { id: "b", parentId: null })).toBeNull();
    expect(subtaskProblem({ id: "a", hasSubtasks: false }, { id: "a", parentId: null })).toBe("ownParent");
    expect(subtaskProblem({ id: null, hasSubtasks: false }, { id: "b", parentId: "c" })).toBe("parentIsSubtask");
    expect(subtaskProblem({ id: "a", hasSubtasks: true }, { id: "b", parentId: null })).toBe("hasSubtasks");
    expect(() => assertSubtaskAllowed({ id: "a", hasSubtasks: true }, { id: "b", parentId: null })).toThrow(ValidationError);
  });
});

describe("order keys", () => {
  it("always find a key strictly between two others, before the first and after the last", () => {
    const first = orderKeyBefore(null);
    const before = orderKeyBefore(first);
    const after = orderKeyAfter(first);
    const between = orderKeyBetween(before, first);
    expect([before, between, first, after]).toEqual([before, between, first, after].sort());
    expect(new Set([before, between, first, after]).size).toBe(4);
    // A hundred inserts in the same gap still sort in order, byte by byte.
    let high = after;
    const keys = [first, after];
    for (let index = 0; index < 100; index += 1) keys.push((high = orderKeyBetween(first, high)));
    expect([...keys].sort()).toEqual([first, ...keys.slice(2).reverse(), after]);
  });
});
