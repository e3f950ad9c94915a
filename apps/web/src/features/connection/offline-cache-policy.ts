// What the service worker (src/app/sw.ts) may keep for reading offline, and
// whose it is. Pure rules, shared by the worker, the page and the server.
//
// Only two pages and the queries they read are kept: the calendar range, the
// todo list with the projects, labels and counts beside it, and the unread
// count of the header's bell. Never a
// log-in, admin, token, account or settings answer: anything not listed here
// passes the worker untouched. Every answer kept belongs to one person: the
// server labels it with that person's key (a hash of the user id, never the
// id itself), the worker files it in a cache named after that key, and it
// hands a copy back only to a request for the same key. Log-out, a session
// that ended (401), or an answer labelled for someone else removes the cache.

/** The response header with the key of the person an answer is for (set by the server); also sent by the page on its reads. */
export const USER_KEY_HEADER = "x-planner-user";

/** Added by the worker to a copy it keeps: when it was saved (ISO 8601). Its presence tells the page the answer came from the copy. */
export const SAVED_AT_HEADER = "x-planner-saved-at";

/** Per-person caches are named with this prefix and the person's key. */
export const PERSONAL_CACHE_PREFIX = "planner-personal-";

/** The page shown for a page that is neither on the network nor kept (precached by the worker). */
export const OFFLINE_PAGE = "/~offline";

/** The tRPC queries whose answers are kept: what the calendar and todo pages show. */
export const OFFLINE_QUERIES: ReadonlySet<string> = new Set([
  "schedule.range",
  "todo.list",
  // The todo page's side column, asked in the same batch as the list.
  "todo.viewCounts",
  "todo.project.list",
  "todo.label.list",
  "notification.unreadCount",
]);

/** The pages whose documents are kept. */
export const OFFLINE_PAGES: ReadonlySet<string> = new Set(["/calendar", "/todos"]);

/** How many answers are kept per person: the newest, enough for the ranges and filters recently looked at. */
export const MAX_KEPT_ANSWERS = 40;

const TRPC_PREFIX = "/api/trpc/";

export type RequestFacts = { url: string; method: string; mode: string; origin: string; userKey: string | null };

/** Which kind of personal answer a request asks for: a kept query ("data"), a kept page ("page"), or nothing to do with the cache. */
export function personalRequestKind({ url, method, mode, origin, userKey }: RequestFacts): "data" | "page" | null {
  if (method !== "GET") return null;
  const parsed = new URL(url);
  if (parsed.origin !== origin) return null;
  if (mode === "navigate") return OFFLINE_PAGES.has(parsed.pathname) ? "page" : null;
  if (!parsed.pathname.startsWith(TRPC_PREFIX) || !userKey) return null;
  // A batch names its procedures joined by commas; every one of them must be on the list.
  const paths = decodeURIComponent(parsed.pathname.slice(TRPC_PREFIX.length)).split(",");
  return paths.length > 0 && paths.every((path) => OFFLINE_QUERIES.has(path)) ? "data" : null;
}

export function personalCacheName(userKey: string): string {
  return `${PERSONAL_CACHE_PREFIX}${userKey}`;
}

/** The person a cache is for, or null for a cache that is not a personal one. */
export function userKeyOfCache(cacheName: string): string | null {
  return cacheName.startsWith(PERSONAL_CACHE_PREFIX) ? cacheName.slice(PERSONAL_CACHE_PREFIX.length) || null : null;
}

type ResponseFacts = { status: number; redirected: boolean; type: string; headers: { get: (name: string) => string | null } };

/**
 * The key an answer may be kept under, or null: only a complete, direct (not
 * redirected) 200 that the server labelled; and a query's answer only when
 * its label is the key the page asked with.
 */
export function keepUnder(response: ResponseFacts, requestUserKey: string | null): string | null {
  if (response.status !== 200 || response.redirected || response.type === "opaqueredirect") return null;
  const label = response.headers.get(USER_KEY_HEADER);
  if (!label) return null;
  if (requestUserKey !== null && label !== requestUserKey) return null;
  return label;
}

/** Whether a kept copy may be handed back for `userKey`: its own label must say so. */
export function mayServe(cached: { headers: { get: (name: string) => string | null } }, userKey: string): boolean {
  return cached.headers.get(USER_KEY_HEADER) === userKey;
}

/** An answer that means the person is no longer logged in: every personal copy goes. */
export function endsSession(response: { status: number }): boolean {
  return response.status === 401;
}
