import { orderKeyBetween } from "@planner/domain";

// The order every view shows (the server's, from the contract): by due date
// (none last; on a day, a date alone before a time, then by time), then by
// priority (P1 first), then the owner's manual order, then id. A drag can only
// change the manual order, so it may only move a todo among those with the same
// due date, due time and priority: anywhere else the list would put it straight
// back. Todos without a due date and of one priority (the Inbox, a project) are
// one such group.

export type Orderable = {
  id: string;
  dueOn: string | null;
  dueAt: Date | null;
  priority: number;
  position: string;
};

/** Negative when `a` comes first in a view. */
export function compareTodos(a: Orderable, b: Orderable): number {
  if (a.dueOn !== b.dueOn) {
    if (a.dueOn === null) return 1;
    if (b.dueOn === null) return -1;
    return a.dueOn < b.dueOn ? -1 : 1;
  }
  const at = a.dueAt?.getTime() ?? null;
  const bt = b.dueAt?.getTime() ?? null;
  if (at !== bt) {
    if (at === null) return -1;
    if (bt === null) return 1;
    return at - bt;
  }
  if (a.priority !== b.priority) return a.priority - b.priority;
  // Fractional-indexing keys compare byte by byte (the column is COLLATE "C"), as JS strings of ASCII do.
  if (a.position !== b.position) return a.position < b.position ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Todos that a drag may reorder among each other share this key. */
export function reorderGroupOf(todo: Orderable): string {
  return `${todo.dueOn ?? "none"}|${todo.dueAt?.toISOString() ?? "day"}|${todo.priority}`;
}

export type MovePlan<T> =
  | {
      ok: true;
      /** The list as it looks after the move. */
      order: T[];
      /** The moved todo with a position between its new neighbours (until the server's own key comes back). */
      moved: T;
      /** What todo.move is sent: the visible neighbour it now follows, or (first of its group) the one it now precedes. */
      neighbour: { afterId: string } | { beforeId: string };
    }
  | { ok: false; reason: "unchanged" | "otherGroup" };

/** Moving `activeId` to where `overId` is (dnd-kit's arrayMove semantics). */
export function planMove<T extends Orderable>(items: readonly T[], activeId: string, overId: string): MovePlan<T> {
  const from = items.findIndex((item) => item.id === activeId);
  const to = items.findIndex((item) => item.id === overId);
  if (from < 0 || to < 0 || from === to) return { ok: false, reason: "unchanged" };
  const active = items[from]!;
  if (reorderGroupOf(active) !== reorderGroupOf(items[to]!)) return { ok: false, reason: "otherGroup" };
  const order = [...items];
  order.splice(from, 1);
  order.splice(to, 0, active);
  const group = reorderGroupOf(active);
  const before = order[to - 1];
  const after = order[to + 1];
  const previous = before && reorderGroupOf(before) === group ? before : undefined;
  const next = after && reorderGroupOf(after) === group ? after : undefined;
  const moved = { ...active, position: keyBetween(previous?.position ?? null, next?.position ?? null) };
  order[to] = moved;
  const neighbour = previous ? { afterId: previous.id } : { beforeId: next!.id };
  return { ok: true, order, moved, neighbour };
}

/** One step up (-1) or down (+1), as Alt+Arrow does. */
export function planStep<T extends Orderable>(items: readonly T[], id: string, step: -1 | 1): MovePlan<T> {
  const index = items.findIndex((item) => item.id === id);
  const over = items[index + step];
  if (index < 0 || !over) return { ok: false, reason: "unchanged" };
  return planMove(items, id, over.id);
}

/**
 * A key strictly between two (either end open). Keys the client did not make
 * may be out of order between groups or equal after a concurrent move; then
 * any key near them does for the moment the server takes to answer.
 */
function keyBetween(lower: string | null, upper: string | null): string {
  try {
    return orderKeyBetween(lower, upper);
  } catch {
    return lower ?? upper ?? orderKeyBetween(null, null);
  }
}
