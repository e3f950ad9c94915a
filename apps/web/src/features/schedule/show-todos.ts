// "Show todos" on the calendar, remembered per account on this device (the
// calendar of someone else, shared or an admin's view, never shows todos).

const KEY = "planner:calendar-show-todos:";

type Storage = Pick<globalThis.Storage, "getItem" | "setItem">;

/** Shown unless this account hid them here before; storage that cannot be read counts as never hidden. */
export function readShowTodos(storage: Storage | null, userId: string): boolean {
  try {
    return storage?.getItem(KEY + userId) !== "0";
  } catch {
    return true;
  }
}

export function rememberShowTodos(storage: Storage | null, userId: string, show: boolean): void {
  try {
    storage?.setItem(KEY + userId, show ? "1" : "0");
  } catch {
    // Private browsing may refuse storage: the choice then lasts for this page only.
  }
}
