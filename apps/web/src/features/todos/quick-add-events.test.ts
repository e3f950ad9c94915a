import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { fakeNotices } from "~/test-support/fakes";
import { serverRefusal } from "~/test-support/server-answers";
import { handleTodoAddSubmit, type TodoEffects } from "./events";
import { handleQuickAddSubmit, withViewDefaults, type QuickAddEffects, type QuickAddSettings } from "./quick-add-events";
import { readQuickAdd } from "./quick-add-reader";
import { quickAddChips, quickAddSummary } from "./quick-add-summary";
import { pendingTodo } from "./todo-cache";
import type { Todo } from "./types";
import { todoSchemas } from "./load-todo-schemas";
import { quickAddReader } from "./quick-add-events";

// The todos screen loads the handlers' schemas once it has drawn (and the
// quick-add reader on focus); so do these tests, so that "at once" means in the same tick.
beforeAll(() => todoSchemas.load());
beforeAll(() => quickAddReader.load());

// Sunday 6 December 2026, 10:00 in Seoul.
const NOW = new Date("2026-12-06T01:00:00Z");
const TODAY = "2026-12-06";
const home = { id: randomUUID(), name: "Home" };
const work = { id: randomUUID(), name: "업무" };
const phone = { id: randomUUID(), name: "phone" };

function settings(locale: "en" | "ko" = "en"): QuickAddSettings {
  return { now: () => NOW, timeZone: "Asia/Seoul", locale, weekStart: locale === "ko" ? 0 : 1, projects: [home, work], labels: [phone] };
}

function setUp(api: Partial<QuickAddEffects["api"]> = {}) {
  const effects = {
    api: { createProject: vi.fn(), createLabel: vi.fn(), ...api },
    notices: fakeNotices(),
    addTodo: vi.fn<QuickAddEffects["addTodo"]>().mockResolvedValue(undefined),
    namesChanged: vi.fn(),
  } satisfies QuickAddEffects;
  const ui = { setError: vi.fn(), clear: vi.fn(), restore: vi.fn() };
  return { effects, ui };
}

describe("readQuickAdd", () => {
  it("reads the text in the owner's zone and finds the names that exist", () => {
    const preview = readQuickAdd("tomorrow 3pm call mom p1 #home @phone", settings());
    expect(preview).toMatchObject({
      contents: "call mom",
      dueOn: "2026-12-07",
      dueTime: "15:00",
      priority: 1,
      projectName: "Home",
      projectId: home.id,
      labelIds: [phone.id],
      newLabelNames: [],
    });
    expect(preview.newProjectName).toBeUndefined();
  });

  it("says the same in words, for the chips and screen readers", () => {
    const preview = readQuickAdd("tomorrow 3pm call mom p1 #home @phone", settings());
    const chips = quickAddChips(preview, TODAY, "en");
    expect(chips.map((chip) => chip.text)).toEqual(["tomorrow 15:00", "P1", "#Home", "@phone"]);
    expect(quickAddSummary(chips)).toBe("Due tomorrow 15:00 · P1 · #Home · @phone");
  });

  it("marks names that will be created, and gives a date further out with its weekday", () => {
    const preview = readQuickAdd("party Dec 24 #garden @outside", settings());
    expect(quickAddSummary(quickAddChips(preview, TODAY, "en"))).toBe("Due Thu, Dec 24 · #garden (new project) · @outside (new label)");
  });

  it("reads Korean, and English inside Korean", () => {
    expect(readQuickAdd("내일 오후 3시 보고서 제출 p1 #업무", settings("ko"))).toMatchObject({
      contents: "보고서 제출",
      dueOn: "2026-12-07",
      dueTime: "15:00",
      priority: 1,
      projectId: work.id,
    });
    expect(readQuickAdd("tomorrow 3pm 전화", settings("ko"))).toMatchObject({ contents: "전화", dueOn: "2026-12-07", dueTime: "15:00" });
  });
});

