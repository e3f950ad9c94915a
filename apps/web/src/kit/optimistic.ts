// The one optimistic update of every feature: the change shows at once, the
// server is asked, and a refusal takes back exactly that change (the inverse
// of it, not a snapshot), so other edits made while it was on its way stay.

/** A cache that takes reversible changes: stop refetches, apply a change, refresh once all is settled. */
export type OptimisticCache<Change> = {
  prepare: () => void;
  apply: (change: Change) => void;
  settle: () => void;
};

type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

type OptimisticSteps<Change, T> = {
  /** The change that undoes `change`. */
  invert: (change: Change) => Change;
  /** The server's version once it answers (ids, timestamps), applied over the optimistic one. */
  confirmed?: (value: T) => Change;
};

/** Shows `change`, then sends; rolls back on failure. Never throws: the outcome says what happened. */
export async function optimistically<Change, T>(
  cache: OptimisticCache<Change>,
  change: Change,
  send: () => Promise<T>,
  steps: OptimisticSteps<Change, T>,
): Promise<Outcome<T>> {
  // In the same tick as the event: a refetch landing after the edit (or a
  // controlled checkbox re-rendering first) would undo it on screen.
  cache.prepare();
  cache.apply(change);
  try {
    const value = await send();
    if (steps.confirmed) cache.apply(steps.confirmed(value));
    return { ok: true, value };
  } catch (error) {
    cache.apply(steps.invert(change));
    return { ok: false, error };
  } finally {
    cache.settle();
  }
}
