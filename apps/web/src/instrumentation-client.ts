import { makeZodJitless } from "~/kit/zod-jitless";
import { installNavigationFailureGuard, onNavigationStart } from "~/features/connection/install";
import { installOfflineStatus } from "~/features/connection/offline-status";
import { registerServiceWorker } from "~/features/connection/register-worker";

// Runs in the browser before any of the app's own code, so before the first
// schema is built. Zod 4 compiles object schemas with `new Function` when it can,
// and finds out by trying: under our Content-Security-Policy (no 'unsafe-eval')
// that try is refused and reported as a violation on every page. Parsing a form
// without the compiled fast path costs nothing a person could notice; the server
// (no CSP there) keeps it.
makeZodJitless();

// A navigation that cannot reach the server shows the app's error page, not the
// browser's (features/connection/events.ts says how and why here).
installNavigationFailureGuard();

// Whether the browser is offline, from the start: a page the service worker
// served from its copy may open offline (features/connection/offline-status.ts).
installOfflineStatus();

// The worker that keeps the pages for offline use (production builds only).
registerServiceWorker();

/** Next's hook for every client navigation (features/connection/install.ts). */
export function onRouterTransitionStart(url: string) {
  onNavigationStart(url);
}
