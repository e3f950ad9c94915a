import { describe, expect, it } from "vitest";
import { nextListItem } from "./list-focus";

describe("nextListItem", () => {
  const items = ["a", "b", "c"];

  it("starts at the first item going down and the last going up", () => {
    expect(nextListItem(items, null, 1)).toBe("a");
    expect(nextListItem(items, null, -1)).toBe("c");
    expect(nextListItem(items, "elsewhere", 1)).toBe("a");
  });

  it("moves one item and stays at the ends", () => {
    expect(nextListItem(items, "a", 1)).toBe("b");
    expect(nextListItem(items, "b", -1)).toBe("a");
    expect(nextListItem(items, "c", 1)).toBe("c");
    expect(nextListItem(items, "a", -1)).toBe("a");
  });

  it("has nothing to move to in an empty list", () => {
    expect(nextListItem([], null, 1)).toBeUndefined();
  });
});
