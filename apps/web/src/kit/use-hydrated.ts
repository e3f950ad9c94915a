import { useSyncExternalStore } from "react";

// Nothing to subscribe to: the answer changes once, from the server's render to the browser's.
const noSubscription = () => () => undefined;

/**
 * False in the server's render and while the page hydrates, true once the
 * page's script runs. A control whose change is saved by that script is
 * disabled until then: a click before it would change the page but save nothing.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}
