import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { deferred, fakeOptimisticCache } from "~/test-support/fakes";
import { UNREACHABLE, networkFailure, serverRefusal } from "~/test-support/server-answers";
import {
  handleSubtaskAdd,
  handleTodoAddSubmit,
  handleTodoDelete,
  handleTodoDetailsSave,
  handleTodoEditCommit,
  handleTodoReorder,
  handleTodoStep,
  handleTodoToggle,
  handleTodoUndo,
  handleTodoViewSelect,
  type TodoApi,
  type TodoContext,
  type TodoDetailsDraft,
  type TodoEffects,
} from "./events";
import { applyTodoChange, isPendingTodo, pendingTodo, type ListScope, type TodoListData } from "./todo-cache";
import type { Todo } from "./types";
import { todoSchemas } from "./load-todo-schemas";

// The todos screen loads the handlers' schemas once it has drawn (and the
// quick-add reader on focus); so do these tests, so that "at once" means in the same tick.
beforeAll(() => todoSchemas.load());

const TODAY = "2026-12-06";
const home = { id: randomUUID(), name: "Home", color: "green" as const };
const work = { id: randomUUID(), name: "Work", color: "blue" as const };
const phone = { id: randomUUID(), name: "phone", color: "orange" as const };

let order = 0;
function todo(contents: string, fields: Partial<Todo> = {}): Todo {
  order += 1;
  const at = new Date(Date.now() - order * 60_000);
  return {
    id: randomUUID(),
    contents,
    done: false,
    dueOn: null,
    dueAt: null,
    priority: 4,
    project: null,
    labels: [],
    parent: null,
    subtasks: [],
    position: `a${order}`,
    reminderMinutes: [],
    overdue: false,
    createdAt: at,
    updatedAt: at,
    ...fields,
  };
}

const context: TodoContext = { timeZone: "Asia/Seoul", today: TODAY, now: () => new Date("2026-12-06T03:00:00Z"), projects: [home, work], labels: [phone] };

function listOf(items: Todo[], counts = { all: items.length, open: items.filter((item) => !item.done).length, done: items.filter((item) => item.done).length }): TodoListData {
  return { pages: [{ items, counts, nextCursor: null, today: TODAY }], pageParams: [null] };
}

function setUp(items: Todo[], scope: ListScope = { view: { kind: "all" }, filter: "all" }, api: Partial<TodoApi> = {}) {
  const { cache, state } = fakeOptimisticCache(listOf(items), (data: TodoListData, change: Parameters<typeof applyTodoChange>[2]) => applyTodoChange(data, scope, change));
  const notices = { error: vi.fn(), deleted: vi.fn() };
  const effects: TodoEffects = {
    api: { create: vi.fn(), update: vi.fn(), toggle: vi.fn(), delete: vi.fn(), restore: vi.fn(), move: vi.fn(), ...api },
    cache,
    notices,
  };
  const shown = () => state().pages[0]!.items;
  const names = () => shown().map((item) => item.contents);
  const counts = () => state().pages[0]!.counts;
  return { effects, cache, notices, shown, names, counts };
}

const addUi = () => ({ setError: vi.fn(), clear: vi.fn(), restore: vi.fn() });

