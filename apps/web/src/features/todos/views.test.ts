import { describe, expect, it } from "vitest";
import { listInputOf, parseTodoView, todoViewHref, viewOfListInput, type TodoView } from "./views";

const id = "01a1fd73-7f0b-7583-b1b8-dca8ca9a0150";
const params = (query: string) => new URLSearchParams(query);

describe("todo views in the URL", () => {
  it("reads each view, and all for anything else", () => {
    expect(parseTodoView(params("view=today"))).toEqual({ kind: "today" });
    expect(parseTodoView(params("view=upcoming&filter=open"))).toEqual({ kind: "upcoming" });
    expect(parseTodoView(params("view=inbox"))).toEqual({ kind: "inbox" });
    expect(parseTodoView(params(`view=project&id=${id}`))).toEqual({ kind: "project", id });
    expect(parseTodoView(params(`view=label&id=${id}`))).toEqual({ kind: "label", id });
    expect(parseTodoView(params("view=project&id=1%20OR%201=1"))).toEqual({ kind: "all" });
    expect(parseTodoView(params("view=project"))).toEqual({ kind: "all" });
    expect(parseTodoView(params("view=someday"))).toEqual({ kind: "all" });
    expect(parseTodoView(params(""))).toEqual({ kind: "all" });
  });

  it("writes shareable links, leaving the defaults out, and reads them back", () => {
    expect(todoViewHref({ kind: "all" })).toBe("/todos");
    expect(todoViewHref({ kind: "all" }, "open")).toBe("/todos?filter=open");
    expect(todoViewHref({ kind: "today" })).toBe("/todos?view=today");
    expect(todoViewHref({ kind: "project", id }, "done")).toBe(`/todos?view=project&id=${id}&filter=done`);
    const views: TodoView[] = [{ kind: "all" }, { kind: "today" }, { kind: "upcoming" }, { kind: "inbox" }, { kind: "project", id }, { kind: "label", id }];
    for (const view of views) {
      expect(parseTodoView(new URL(todoViewHref(view, "open"), "http://x").searchParams)).toEqual(view);
    }
  });

  it("asks todo.list for the view and tells the view of a cached query", () => {
    expect(listInputOf({ kind: "project", id }, "open", 20)).toEqual({ view: "project", projectId: id, filter: "open", limit: 20 });
    expect(listInputOf({ kind: "label", id }, "all", 20)).toEqual({ view: "label", labelId: id, filter: "all", limit: 20 });
    expect(listInputOf({ kind: "today" }, "done", 20)).toEqual({ view: "today", filter: "done", limit: 20 });
    expect(viewOfListInput({ view: "label", labelId: id, filter: "done" })).toEqual({ view: { kind: "label", id }, filter: "done" });
    expect(viewOfListInput({ view: "inbox" })).toEqual({ view: { kind: "inbox" }, filter: "all" });
    expect(viewOfListInput(undefined)).toEqual({ view: { kind: "all" }, filter: "all" });
  });
});
