import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { deferred, fakeOptimisticCache } from "~/test-support/fakes";
import { UNREACHABLE, networkFailure, serverRefusal } from "~/test-support/server-answers";
import {
  handleTodoAddSubmit,
  handleTodoDelete,
  handleTodoEditCommit,
  handleTodoFilterSelect,
  handleTodoToggle,
  handleTodoUndo,
  type TodoApi,
  type TodoEffects,
} from "./events";
import { applyTodoChange, isPendingTodo, pendingTodo, type TodoListData } from "./todo-cache";
import type { Todo } from "./types";

function todo(contents: string, minutesAgo: number, done = false): Todo {
  const at = new Date(Date.now() - minutesAgo * 60_000);
  return { ...pendingTodo(contents), id: randomUUID(), done, createdAt: at, updatedAt: at };
}

const older = todo("Water the plants", 10);
const newer = todo("Buy milk", 5);
const finished = todo("File taxes", 20, true);

/** The "all" list as loaded: newest first, with the counts of every filter. */
function loadedList(): TodoListData {
  return { pages: [{ items: [newer, older, finished], counts: { all: 3, open: 2, done: 1 }, nextCursor: null, today: "2026-11-21" }], pageParams: [null] };
}

function setUp(api: Partial<TodoApi> = {}) {
  const { cache, state } = fakeOptimisticCache(loadedList(), (data: TodoListData, change: Parameters<typeof applyTodoChange>[2]) =>
    applyTodoChange(data, "all", change),
  );
  const notices = { error: vi.fn(), deleted: vi.fn() };
  const effects: TodoEffects = {
    api: {
      create: vi.fn(),
      update: vi.fn(),
      toggle: vi.fn(),
      delete: vi.fn(),
      restore: vi.fn(),
      ...api,
    },
    cache,
    notices,
  };
  const shown = () => state().pages[0]!.items;
  const counts = () => state().pages[0]!.counts;
  return { effects, cache, notices, shown, counts };
}

function addUi() {
  return { setError: vi.fn(), clear: vi.fn(), restore: vi.fn() };
}

describe("handleTodoAddSubmit", () => {
  it("shows the new todo at once, first, then the server's version of it", async () => {
    const saved = todo("Call mum", 0);
    const answer = deferred<Todo>();
    const { effects, shown, counts, cache } = setUp({ create: vi.fn(() => answer.promise) });
    const ui = addUi();

    const done = handleTodoAddSubmit("  Call mum  ", effects, ui);
    expect(effects.api.create).toHaveBeenCalledWith({ contents: "Call mum" });
    expect(ui.clear).toHaveBeenCalled();
    expect(shown()[0]).toMatchObject({ contents: "Call mum", done: false });
    expect(isPendingTodo(shown()[0]!)).toBe(true);
    expect(counts()).toEqual({ all: 4, open: 3, done: 1 });

    answer.resolve(saved);
    await done;
    expect(shown().map((item) => item.id)).toEqual([saved.id, newer.id, older.id, finished.id]);
    expect(counts()).toEqual({ all: 4, open: 3, done: 1 });
    expect(cache.settle).toHaveBeenCalledTimes(1);
    expect(ui.restore).not.toHaveBeenCalled();
  });

  it("checks the contents with the server's schema before sending anything", async () => {
    const { effects, shown } = setUp();
    const ui = addUi();
    await handleTodoAddSubmit("   ", effects, ui);
    expect(ui.setError).toHaveBeenCalledWith("Write what there is to do.");
    expect(effects.api.create).not.toHaveBeenCalled();
    expect(ui.clear).not.toHaveBeenCalled();
    expect(shown()).toEqual([newer, older, finished]);
  });

  it("takes the todo back and gives back what was typed, with the server's reason at the field", async () => {
    const refusal = serverRefusal("Keep it to 256 characters.", { fieldErrors: { contents: ["That todo is already on your list."] } });
    const { effects, shown, counts, notices } = setUp({ create: vi.fn().mockRejectedValue(refusal) });
    const ui = addUi();
    await handleTodoAddSubmit("Buy milk", effects, ui);
    expect(shown()).toEqual([newer, older, finished]);
    expect(counts()).toEqual({ all: 3, open: 2, done: 1 });
    expect(ui.restore).toHaveBeenCalledWith("Buy milk");
    expect(ui.setError).toHaveBeenLastCalledWith("That todo is already on your list.");
    expect(notices.error).not.toHaveBeenCalled();
  });

  it("says why in a toast when the refusal names no field", async () => {
    const { effects, shown, notices } = setUp({ create: vi.fn().mockRejectedValue(serverRefusal("Subscribers cannot add todos.", { code: "FORBIDDEN" })) });
    const ui = addUi();
    await handleTodoAddSubmit("Buy bread", effects, ui);
    expect(shown()).toEqual([newer, older, finished]);
    expect(ui.restore).toHaveBeenCalledWith("Buy bread");
    expect(notices.error).toHaveBeenCalledWith("Subscribers cannot add todos.");
  });

  it("takes the todo back when the server cannot be reached", async () => {
    const { effects, shown, counts, notices } = setUp({ create: vi.fn().mockRejectedValue(networkFailure()) });
    const ui = addUi();
    await handleTodoAddSubmit("Buy bread", effects, ui);
    expect(shown()).toEqual([newer, older, finished]);
    expect(counts()).toEqual({ all: 3, open: 2, done: 1 });
    expect(ui.restore).toHaveBeenCalledWith("Buy bread");
    expect(notices.error).toHaveBeenCalledWith(UNREACHABLE);
  });
});

