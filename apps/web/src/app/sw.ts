/// <reference lib="webworker" />
import { NetworkOnly, Serwist, type PrecacheEntry, type SerwistGlobalConfig } from "serwist";
import { OFFLINE_PAGE, USER_KEY_HEADER, personalRequestKind } from "~/features/connection/offline-cache-policy";
import { answerPersonal } from "~/features/connection/personal-cache";

// The service worker (@serwist/next builds it into public/sw.js at `next build`;
// development runs without it). It keeps:
// - the app shell: the build's scripts and styles and the offline page, fetched
//   once when the worker installs (precache), so that a kept page starts offline;
// - per person, the calendar and todo pages and what they read
//   (features/connection: offline-cache-policy.ts says which, personal-cache.ts how);
// and answers every other page with the offline page when the network fails.
// Nothing else passes through it: log-in, admin, token and every other API
// request go to the network as if there were no worker.

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}

declare const self: ServiceWorkerGlobalScope;

const serwist: Serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  // Old builds' files go with their worker.
  precacheOptions: { cleanupOutdatedCaches: true, concurrency: 4 },
  // A new build's worker takes over the open pages at once: its shell is the one they load next.
  skipWaiting: true,
  clientsClaim: true,
  // A page's request starts while the worker is still waking up, not after.
  navigationPreload: true,
  runtimeCaching: [
    {
      matcher: ({ request, url }) =>
        personalRequestKind({
          url: url.href,
          method: request.method,
          mode: request.mode,
          origin: self.location.origin,
          userKey: request.headers.get(USER_KEY_HEADER),
        }) !== null,
      handler: ({ request, event }): Promise<Response> =>
        answerPersonal(request, request.mode === "navigate" ? "page" : "data", {
          caches: self.caches,
          // A page's request already under way (navigation preload), else a new one.
          fetch: async (kept) => ((await (event as FetchEvent).preloadResponse?.catch(() => undefined)) as Response | undefined) ?? fetch(kept),
          now: () => new Date(),
          waitUntil: (work) => event.waitUntil(work),
        }).catch(async (error: unknown): Promise<Response> => {
          if (request.mode !== "navigate") throw error;
          return (await serwist.matchPrecache(OFFLINE_PAGE)) ?? Response.error();
        }),
    },
    // Any other page of ours: the network, or the offline page (`fallbacks` below).
    {
      matcher: ({ request, url }) => request.mode === "navigate" && url.origin === self.location.origin,
      handler: new NetworkOnly(),
    },
  ],
  fallbacks: { entries: [{ url: OFFLINE_PAGE, matcher: ({ request }) => request.destination === "document" }] },
});

serwist.addEventListeners();