describe("handleTodoAddSubmit", () => {
  it("shows the new todo at once, first of its group, then the server's version of it", async () => {
    const older = todo("Water the plants");
    const saved = todo("Call mum", { position: "Zz" });
    const answer = deferred<Todo>();
    const { effects, shown, counts, cache } = setUp([older], undefined, { create: vi.fn(() => answer.promise) });
    const ui = addUi();
    const done = handleTodoAddSubmit("  Call mum  ", effects, ui);
    expect(effects.api.create).toHaveBeenCalledWith({ contents: "Call mum" });
    expect(ui.clear).toHaveBeenCalled();
    expect(shown()[0]).toMatchObject({ contents: "Call mum", done: false });
    expect(isPendingTodo(shown()[0]!)).toBe(true);
    expect(counts()).toEqual({ all: 2, open: 2, done: 0 });
    answer.resolve(saved);
    await done;
    expect(shown().map((item) => item.id)).toEqual([saved.id, older.id]);
    expect(cache.settle).toHaveBeenCalledTimes(1);
  });

  it("gives a todo added in a project view that project, and in Today today's date", () => {
    const { effects, shown } = setUp([], { view: { kind: "project", id: work.id }, filter: "all" }, { create: vi.fn(() => new Promise<Todo>(() => {})) });
    void handleTodoAddSubmit("Write report", effects, addUi(), { projectId: work.id }, context);
    expect(effects.api.create).toHaveBeenCalledWith({ contents: "Write report", projectId: work.id });
    expect(shown()[0]!.project).toEqual(work);

    const today = setUp([], { view: { kind: "today" }, filter: "all" }, { create: vi.fn(() => new Promise<Todo>(() => {})) });
    void handleTodoAddSubmit("Pay rent", today.effects, addUi(), { dueOn: TODAY }, context);
    expect(today.effects.api.create).toHaveBeenCalledWith({ contents: "Pay rent", dueOn: TODAY });
    expect(today.shown()[0]).toMatchObject({ contents: "Pay rent", dueOn: TODAY, overdue: false });
  });

  it("checks the contents with the server's schema before sending anything", async () => {
    const { effects } = setUp([]);
    const ui = addUi();
    await handleTodoAddSubmit("   ", effects, ui);
    expect(ui.setError).toHaveBeenCalledWith("Write what there is to do.");
    expect(effects.api.create).not.toHaveBeenCalled();
  });

  it("takes the todo back and gives back what was typed, with the server's reason", async () => {
    const { effects, shown, counts, notices } = setUp([], undefined, { create: vi.fn().mockRejectedValue(serverRefusal("Keep it to 256 characters.", { fieldErrors: { contents: ["Too long."] } })) });
    const ui = addUi();
    await handleTodoAddSubmit("Buy milk", effects, ui);
    expect(shown()).toEqual([]);
    expect(counts()).toEqual({ all: 0, open: 0, done: 0 });
    expect(ui.restore).toHaveBeenCalledWith("Buy milk");
    expect(ui.setError).toHaveBeenLastCalledWith("Too long.");
    expect(notices.error).not.toHaveBeenCalled();
  });

  it("takes the todo back when the server cannot be reached", async () => {
    const { effects, shown, notices } = setUp([], undefined, { create: vi.fn().mockRejectedValue(networkFailure()) });
    const ui = addUi();
    await handleTodoAddSubmit("Buy bread", effects, ui);
    expect(shown()).toEqual([]);
    expect(ui.restore).toHaveBeenCalledWith("Buy bread");
    expect(notices.error).toHaveBeenCalledWith(UNREACHABLE);
  });
});

describe("handleSubtaskAdd", () => {
  it("nests the new subtask under its parent at once, in the parent's project, counts unchanged", async () => {
    const parent = todo("Plan the trip", { project: home });
    const answer = deferred<Todo>();
    const { effects, shown, counts } = setUp([parent], undefined, { create: vi.fn(() => answer.promise) });
    const ui = addUi();
    const done = handleSubtaskAdd(parent, "Book flights", effects, ui, context);
    expect(effects.api.create).toHaveBeenCalledWith({ contents: "Book flights", parentId: parent.id });
    expect(shown()).toHaveLength(1);
    expect(shown()[0]!.subtasks[0]).toMatchObject({ contents: "Book flights", parent: { id: parent.id, contents: "Plan the trip" }, project: home });
    expect(counts()).toEqual({ all: 1, open: 1, done: 0 });
    const saved = todo("Book flights", { parent: { id: parent.id, contents: parent.contents }, project: home });
    answer.resolve(saved);
    await done;
    expect(shown()[0]!.subtasks.map((sub) => sub.id)).toEqual([saved.id]);
  });

  it("takes the subtask back when refused", async () => {
    const parent = todo("Plan the trip");
    const { effects, shown, notices } = setUp([parent], undefined, { create: vi.fn().mockRejectedValue(serverRefusal("A subtask cannot have subtasks of its own.", { code: "BAD_REQUEST" })) });
    const ui = addUi();
    await handleSubtaskAdd(parent, "Book flights", effects, ui, context);
    expect(shown()[0]!.subtasks).toEqual([]);
    expect(ui.restore).toHaveBeenCalledWith("Book flights");
    expect(notices.error).toHaveBeenCalledWith("A subtask cannot have subtasks of its own.");
  });
});

