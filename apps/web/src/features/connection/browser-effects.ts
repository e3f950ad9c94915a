import type { RetryEffects } from "./events";

/** How the error page and the navigation guard check the server and leave for a page, in the browser. */
export const browserRetryEffects: RetryEffects = {
  // Any answer below 500 means the server is back (a redirect to log in included).
  reachable: async (url) => (await fetch(url, { method: "HEAD", cache: "no-store", redirect: "manual" })).status < 500,
  load: (url) => window.location.assign(url),
};
