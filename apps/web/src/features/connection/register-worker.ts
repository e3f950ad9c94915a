/**
 * Registers the service worker (src/app/sw.ts, built into public/sw.js by
 * production builds only) once the page has loaded. Serwist's own register
 * script (turned off in next.config.ts) reads `registration.waiting` without
 * checking, and throws an uncaught error where a browser refuses workers (a
 * policy, an extension, Playwright's `serviceWorkers: "block"`). The planner
 * works without its offline copy, so a refusal is not an error here.
 */
export function registerServiceWorker() {
  // Only production builds have a worker of their own. `next dev` builds none,
  // but finds the last build's public/sw.js, which would cache that build's
  // files and ask the dev server for them. Next writes this literal into the
  // browser's code (settings.ts is the server's).
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NODE_ENV !== "production") return;
  if (typeof window === "undefined" || !("serviceWorker" in navigator)) return;
  const register = () => void navigator.serviceWorker?.register("/sw.js", { scope: "/" }).catch(() => undefined);
  if (document.readyState === "complete") register();
  else window.addEventListener("load", register, { once: true });
}