describe("handleTodoEditCommit", () => {
  const editUi = () => ({ setError: vi.fn(), close: vi.fn() });

  it("shows the new contents at once and keeps them", async () => {
    const older = todo("Water the plants");
    const { effects, shown } = setUp([older], undefined, { update: vi.fn().mockResolvedValue({ ...older, contents: "Water the ferns" }) });
    await handleTodoEditCommit(older, " Water the ferns ", effects, editUi());
    expect(effects.api.update).toHaveBeenCalledWith({ id: older.id, contents: "Water the ferns" });
    expect(shown()[0]!.contents).toBe("Water the ferns");
  });

  it("sends nothing when nothing changed, and refuses empty contents at the field", async () => {
    const older = todo("Water the plants");
    const { effects } = setUp([older]);
    const ui = editUi();
    await handleTodoEditCommit(older, "Water the plants ", effects, ui);
    expect(ui.close).toHaveBeenCalled();
    await handleTodoEditCommit(older, "", effects, ui);
    expect(ui.setError).toHaveBeenCalledWith("Write what there is to do.");
    expect(effects.api.update).not.toHaveBeenCalled();
  });

  it("puts the old contents back when refused, keeping the subtasks shown", async () => {
    const sub = todo("Step");
    const older = todo("Water the plants", { subtasks: [sub] });
    const { effects, shown, notices } = setUp([older], undefined, { update: vi.fn().mockRejectedValue(networkFailure()) });
    await handleTodoEditCommit(older, "Water the ferns", effects, editUi());
    expect(shown()).toEqual([older]);
    expect(notices.error).toHaveBeenCalledWith(UNREACHABLE);
  });
});

describe("handleTodoToggle", () => {
  it("ticks the todo at once, counts and all; an overdue one is no longer overdue", async () => {
    const late = todo("Renew passport", { dueOn: "2026-12-01", overdue: true });
    const answer = deferred<Todo>();
    const { effects, shown, counts } = setUp([late], { view: { kind: "today" }, filter: "all" }, { toggle: vi.fn(() => answer.promise) });
    const done = handleTodoToggle(late, effects, context);
    expect(shown()[0]).toMatchObject({ done: true, overdue: false });
    expect(counts()).toEqual({ all: 1, open: 0, done: 1 });
    answer.resolve({ ...late, done: true, overdue: false });
    await done;
  });

  it("leaves the Open filter at once, and comes back when refused", async () => {
    const a = todo("Fix the bike");
    const { effects, shown, counts, notices } = setUp([a], { view: { kind: "all" }, filter: "open" }, { toggle: vi.fn().mockRejectedValue(serverRefusal("This list is read-only for you.", { code: "FORBIDDEN" })) });
    const done = handleTodoToggle(a, effects, context);
    expect(shown()).toEqual([]);
    await done;
    expect(shown()).toEqual([a]);
    expect(counts()).toEqual({ all: 1, open: 1, done: 0 });
    expect(notices.error).toHaveBeenCalledWith("This list is read-only for you.");
  });

  it("ticks a subtask where it is nested", () => {
    const sub = todo("Book flights");
    const parent = todo("Plan the trip", { subtasks: [sub] });
    sub.parent = { id: parent.id, contents: parent.contents };
    const { effects, shown, counts } = setUp([parent], undefined, { toggle: vi.fn(() => new Promise<Todo>(() => {})) });
    void handleTodoToggle(sub, effects, context);
    expect(shown()[0]!.subtasks[0]!.done).toBe(true);
    // Subtasks are not counted in views that nest them.
    expect(counts()).toEqual({ all: 1, open: 1, done: 0 });
  });

  it("waits for a todo still being saved", async () => {
    const { effects, notices } = setUp([]);
    await handleTodoToggle(pendingTodo("Not saved yet"), effects);
    expect(effects.api.toggle).not.toHaveBeenCalled();
    expect(notices.error).toHaveBeenCalledWith("That todo is still being saved. Try again in a moment.");
  });
});

