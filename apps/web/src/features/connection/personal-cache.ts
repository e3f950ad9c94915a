import {
  MAX_KEPT_ANSWERS,
  PERSONAL_CACHE_PREFIX,
  SAVED_AT_HEADER,
  USER_KEY_HEADER,
  endsSession,
  keepUnder,
  mayServe,
  personalCacheName,
  userKeyOfCache,
} from "./offline-cache-policy";

// The service worker's handling of a personal answer (offline-cache-policy.ts
// says which those are): from the network while it answers, keeping a copy in
// that person's cache; from the copy when the network fails. Written against
// the Cache Storage and fetch it is given, so the unit tests run it on fakes.
//
// Hand-written rather than a Serwist strategy: Serwist's strategies keep to one
// cache named up front, while here the cache is chosen by the server's label
// on each answer, and a copy is refused when its label is not the asker's.

export type PersonalCacheDeps = {
  caches: Pick<CacheStorage, "keys" | "open" | "delete" | "has">;
  fetch: (request: Request) => Promise<Response>;
  now: () => Date;
  /** Keeps the worker alive for work that finishes after the answer (event.waitUntil). */
  waitUntil: (work: Promise<unknown>) => void;
};

/** Network first; on a network failure, this person's copy, or the failure itself. */
export async function answerPersonal(request: Request, kind: "data" | "page", deps: PersonalCacheDeps): Promise<Response> {
  const requestUserKey = kind === "data" ? request.headers.get(USER_KEY_HEADER) : null;
  let response: Response;
  try {
    response = await deps.fetch(request);
  } catch (error) {
    const copy = await keptCopy(request, requestUserKey, deps.caches);
    if (copy) return copy;
    throw error;
  }
  deps.waitUntil(remember(request, response.clone(), requestUserKey, deps).catch(() => undefined));
  return response;
}

async function remember(request: Request, response: Response, requestUserKey: string | null, deps: PersonalCacheDeps) {
  if (endsSession(response)) {
    await forgetEveryone(deps.caches);
    return;
  }
  const userKey = keepUnder(response, requestUserKey);
  if (!userKey) return;
  // Someone else's copies go the moment an answer for this person arrives.
  await forgetEveryone(deps.caches, userKey);
  const cache = await deps.caches.open(personalCacheName(userKey));
  const headers = new Headers(response.headers);
  headers.set(SAVED_AT_HEADER, deps.now().toISOString());
  const body = await response.arrayBuffer();
  await cache.put(request.url, new Response(body, { status: response.status, statusText: response.statusText, headers }));
  const keys = await cache.keys();
  // Oldest first (a put moves its key to the end): only the newest are kept.
  for (const stale of keys.slice(0, Math.max(0, keys.length - MAX_KEPT_ANSWERS))) await cache.delete(stale);
}

/**
 * The copy for this request: a query's from the cache of the key it was asked
 * with; a page's from the one person's cache there is (none, or more than one
 * during a change of person: nothing). Either way only if its own label agrees.
 */
async function keptCopy(request: Request, requestUserKey: string | null, caches: PersonalCacheDeps["caches"]): Promise<Response | null> {
  let userKey = requestUserKey;
  if (userKey === null) {
    const people = (await caches.keys()).map(userKeyOfCache).filter((key): key is string => key !== null);
    if (people.length !== 1) return null;
    userKey = people[0]!;
  }
  const name = personalCacheName(userKey);
  if (!(await caches.has(name))) return null;
  const copy = await (await caches.open(name)).match(request.url, { ignoreVary: true });
  return copy && mayServe(copy, userKey) ? copy : null;
}

/** Deletes every person's copies (but `except`'s). The page calls it at log-out too. */
export async function forgetEveryone(caches: Pick<CacheStorage, "keys" | "delete">, except?: string) {
  const names = await caches.keys();
  await Promise.all(
    names.filter((name) => name.startsWith(PERSONAL_CACHE_PREFIX) && name !== (except && personalCacheName(except))).map((name) => caches.delete(name)),
  );
}
