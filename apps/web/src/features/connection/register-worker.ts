/**
 * Registers the service worker (src/app/sw.ts, built into public/sw.js by
 * production builds only) once the page has loaded. Serwist's own register
 * script (turned off in next.config.ts) reads `registration.waiting` without
 * checking, and throws an uncaught error where a browser refuses workers (a
 * policy, an extension, Playwright's `serviceWorkers: "block"`). The planner
 * works without its offline copy, so a refusal is not an error here.
 */
export function registerServiceWorker() {
  // `next dev` builds no worker: there the registration is refused (404), quietly, like any refusal.
  if (typeof window === "undefined" || !("serviceWorker" in navigator)) return;
  const register = () => void navigator.serviceWorker?.register("/sw.js", { scope: "/" }).catch(() => undefined);
  if (document.readyState === "complete") register();
  else window.addEventListener("load", register, { once: true });
}