describe("handleTodoDelete and handleTodoUndo", () => {
  function withSubtasks() {
    const parent = todo("Move house");
    const subs = [todo("Pack books", { parent: { id: parent.id, contents: parent.contents } }), todo("Call movers", { parent: { id: parent.id, contents: parent.contents } })];
    parent.subtasks = subs;
    return { parent, subs };
  }

  it("removes the todo at once, then offers an undo that puts it back with its fields", async () => {
    const a = todo("Older", { project: home, labels: [phone], dueOn: "2026-12-09", priority: 2 });
    const b = todo("Newer");
    const { effects, names, counts, notices } = setUp([a, b], undefined, { delete: vi.fn().mockResolvedValue(a), restore: vi.fn().mockResolvedValue(a) });
    await handleTodoDelete(a, effects);
    expect(effects.api.delete).toHaveBeenCalledWith({ id: a.id, subtasks: "delete" });
    expect(names()).toEqual(["Newer"]);
    expect(counts()).toEqual({ all: 1, open: 1, done: 0 });
    const undo = notices.deleted.mock.calls[0]![1] as () => void;
    undo();
    await vi.waitFor(() => expect(effects.api.restore).toHaveBeenCalled());
    expect(effects.api.restore).toHaveBeenCalledWith(
      expect.objectContaining({ id: a.id, contents: "Older", projectId: home.id, labelIds: [phone.id], dueOn: "2026-12-09", priority: 2, position: a.position, subtasks: [] }),
    );
    expect(names()).toEqual(["Older", "Newer"]);
  });

  it("deletes the subtasks with it when asked to, and the undo brings them back too", async () => {
    const { parent, subs } = withSubtasks();
    const { effects, shown, notices } = setUp([parent], undefined, { delete: vi.fn().mockResolvedValue(parent), restore: vi.fn().mockResolvedValue(parent) });
    await handleTodoDelete(parent, effects, "delete");
    expect(effects.api.delete).toHaveBeenCalledWith({ id: parent.id, subtasks: "delete" });
    expect(shown()).toEqual([]);
    (notices.deleted.mock.calls[0]![1] as () => void)();
    await vi.waitFor(() => expect(effects.api.restore).toHaveBeenCalled());
    expect(vi.mocked(effects.api.restore).mock.calls[0]![0].subtasks?.map((sub) => sub.id)).toEqual(subs.map((sub) => sub.id));
    expect(shown()[0]!.subtasks.map((sub) => sub.contents)).toEqual(["Pack books", "Call movers"]);
  });

  it("keeps the subtasks as todos of their own when asked to", async () => {
    const { parent } = withSubtasks();
    const { effects, names, counts, notices } = setUp([parent], undefined, { delete: vi.fn().mockResolvedValue(parent) });
    await handleTodoDelete(parent, effects, "keep");
    expect(effects.api.delete).toHaveBeenCalledWith({ id: parent.id, subtasks: "keep" });
    expect(names()).toEqual(["Pack books", "Call movers"]);
    expect(counts()).toEqual({ all: 2, open: 2, done: 0 });
    // The undo puts back the parent alone: its subtasks were never deleted.
    expect((notices.deleted.mock.calls[0]![0] as Todo).subtasks).toEqual([]);
  });

  it("brings it all back as it was when the server refuses", async () => {
    const { parent } = withSubtasks();
    const { effects, shown, notices } = setUp([parent], undefined, { delete: vi.fn().mockRejectedValue(serverRefusal("That todo no longer exists.", { code: "NOT_FOUND" })) });
    await handleTodoDelete(parent, effects, "keep");
    expect(shown()).toEqual([parent]);
    expect(notices.error).toHaveBeenCalledWith("That todo no longer exists.");
    expect(notices.deleted).not.toHaveBeenCalled();
  });

  it("takes an undone todo away again when the server cannot be reached", async () => {
    const gone = todo("Old one");
    const { effects, shown, notices } = setUp([], undefined, { restore: vi.fn().mockRejectedValue(networkFailure()) });
    await handleTodoUndo(gone, effects);
    expect(shown()).toEqual([]);
    expect(notices.error).toHaveBeenCalledWith(UNREACHABLE);
  });
});

