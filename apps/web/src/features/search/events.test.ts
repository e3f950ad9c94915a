import { describe, expect, it, vi } from "vitest";
import { handleSearchSubmit } from "./events";
import { excerptAround, matchParts } from "./highlight";
import { readSearchQuery, searchHref, todoListHref } from "./search-state";

function fakeUi() {
  const state = { error: undefined as string | undefined };
  const ui = { setError: vi.fn((message: string | undefined) => void (state.error = message)), navigate: vi.fn<(url: string) => void>() };
  return { ui, state };
}

describe("handleSearchSubmit", () => {
  it("goes to the results of the trimmed query, Korean kept as typed", async () => {
    const { ui, state } = fakeUi();
    await handleSearchSubmit("  회의 ", ui);
    expect(ui.navigate).toHaveBeenCalledWith("/search?q=%ED%9A%8C%EC%9D%98");
    expect(readSearchQuery(new URLSearchParams(ui.navigate.mock.calls[0]![0].split("?")[1]))).toBe("회의");
    expect(state.error).toBeUndefined();
  });

  it("keeps % and _ in the address as they are typed", async () => {
    const { ui } = fakeUi();
    await handleSearchSubmit("100%_done", ui);
    expect(ui.navigate).toHaveBeenCalledWith(searchHref("100%_done"));
    expect(new URL(searchHref("100%_done"), "http://x").searchParams.get("q")).toBe("100%_done");
  });

  it.each([
    ["empty", "", "Type something to search for."],
    ["only spaces", "   ", "Type something to search for."],
    ["too long", "x".repeat(101), "Keep the search to 100 characters."],
  ])("explains a search that is %s at the field and goes nowhere", async (_label, value, message) => {
    const { ui, state } = fakeUi();
    await handleSearchSubmit(value, ui);
    expect(state.error).toBe(message);
    expect(ui.navigate).not.toHaveBeenCalled();
  });

  it("clears the last error once the search is fine", async () => {
    const { ui, state } = fakeUi();
    await handleSearchSubmit("", ui);
    await handleSearchSubmit("meeting", ui);
    expect(state.error).toBeUndefined();
  });
});

describe("matchParts", () => {
  it("marks every match, any case, as the server matches", () => {
    expect(matchParts("Team Meeting, meeting notes", "MEETING")).toEqual([
      { text: "Team ", match: false },
      { text: "Meeting", match: true },
      { text: ", ", match: false },
      { text: "meeting", match: true },
      { text: " notes", match: false },
    ]);
  });

  it("finds Korean inside a word and takes regular-expression characters literally", () => {
    expect(matchParts("주간 회의", "회의")).toEqual([
      { text: "주간 ", match: false },
      { text: "회의", match: true },
    ]);
    expect(matchParts("a.b (x)", ".b (")).toEqual([
      { text: "a", match: false },
      { text: ".b (", match: true },
      { text: "x)", match: false },
    ]);
  });

  it("leaves text without the query whole", () => {
    expect(matchParts("Lunch", "회의")).toEqual([{ text: "Lunch", match: false }]);
    expect(matchParts("Lunch", " ")).toEqual([{ text: "Lunch", match: false }]);
  });
});

describe("excerptAround", () => {
  it("shows the words around the first match on one line", () => {
    const memo = `${"a".repeat(60)}\nbring the 회의 notes\n${"b".repeat(60)}`;
    expect(excerptAround(memo, "회의", 10)).toBe("…bring the 회의 notes bbb…");
  });

  it("is null when the query is not in it", () => {
    expect(excerptAround("nothing here", "회의")).toBeNull();
  });
});

describe("todoListHref", () => {
  it("opens the tab the todo is on", () => {
    expect(todoListHref(false)).toBe("/todos?filter=open");
    expect(todoListHref(true)).toBe("/todos?filter=done");
  });
});
