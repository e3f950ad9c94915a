/**
 * The cache's rules (personal-cache.ts), fetched when someone logs in or out,
 * not with every page: the log-in form starts fetching them once it is shown
 * (auth/session.ts), as it does next-auth's client.
 */
export const loadPersonalCache = () => import("./personal-cache");

/**
 * Deletes every offline copy the service worker kept (whoever's) from this
 * browser: at log-out and at log-in, so that the next person on this browser
 * finds none of the last one's calendar or todos, online or off. Cache Storage
 * is shared by the page and its worker. Browsers give it only to secure pages
 * (https, localhost), where alone the worker runs: elsewhere there is nothing to delete.
 */
export async function forgetOfflineCopies(): Promise<void> {
  if (typeof caches === "undefined") return;
  await loadPersonalCache()
    .then(({ forgetEveryone }) => forgetEveryone(caches))
    .catch(() => undefined);
}