describe("handleTodoDetailsSave", () => {
  const draftOf = (item: Todo): TodoDetailsDraft => ({ dueOn: item.dueOn ?? "", dueTime: "", priority: item.priority, projectId: item.project?.id ?? null, labelIds: item.labels.map((label) => label.id), reminderMinutes: item.reminderMinutes });
  const detailsUi = () => ({ setFieldError: vi.fn(), setFormError: vi.fn(), close: vi.fn() });

  it("sends only what changed and shows it at once: date and time on the owner's clock, priority, project, labels, reminders", async () => {
    const item = todo("Dentist");
    const initial = draftOf(item);
    const answer = deferred<Todo>();
    const { effects, shown } = setUp([item], undefined, { update: vi.fn(() => answer.promise) });
    const ui = detailsUi();
    const done = handleTodoDetailsSave(item, initial, { ...initial, dueOn: "2026-12-07", dueTime: "15:00", priority: 1, projectId: home.id, labelIds: [phone.id], reminderMinutes: [30] }, effects, ui, context);
    expect(ui.close).toHaveBeenCalled();
    expect(effects.api.update).toHaveBeenCalledWith({ id: item.id, dueOn: "2026-12-07", dueTime: "15:00", priority: 1, projectId: home.id, labelIds: [phone.id], reminderMinutes: [30] });
    expect(shown()[0]).toMatchObject({ dueOn: "2026-12-07", dueAt: new Date("2026-12-07T06:00:00Z"), priority: 1, project: home, labels: [phone], reminderMinutes: [30] });
    answer.resolve({ ...shown()[0]!, position: "a9" });
    await done;
  });

  it("moves the todo out of a view it no longer belongs to, and back when refused", async () => {
    const item = todo("Report", { project: work });
    const initial = draftOf(item);
    const { effects, shown, counts, notices } = setUp([item], { view: { kind: "project", id: work.id }, filter: "all" }, { update: vi.fn().mockRejectedValue(networkFailure()) });
    const done = handleTodoDetailsSave(item, initial, { ...initial, projectId: null }, effects, detailsUi(), context);
    expect(shown()).toEqual([]);
    expect(counts().all).toBe(0);
    await done;
    expect(shown()).toEqual([item]);
    expect(notices.error).toHaveBeenCalledWith(UNREACHABLE);
  });

  it("clears the date, time and reminders together; sends nothing when nothing changed", async () => {
    const item = todo("Call", { dueOn: "2026-12-07", dueAt: new Date("2026-12-07T06:00:00Z"), reminderMinutes: [10] });
    const initial = { ...draftOf(item), dueTime: "15:00" };
    const { effects } = setUp([item], undefined, { update: vi.fn().mockResolvedValue(item) });
    await handleTodoDetailsSave(item, initial, initial, effects, detailsUi(), context);
    expect(effects.api.update).not.toHaveBeenCalled();
    await handleTodoDetailsSave(item, initial, { ...initial, dueOn: "", dueTime: "" }, effects, detailsUi(), context);
    expect(effects.api.update).toHaveBeenCalledWith({ id: item.id, dueOn: null, dueTime: null, reminderMinutes: [] });
  });

  it("asks for a date before a time, at the field", async () => {
    const item = todo("Call");
    const { effects } = setUp([item]);
    const ui = detailsUi();
    await handleTodoDetailsSave(item, draftOf(item), { ...draftOf(item), dueTime: "09:00" }, effects, ui, context);
    expect(ui.setFieldError).toHaveBeenCalledWith("dueOn", "Choose a date for the time.");
    expect(ui.close).not.toHaveBeenCalled();
    expect(effects.api.update).not.toHaveBeenCalled();
  });
});

