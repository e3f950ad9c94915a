// A client navigation in Next.js fetches the next page's React Server
// Components payload (a request with the header `RSC: 1`). When that fetch
// fails (the server is down, the network dropped, a proxy answered 502 with its
// own HTML), Next's router gives up on the client navigation and sends the
// browser to the URL with a full page load; with the server gone that load
// fails too, and the browser shows its own error page. These handlers catch the
// failure first, and show the app's error page instead (its "Try again" checks
// the server, then loads the page).
//
// A prefetch (Link fetches a page's payload ahead, on sight or hover) that fails
// is worse: Next remembers "load this page in full" for that link, and the
// click later goes straight to the browser. A failed prefetch is held too and
// remembered here; when a navigation to that page starts, the page is loaded in
// full if the server answers again, and the error page is shown if not.

const RSC_CACHE_BUSTER = "_rsc";

export type RscFetchEffects = {
  fetch: typeof fetch;
  navigationFailed: (url: string) => void;
  prefetchFailed: (url: string) => void;
};

export type NavigationStartEffects = {
  failedPrefetches: Set<string>;
  reachable: (url: string) => Promise<boolean>;
  load: (url: string) => void;
  navigationFailed: (url: string) => void;
};

export type RetryEffects = {
  /** True when the server answers at all (any status below 500). */
  reachable: (url: string) => Promise<boolean>;
  /** A full page load of the URL. */
  load: (url: string) => void;
};

export type RetryUi = { setChecking: (checking: boolean) => void; stillDown: () => void };

function headerOf(init: RequestInit | undefined, name: string): string | null {
  return new Headers(init?.headers).get(name);
}

type RscKind = "navigation" | "prefetch" | null;

/** A page payload request of the router: a navigation's or a prefetch's; null for anything else the page fetches. */
export function rscFetchKind(init: RequestInit | undefined): RscKind {
  if (headerOf(init, "rsc") !== "1") return null;
  return headerOf(init, "next-router-prefetch") === null && headerOf(init, "next-router-segment-prefetch") === null ? "navigation" : "prefetch";
}

/** The page a request or a link is for, without the router's cache-busting parameter or a hash. */
export function pageUrlOf(input: RequestInfo | URL): string {
  const url = new URL(input instanceof Request ? input.url : String(input), globalThis.location?.href);
  url.searchParams.delete(RSC_CACHE_BUSTER);
  url.hash = "";
  return url.toString();
}

/** Never settles, unless the request is aborted (the page is left): the router keeps waiting, and the error page is shown instead. */
function held(signal: AbortSignal | null | undefined): Promise<Response> {
  return new Promise((_resolve, reject) => {
    signal?.addEventListener("abort", () => reject(signal.reason as Error), { once: true });
  });
}

/**
 * Every fetch of the page passes here; only a navigation's payload request is
 * looked at. Holding the failed request (rather than letting it fail) keeps
 * Next from falling back to a full page load of a server that is not there.
 */
export async function handleRscFetch(input: RequestInfo | URL, init: RequestInit | undefined, effects: RscFetchEffects): Promise<Response> {
  const kind = rscFetchKind(init);
  if (!kind) return effects.fetch(input, init);
  const failed = () => {
    (kind === "navigation" ? effects.navigationFailed : effects.prefetchFailed)(pageUrlOf(input));
    return held(init?.signal);
  };
  let response: Response;
  try {
    response = await effects.fetch(input, init);
  } catch (error) {
    if (init?.signal?.aborted) throw error;
    return failed();
  }
  const isPayload = response.headers.get("content-type")?.startsWith("text/x-component") ?? false;
  return response.status >= 500 && !isPayload ? failed() : response;
}

/** A navigation starts (instrumentation-client's onRouterTransitionStart): to a page whose prefetch failed, see above. */
export async function handleNavigationStart(href: string, effects: NavigationStartEffects) {
  const url = pageUrlOf(href);
  if (!effects.failedPrefetches.has(url)) return;
  effects.failedPrefetches.delete(url);
  const up = await effects.reachable(url).catch(() => false);
  if (up) effects.load(url);
  else effects.navigationFailed(url);
}

/** "Try again": load the page once the server answers; until then, say it is still unreachable. */
export async function handleNavigationRetry(url: string, effects: RetryEffects, ui: RetryUi) {
  ui.setChecking(true);
  const up = await effects.reachable(url).catch(() => false);
  if (up) {
    effects.load(url);
    return;
  }
  ui.setChecking(false);
  ui.stillDown();
}

export type NavigationFailureEffects = {
  /** The browser says it is offline, and a service worker controls the page (it has the pages kept for offline). */
  offlineWithWorker: () => boolean;
  load: (url: string) => void;
  showFailure: (url: string) => void;
};

/**
 * A navigation that could not reach the server: offline, with the service
 * worker there, a full load of the page, which the worker answers with its
 * copy (the calendar, the todo list) or its offline page; otherwise the app's
 * error page, which waits for the server.
 */
export function handleNavigationFailure(url: string, effects: NavigationFailureEffects) {
  if (effects.offlineWithWorker()) effects.load(url);
  else effects.showFailure(url);
}
