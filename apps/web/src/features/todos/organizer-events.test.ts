import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { fakeNotices } from "~/test-support/fakes";
import { networkFailure, serverRefusal, UNREACHABLE } from "~/test-support/server-answers";
import { handleLabelDelete, handleLabelSave, handleProjectDelete, handleProjectSave, type OrganizerApi, type OrganizerEffects } from "./organizer-events";
import type { Label, Project } from "./types";
import { todoSchemas } from "./load-todo-schemas";

// The todos screen loads the handlers' schemas once it has drawn (and the
// quick-add reader on focus); so do these tests, so that "at once" means in the same tick.
beforeAll(() => todoSchemas.load());

const now = new Date();
const project: Project = { id: randomUUID(), name: "Work", color: "blue", position: "a0", createdAt: now, updatedAt: now };
const label: Label = { id: randomUUID(), name: "phone", color: "orange", createdAt: now, updatedAt: now };

function setUp(api: Partial<OrganizerApi> = {}) {
  const effects: OrganizerEffects = {
    api: {
      createProject: vi.fn().mockResolvedValue(project),
      updateProject: vi.fn().mockResolvedValue(project),
      deleteProject: vi.fn().mockResolvedValue({ deleted: 0 }),
      createLabel: vi.fn().mockResolvedValue(label),
      updateLabel: vi.fn().mockResolvedValue(label),
      deleteLabel: vi.fn().mockResolvedValue(label),
      ...api,
    },
    cache: { refresh: vi.fn() },
    notices: fakeNotices(),
  };
  const ui = { setFieldError: vi.fn(), setFormError: vi.fn(), setSaving: vi.fn(), done: vi.fn() };
  return { effects, ui };
}

describe("handleProjectSave and handleLabelSave", () => {
  it("creates a project, refreshes what shows projects, and closes with it", async () => {
    const { effects, ui } = setUp();
    await handleProjectSave(null, { name: "  Work ", color: "blue" }, effects, ui);
    expect(effects.api.createProject).toHaveBeenCalledWith({ name: "Work", color: "blue" });
    expect(effects.cache.refresh).toHaveBeenCalled();
    expect(ui.done).toHaveBeenCalledWith(project);
    expect(ui.setSaving.mock.calls).toEqual([[true], [false]]);
  });

  it("renames and recolours a label", async () => {
    const { effects, ui } = setUp();
    await handleLabelSave(label, { name: "calls", color: "teal" }, effects, ui);
    expect(effects.api.updateLabel).toHaveBeenCalledWith({ id: label.id, name: "calls", color: "teal" });
    expect(ui.done).toHaveBeenCalled();
  });

  it("refuses an empty name at the field before sending", async () => {
    const { effects, ui } = setUp();
    await handleProjectSave(null, { name: " ", color: "blue" }, effects, ui);
    expect(ui.setFieldError).toHaveBeenCalledWith("name", "Name the project.");
    expect(effects.api.createProject).not.toHaveBeenCalled();
  });

  it("shows a name already taken at the field and keeps the dialog open", async () => {
    const { effects, ui } = setUp({ createLabel: vi.fn().mockRejectedValue(serverRefusal("You already have a label of that name.", { code: "CONFLICT", fieldErrors: { name: ["You already have a label of that name."] } })) });
    await handleLabelSave(null, { name: "phone", color: "gray" }, effects, ui);
    expect(ui.setFieldError).toHaveBeenCalledWith("name", "You already have a label of that name.");
    expect(ui.done).not.toHaveBeenCalled();
    expect(effects.cache.refresh).not.toHaveBeenCalled();
  });

  it("says so when the server cannot be reached", async () => {
    const { effects, ui } = setUp({ updateProject: vi.fn().mockRejectedValue(networkFailure()) });
    await handleProjectSave(project, { name: "Job", color: "red" }, effects, ui);
    expect(ui.setFormError).toHaveBeenCalledWith(UNREACHABLE);
  });
});

describe("handleProjectDelete and handleLabelDelete", () => {
  it("deletes a project moving its todos to the Inbox, leaves its view and says so", async () => {
    const { effects } = setUp();
    const leave = vi.fn();
    await handleProjectDelete(project, "move", effects, { leave });
    expect(effects.api.deleteProject).toHaveBeenCalledWith({ id: project.id, todos: "move" });
    expect(leave).toHaveBeenCalled();
    expect(effects.cache.refresh).toHaveBeenCalled();
    expect(effects.notices.success).toHaveBeenCalledWith("Deleted the project Work; its todos are in the Inbox.");
  });

  it("deletes a project with its todos when asked to", async () => {
    const { effects } = setUp();
    await handleProjectDelete(project, "delete", effects, { leave: vi.fn() });
    expect(effects.api.deleteProject).toHaveBeenCalledWith({ id: project.id, todos: "delete" });
    expect(effects.notices.success).toHaveBeenCalledWith("Deleted the project Work and its todos.");
  });

  it("stays when the server refuses", async () => {
    const { effects } = setUp({ deleteProject: vi.fn().mockRejectedValue(serverRefusal("That project no longer exists.", { code: "NOT_FOUND" })) });
    const leave = vi.fn();
    await handleProjectDelete(project, "move", effects, { leave });
    expect(leave).not.toHaveBeenCalled();
    expect(effects.notices.error).toHaveBeenCalledWith("That project no longer exists.");
  });

  it("deletes a label; its todos keep going", async () => {
    const { effects } = setUp();
    await handleLabelDelete(label, effects, { leave: vi.fn() });
    expect(effects.api.deleteLabel).toHaveBeenCalledWith({ id: label.id });
    expect(effects.notices.success).toHaveBeenCalledWith("Deleted the label phone.");
  });
});