describe("handleTodoReorder and handleTodoStep", () => {
  const reorderUi = () => ({ refused: vi.fn(), moved: vi.fn() });
  const three = () => [todo("First", { position: "a0" }), todo("Second", { position: "a1" }), todo("Third", { position: "a2" })];

  it("shows the new order at once and sends the visible neighbour", async () => {
    const items = three();
    const answer = deferred<Todo>();
    const { effects, names } = setUp(items, { view: { kind: "inbox" }, filter: "all" }, { move: vi.fn(() => answer.promise) });
    const ui = reorderUi();
    const done = handleTodoReorder(items, items[0]!.id, items[2]!.id, effects, ui);
    expect(effects.api.move).toHaveBeenCalledWith({ id: items[0]!.id, afterId: items[2]!.id });
    expect(names()).toEqual(["Second", "Third", "First"]);
    expect(ui.moved).toHaveBeenCalledWith(expect.objectContaining({ contents: "First" }));
    answer.resolve({ ...items[0]!, position: "a3" });
    await done;
    expect(names()).toEqual(["Second", "Third", "First"]);
  });

  it("puts it back when the server refuses", async () => {
    const items = three();
    const { effects, names, notices } = setUp(items, { view: { kind: "inbox" }, filter: "all" }, { move: vi.fn().mockRejectedValue(networkFailure()) });
    await handleTodoReorder(items, items[2]!.id, items[0]!.id, effects, reorderUi());
    expect(effects.api.move).toHaveBeenCalledWith({ id: items[2]!.id, beforeId: items[0]!.id });
    expect(names()).toEqual(["First", "Second", "Third"]);
    expect(notices.error).toHaveBeenCalledWith(UNREACHABLE);
  });

  it("refuses, with the hint, a move among todos of another due date or priority", async () => {
    const items = [todo("Urgent", { priority: 1, position: "a5" }), todo("Later", { position: "a0" })];
    const { effects, names } = setUp(items, { view: { kind: "inbox" }, filter: "all" });
    const ui = reorderUi();
    await handleTodoReorder(items, items[1]!.id, items[0]!.id, effects, ui);
    expect(ui.refused).toHaveBeenCalled();
    expect(effects.api.move).not.toHaveBeenCalled();
    expect(names()).toEqual(["Urgent", "Later"]);
  });

  it("Alt+Arrow moves one place within the group", () => {
    const items = three();
    const { effects, names } = setUp(items, { view: { kind: "all" }, filter: "all" }, { move: vi.fn(() => new Promise<Todo>(() => {})) });
    void handleTodoStep(items, items[1]!.id, -1, effects, reorderUi());
    expect(effects.api.move).toHaveBeenCalledWith({ id: items[1]!.id, beforeId: items[0]!.id });
    expect(names()).toEqual(["Second", "First", "Third"]);
  });

  it("leaves a todo still being saved where it is", async () => {
    const items = [pendingTodo("New"), todo("Old", { position: "a0" })];
    const { effects, notices } = setUp(items);
    await handleTodoStep(items, items[1]!.id, -1, effects, reorderUi());
    expect(effects.api.move).not.toHaveBeenCalled();
    expect(notices.error).toHaveBeenCalledWith("That todo is still being saved. Try again in a moment.");
  });
});

describe("handleTodoViewSelect", () => {
  it("puts the view and the filter in the URL, and nothing for all", () => {
    const navigate = vi.fn();
    handleTodoViewSelect({ kind: "today" }, "all", navigate);
    handleTodoViewSelect({ kind: "all" }, "done", navigate);
    handleTodoViewSelect({ kind: "all" }, "all", navigate);
    handleTodoViewSelect({ kind: "project", id: home.id }, "open", navigate);
    expect(navigate.mock.calls).toEqual([["/todos?view=today"], ["/todos?filter=done"], ["/todos"], [`/todos?view=project&id=${home.id}&filter=open`]]);
  });
});
