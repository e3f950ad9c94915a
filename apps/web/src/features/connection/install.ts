import { browserRetryEffects } from "./browser-effects";
import { handleNavigationFailure, handleNavigationStart, handleRscFetch } from "./events";
import { navigationFailure } from "./navigation-failure";

// Pages whose prefetch failed (events.ts says why they matter).
const failedPrefetches = new Set<string>();
const showFailure = (url: string) =>
  handleNavigationFailure(url, {
    offlineWithWorker: () => !navigator.onLine && !!navigator.serviceWorker?.controller,
    load: browserRetryEffects.load,
    showFailure: (failed) => navigationFailure.set(failed),
  });
let installed = false;

/**
 * Wraps the page's fetch once, before the app starts (instrumentation-client),
 * because Next's router calls the global fetch for navigations and prefetches
 * and offers no hook for a failed one. Everything but the router's page
 * payload requests goes straight to the browser's fetch.
 */
export function installNavigationFailureGuard() {
  if (typeof window === "undefined" || installed) return;
  installed = true;
  const browserFetch = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
    handleRscFetch(input, init, { fetch: browserFetch, navigationFailed: showFailure, prefetchFailed: (url) => failedPrefetches.add(url) });
}

/** Next calls this as a client navigation starts (instrumentation-client's onRouterTransitionStart). */
export function onNavigationStart(href: string) {
  void handleNavigationStart(href, { failedPrefetches, ...browserRetryEffects, navigationFailed: showFailure });
}