describe("handleTodoEditCommit", () => {
  const editUi = () => ({ setError: vi.fn(), close: vi.fn() });

  it("shows the new contents at once and keeps them", async () => {
    const saved = { ...older, contents: "Water the ferns", updatedAt: new Date() };
    const answer = deferred<Todo>();
    const { effects, shown, cache } = setUp({ update: vi.fn(() => answer.promise) });
    const ui = editUi();
    const done = handleTodoEditCommit(older, " Water the ferns ", effects, ui);
    expect(ui.close).toHaveBeenCalled();
    expect(effects.api.update).toHaveBeenCalledWith({ id: older.id, contents: "Water the ferns" });
    expect(shown()[1]!.contents).toBe("Water the ferns");
    answer.resolve(saved);
    await done;
    expect(shown()[1]!.contents).toBe("Water the ferns");
    expect(cache.settle).toHaveBeenCalledTimes(1);
  });

  it("sends nothing when nothing changed, and refuses empty contents at the field", async () => {
    const { effects } = setUp();
    const ui = editUi();
    await handleTodoEditCommit(older, "Water the plants ", effects, ui);
    expect(ui.close).toHaveBeenCalled();
    await handleTodoEditCommit(older, "", effects, ui);
    expect(ui.setError).toHaveBeenCalledWith("Write what there is to do.");
    expect(effects.api.update).not.toHaveBeenCalled();
  });

  it("puts the old contents back with the server's reason", async () => {
    const { effects, shown, notices } = setUp({ update: vi.fn().mockRejectedValue(serverRefusal("That todo no longer exists.", { code: "NOT_FOUND" })) });
    await handleTodoEditCommit(older, "Water the ferns", effects, editUi());
    expect(shown()).toEqual([newer, older, finished]);
    expect(notices.error).toHaveBeenCalledWith("That todo no longer exists.");
  });

  it("puts the old contents back when the server cannot be reached", async () => {
    const { effects, shown, notices } = setUp({ update: vi.fn().mockRejectedValue(new TypeError("Failed to fetch")) });
    await handleTodoEditCommit(older, "Water the ferns", effects, editUi());
    expect(shown()).toEqual([newer, older, finished]);
    expect(notices.error).toHaveBeenCalledWith(UNREACHABLE);
  });
});

