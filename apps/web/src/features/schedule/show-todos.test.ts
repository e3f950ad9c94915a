import { describe, expect, it } from "vitest";
import { readShowTodos, rememberShowTodos } from "./show-todos";

function memoryStorage() {
  const items = new Map<string, string>();
  return { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value) };
}

describe("Show todos, remembered per account", () => {
  it("is on until the account turns it off, and each account keeps its own", () => {
    const storage = memoryStorage();
    expect(readShowTodos(storage, "ann")).toBe(true);
    rememberShowTodos(storage, "ann", false);
    expect([readShowTodos(storage, "ann"), readShowTodos(storage, "bob")]).toEqual([false, true]);
    rememberShowTodos(storage, "ann", true);
    expect(readShowTodos(storage, "ann")).toBe(true);
  });

  it("storage that refuses (private browsing) or is missing counts as on, and remembering there does not throw", () => {
    const refusing = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
    };
    expect(readShowTodos(refusing, "ann")).toBe(true);
    expect(() => rememberShowTodos(refusing, "ann", false)).not.toThrow();
    expect(readShowTodos(null, "ann")).toBe(true);
  });
});