describe("handleQuickAddSubmit", () => {
  it("adds the todo with the fields read from the text", async () => {
    const { effects, ui } = setUp();
    await handleQuickAddSubmit("tomorrow 3pm call mom p1 #home @phone", settings(), effects, ui);
    expect(ui.clear).toHaveBeenCalled();
    expect(effects.addTodo).toHaveBeenCalledWith(
      "call mom",
      { dueOn: "2026-12-07", dueTime: "15:00", priority: 1, projectId: home.id, labelIds: [phone.id] },
      expect.any(Object),
    );
    expect(effects.api.createProject).not.toHaveBeenCalled();
    expect(effects.api.createLabel).not.toHaveBeenCalled();
    expect(effects.namesChanged).not.toHaveBeenCalled();
  });

  it("adds a plain todo as it was typed", async () => {
    const { effects, ui } = setUp();
    await handleQuickAddSubmit("Buy milk", settings(), effects, ui);
    expect(effects.addTodo).toHaveBeenCalledWith("Buy milk", {}, expect.any(Object));
  });

  it("creates a project and labels that do not exist yet, says so, then adds the todo in them", async () => {
    const garden = { id: randomUUID(), name: "garden" };
    const outside = { id: randomUUID(), name: "outside" };
    const { effects, ui } = setUp({ createProject: vi.fn().mockResolvedValue(garden), createLabel: vi.fn().mockResolvedValue(outside) });
    await handleQuickAddSubmit("plant tulips #garden @outside @phone", settings(), effects, ui);
    expect(effects.api.createProject).toHaveBeenCalledWith({ name: "garden" });
    expect(effects.api.createLabel).toHaveBeenCalledWith({ name: "outside" });
    expect(effects.notices.success.mock.calls).toEqual([["Created the project garden."], ["Created the label outside."]]);
    expect(effects.namesChanged).toHaveBeenCalled();
    expect(effects.addTodo).toHaveBeenCalledWith("plant tulips", { projectId: garden.id, labelIds: [phone.id, outside.id] }, expect.any(Object));
  });

  it("adds nothing when a name is refused, and gives the typed text back", async () => {
    const { effects, ui } = setUp({
      createProject: vi.fn().mockRejectedValue(serverRefusal("A project with that name already exists.", { code: "CONFLICT" })),
    });
    await handleQuickAddSubmit("plant tulips #garden", settings(), effects, ui);
    expect(effects.notices.error).toHaveBeenCalledWith("A project with that name already exists.");
    expect(effects.addTodo).not.toHaveBeenCalled();
    expect(ui.restore).toHaveBeenCalledWith("plant tulips #garden");
    // Read the names again: the one taken meanwhile is then an existing project.
    expect(effects.namesChanged).toHaveBeenCalled();
  });

  it("asks for words when only a priority and a project were typed, and creates nothing", async () => {
    const { effects, ui } = setUp();
    await handleQuickAddSubmit("p1 #garden", settings(), effects, ui);
    expect(ui.setError).toHaveBeenCalledWith("Write what there is to do.");
    expect(ui.clear).not.toHaveBeenCalled();
    expect(effects.api.createProject).not.toHaveBeenCalled();
    expect(effects.addTodo).not.toHaveBeenCalled();
  });

  it("gives back the whole typed text, not only the contents, when the todo is refused", async () => {
    const { effects, ui } = setUp();
    effects.addTodo.mockImplementation((contents, _fields, addUi) => {
      addUi.restore(contents);
      return Promise.resolve();
    });
    await handleQuickAddSubmit("tomorrow call mom p1", settings(), effects, ui);
    expect(ui.restore).toHaveBeenCalledWith("tomorrow call mom p1");
  });
});

describe("withViewDefaults", () => {
  it("lets the text win over the view, and adds the labels up", () => {
    const errands = randomUUID();
    expect(withViewDefaults({ dueOn: "2026-12-07", labelIds: [phone.id] }, { dueOn: TODAY, projectId: home.id, labelIds: [errands] })).toEqual({
      dueOn: "2026-12-07",
      projectId: home.id,
      labelIds: [errands, phone.id],
    });
    expect(withViewDefaults({ priority: 2 }, { dueOn: TODAY })).toEqual({ dueOn: TODAY, priority: 2 });
    expect(withViewDefaults({})).toEqual({});
  });
});

describe("handleTodoAddSubmit with quick add's fields", () => {
  /** The todo list's effects, only as far as adding one needs. */
  function todoEffects() {
    const saved: Todo = { ...pendingTodo("call mom"), id: randomUUID() };
    const cache = { prepare: vi.fn(), apply: vi.fn(), settle: vi.fn() };
    return { api: { create: vi.fn().mockResolvedValue(saved) }, cache, notices: { error: vi.fn(), deleted: vi.fn() } };
  }

  it("sends the fields with the contents", async () => {
    const effects = todoEffects();
    const fields = { dueOn: "2026-12-07", dueTime: "15:00", priority: 1 as const, projectId: home.id, labelIds: [phone.id] };
    await handleTodoAddSubmit(" call mom ", effects as unknown as TodoEffects, { setError: vi.fn(), clear: vi.fn(), restore: vi.fn() }, fields);
    expect(effects.api.create).toHaveBeenCalledWith({ contents: "call mom", ...fields });
    expect(effects.cache.apply).toHaveBeenCalled();
  });

  it("refuses a time without a date before sending", async () => {
    const effects = todoEffects();
    const setError = vi.fn();
    await handleTodoAddSubmit("call mom", effects as unknown as TodoEffects, { setError, clear: vi.fn(), restore: vi.fn() }, { dueTime: "15:00" });
    expect(setError).toHaveBeenCalledWith("Choose a date for the time (dueOn).");
    expect(effects.api.create).not.toHaveBeenCalled();
  });
});
