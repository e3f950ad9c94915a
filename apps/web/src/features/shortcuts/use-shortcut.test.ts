import { describe, expect, it } from "vitest";
import { parseShortcut, takesTyping } from "./use-shortcut";

describe("takesTyping", () => {
  it("is true where keys type: text fields, text areas, drop-downs, editable text", () => {
    expect(takesTyping({ tagName: "INPUT", type: "text" })).toBe(true);
    expect(takesTyping({ tagName: "INPUT" })).toBe(true);
    expect(takesTyping({ tagName: "INPUT", type: "search" })).toBe(true);
    expect(takesTyping({ tagName: "INPUT", type: "datetime-local" })).toBe(true);
    expect(takesTyping({ tagName: "TEXTAREA" })).toBe(true);
    expect(takesTyping({ tagName: "SELECT" })).toBe(true);
    expect(takesTyping({ tagName: "DIV", isContentEditable: true })).toBe(true);
  });

  it("is false on controls keys do not type into, and on the page", () => {
    expect(takesTyping({ tagName: "INPUT", type: "checkbox" })).toBe(false);
    expect(takesTyping({ tagName: "INPUT", type: "radio" })).toBe(false);
    expect(takesTyping({ tagName: "BUTTON", type: "submit" })).toBe(false);
    expect(takesTyping({ tagName: "A" })).toBe(false);
    expect(takesTyping({ tagName: "BODY", isContentEditable: false })).toBe(false);
  });
});

describe("parseShortcut", () => {
  it("reads keys by their place on the keyboard, any of a list, with Shift where named", () => {
    expect(parseShortcut("c")).toEqual([{ code: "KeyC", shift: false }]);
    expect(parseShortcut("j, right")).toEqual([
      { code: "KeyJ", shift: false },
      { code: "ArrowRight", shift: false },
    ]);
    expect(parseShortcut("shift+slash")).toEqual([{ code: "Slash", shift: true }]);
    expect(parseShortcut("slash")).toEqual([{ code: "Slash", shift: false }]);
  });
});
