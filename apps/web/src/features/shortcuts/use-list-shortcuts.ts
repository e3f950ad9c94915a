"use client";

import { moveListFocus } from "./list-focus";
import { useShortcut } from "./use-shortcut";

/** j and k move the focus down and up a list's rows (those marked with LIST_ITEM_ATTRIBUTE). */
export function useListShortcuts() {
  useShortcut("j", () => moveListFocus(1));
  useShortcut("k", () => moveListFocus(-1));
}

/** `/` puts the cursor in the page's search box. */
export function useSearchShortcut(fieldId: string) {
  useShortcut("slash", () => document.getElementById(fieldId)?.focus());
}
