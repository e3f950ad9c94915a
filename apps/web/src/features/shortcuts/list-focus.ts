/** What the list shortcuts (j / k) move between: each list row's first control carries it. */
export const LIST_ITEM_ATTRIBUTE = "data-list-item";

/**
 * The item to focus when moving `direction` from the focused one: the next or
 * previous item, staying at either end; the first one when none has focus.
 */
export function nextListItem<Item>(items: readonly Item[], focused: Item | null, direction: 1 | -1): Item | undefined {
  if (items.length === 0) return undefined;
  const index = focused === null ? -1 : items.indexOf(focused);
  if (index === -1) return direction === 1 ? items[0] : items[items.length - 1];
  return items[Math.min(items.length - 1, Math.max(0, index + direction))];
}

/** Moves the keyboard focus to the page's next or previous list item. */
export function moveListFocus(direction: 1 | -1) {
  // Only what is shown: some lists are laid out twice, as a table and for phones.
  const items = [...document.querySelectorAll<HTMLElement>(`[${LIST_ITEM_ATTRIBUTE}]`)].filter((item) => item.checkVisibility());
  const focused = items.find((item) => item === document.activeElement) ?? null;
  const target = nextListItem(items, focused, direction);
  target?.focus();
  target?.scrollIntoView({ block: "nearest" });
}