describe("handleTodoToggle", () => {
  it("ticks the todo at once, counts and all", async () => {
    const answer = deferred<Todo>();
    const { effects, shown, counts } = setUp({ toggle: vi.fn(() => answer.promise) });
    const done = handleTodoToggle(newer, effects);
    expect(effects.api.toggle).toHaveBeenCalledWith({ id: newer.id });
    expect(shown()[0]!.done).toBe(true);
    expect(counts()).toEqual({ all: 3, open: 1, done: 2 });
    answer.resolve({ ...newer, done: true });
    await done;
    expect(shown()[0]!.done).toBe(true);
  });

  it("unticks it again when the server refuses", async () => {
    const { effects, shown, counts, notices } = setUp({ toggle: vi.fn().mockRejectedValue(serverRefusal("This list is read-only for you.", { code: "FORBIDDEN" })) });
    await handleTodoToggle(newer, effects);
    expect(shown()[0]!.done).toBe(false);
    expect(counts()).toEqual({ all: 3, open: 2, done: 1 });
    expect(notices.error).toHaveBeenCalledWith("This list is read-only for you.");
  });

  it("unticks it again when the server cannot be reached", async () => {
    const { effects, shown, notices } = setUp({ toggle: vi.fn().mockRejectedValue(networkFailure()) });
    await handleTodoToggle(finished, effects);
    expect(shown()[2]!.done).toBe(true);
    expect(notices.error).toHaveBeenCalledWith(UNREACHABLE);
  });

  it("waits for a todo still being saved", async () => {
    const { effects, notices } = setUp();
    await handleTodoToggle(pendingTodo("Not saved yet"), effects);
    expect(effects.api.toggle).not.toHaveBeenCalled();
    expect(notices.error).toHaveBeenCalledWith("That todo is still being saved. Try again in a moment.");
  });
});

describe("handleTodoDelete and handleTodoUndo", () => {
  it("removes the todo at once, then offers an undo that puts it back in its place", async () => {
    const { effects, shown, counts, notices } = setUp({ delete: vi.fn().mockResolvedValue(older), restore: vi.fn().mockResolvedValue(older) });
    await handleTodoDelete(older, effects);
    expect(effects.api.delete).toHaveBeenCalledWith({ id: older.id });
    expect(shown()).toEqual([newer, finished]);
    expect(counts()).toEqual({ all: 2, open: 1, done: 1 });
    expect(notices.deleted).toHaveBeenCalledWith(older, expect.any(Function));

    const undo = notices.deleted.mock.calls[0]![1] as () => void;
    undo();
    await vi.waitFor(() => expect(effects.api.restore).toHaveBeenCalled());
    expect(effects.api.restore).toHaveBeenCalledWith(expect.objectContaining({ id: older.id, contents: older.contents, done: false, createdAt: older.createdAt, priority: 4, subtasks: [] }));
    expect(shown()).toEqual([newer, older, finished]);
    expect(counts()).toEqual({ all: 3, open: 2, done: 1 });
  });

  it("brings the todo back when the server refuses to delete it", async () => {
    const { effects, shown, notices } = setUp({ delete: vi.fn().mockRejectedValue(serverRefusal("That todo no longer exists.", { code: "NOT_FOUND" })) });
    await handleTodoDelete(older, effects);
    expect(shown()).toEqual([newer, older, finished]);
    expect(notices.error).toHaveBeenCalledWith("That todo no longer exists.");
    expect(notices.deleted).not.toHaveBeenCalled();
  });

  it("brings the todo back when the server cannot be reached", async () => {
    const { effects, shown, notices } = setUp({ delete: vi.fn().mockRejectedValue(networkFailure()) });
    await handleTodoDelete(newer, effects);
    expect(shown()).toEqual([newer, older, finished]);
    expect(notices.error).toHaveBeenCalledWith(UNREACHABLE);
  });

  it("takes an undone todo away again when the server refuses to restore it", async () => {
    const gone = todo("Old one", 30);
    const { effects, shown, notices } = setUp({ restore: vi.fn().mockRejectedValue(serverRefusal("That todo is already back.", { code: "CONFLICT" })) });
    await handleTodoUndo(gone, effects);
    expect(shown()).toEqual([newer, older, finished]);
    expect(notices.error).toHaveBeenCalledWith("That todo is already back.");
  });

  it("takes an undone todo away again when the server cannot be reached", async () => {
    const gone = todo("Old one", 30);
    const { effects, shown, notices } = setUp({ restore: vi.fn().mockRejectedValue(networkFailure()) });
    await handleTodoUndo(gone, effects);
    expect(shown()).toEqual([newer, older, finished]);
    expect(notices.error).toHaveBeenCalledWith(UNREACHABLE);
  });
});

describe("handleTodoFilterSelect", () => {
  it("puts the filter in the URL, and all without one", () => {
    const navigate = vi.fn();
    handleTodoFilterSelect("done", navigate);
    handleTodoFilterSelect("all", navigate);
    expect(navigate.mock.calls).toEqual([["/todos?filter=done"], ["/todos"]]);
  });
});
