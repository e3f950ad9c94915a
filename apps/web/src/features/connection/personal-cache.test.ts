import { describe, expect, it } from "vitest";
import { MAX_KEPT_ANSWERS, SAVED_AT_HEADER, USER_KEY_HEADER, personalCacheName } from "./offline-cache-policy";
import { answerPersonal, forgetEveryone, type PersonalCacheDeps } from "./personal-cache";

/** Cache Storage in memory: enough of it for the worker's handling (insertion-ordered keys, as browsers keep them). */
class MemoryCaches {
  readonly stores = new Map<string, Map<string, Response>>();
  keys = () => Promise.resolve([...this.stores.keys()]);
  has = (name: string) => Promise.resolve(this.stores.has(name));
  delete = (name: string) => Promise.resolve(this.stores.delete(name));
  open = (name: string) => {
    const store = this.stores.get(name) ?? new Map<string, Response>();
    this.stores.set(name, store);
    const urlOf = (request: RequestInfo | URL) => (request instanceof Request ? request.url : String(request));
    return Promise.resolve({
      put: (request: RequestInfo | URL, response: Response) => {
        store.delete(urlOf(request));
        store.set(urlOf(request), response);
        return Promise.resolve();
      },
      match: (request: RequestInfo | URL) => Promise.resolve(store.get(urlOf(request))?.clone()),
      keys: () => Promise.resolve([...store.keys()].map((url) => new Request(url))),
      delete: (request: RequestInfo | URL) => Promise.resolve(store.delete(urlOf(request))),
    } as unknown as Cache);
  };
}

const ORIGIN = "https://planner.example";
const RANGE = `${ORIGIN}/api/trpc/schedule.range?input=march`;
const SAVED = new Date("2026-03-03T05:05:00Z");

function world() {
  const caches = new MemoryCaches();
  const pending: Promise<unknown>[] = [];
  let network: (request: Request) => Promise<Response> = () => Promise.reject(new TypeError("Failed to fetch"));
  const deps: PersonalCacheDeps = {
    caches: caches,
    fetch: (request) => network(request),
    now: () => SAVED,
    waitUntil: (work) => void pending.push(work),
  };
  return {
    caches,
    deps,
    online: (answer: (request: Request) => Response) => (network = (request) => Promise.resolve(answer(request))),
    offline: () => (network = () => Promise.reject(new TypeError("Failed to fetch"))),
    settled: () => Promise.all(pending.splice(0)),
  };
}

const read = (url: string, userKey: string) => new Request(url, { headers: { [USER_KEY_HEADER]: userKey } });
const labelled = (body: string, userKey: string | null, status = 200) =>
  new Response(body, { status, headers: userKey ? { [USER_KEY_HEADER]: userKey, "content-type": "application/json" } : {} });

describe("answerPersonal", () => {
  it("answers from the network while it answers, and from the person's copy (with the time it was saved) when it fails", async () => {
    const w = world();
    w.online(() => labelled("alice's march", "alice"));
    expect(await (await answerPersonal(read(RANGE, "alice"), "data", w.deps)).text()).toBe("alice's march");
    await w.settled();
    w.offline();
    const copy = await answerPersonal(read(RANGE, "alice"), "data", w.deps);
    expect(await copy.text()).toBe("alice's march");
    expect(copy.headers.get(SAVED_AT_HEADER)).toBe(SAVED.toISOString());
  });

  it("gives another person nothing of the first one's, and drops the first one's copies once the other's answers arrive", async () => {
    const w = world();
    w.online(() => labelled("alice's march", "alice"));
    await answerPersonal(read(RANGE, "alice"), "data", w.deps);
    await w.settled();
    w.offline();
    // Bob's page asks for the very same range offline: Alice's copy is not his.
    await expect(answerPersonal(read(RANGE, "bob"), "data", w.deps)).rejects.toThrow("Failed to fetch");
    w.online(() => labelled("bob's march", "bob"));
    await answerPersonal(read(RANGE, "bob"), "data", w.deps);
    await w.settled();
    expect([...w.caches.stores.keys()]).toEqual([personalCacheName("bob")]);
  });

  it("refuses a copy whose own label is not the asker's, whatever cache it sits in", async () => {
    const w = world();
    const cache = await w.caches.open(personalCacheName("bob"));
    await cache.put(RANGE, labelled("alice's march", "alice"));
    await expect(answerPersonal(read(RANGE, "bob"), "data", w.deps)).rejects.toThrow("Failed to fetch");
  });

  it("keeps no answer for a read whose label is not the key it was asked with, nor an unlabelled or failed one", async () => {
    const w = world();
    w.online(() => labelled("bob's march", "bob"));
    await answerPersonal(read(RANGE, "alice"), "data", w.deps);
    w.online(() => labelled("nobody's", null));
    await answerPersonal(read(RANGE, "alice"), "data", w.deps);
    w.online(() => labelled("oops", "alice", 500));
    await answerPersonal(read(RANGE, "alice"), "data", w.deps);
    await w.settled();
    expect(w.caches.stores.size).toBe(0);
  });

  it("forgets everyone's copies when the session has ended (401)", async () => {
    const w = world();
    w.online(() => labelled("alice's march", "alice"));
    await answerPersonal(read(RANGE, "alice"), "data", w.deps);
    await w.settled();
    w.online(() => new Response("{}", { status: 401 }));
    await answerPersonal(read(RANGE, "alice"), "data", w.deps);
    await w.settled();
    expect(w.caches.stores.size).toBe(0);
  });

  it("serves a kept page to whoever has the one personal cache there is, and no page once it was forgotten (log-out)", async () => {
    const w = world();
    const page = new Request(`${ORIGIN}/calendar`);
    w.online(() => labelled("<html>alice</html>", "alice"));
    await answerPersonal(page, "page", w.deps);
    await w.settled();
    w.offline();
    expect(await (await answerPersonal(page, "page", w.deps)).text()).toBe("<html>alice</html>");
    await forgetEveryone(w.caches);
    await expect(answerPersonal(page, "page", w.deps)).rejects.toThrow("Failed to fetch");
  });

  it("keeps only the newest answers of a person", async () => {
    const w = world();
    w.online((request) => labelled(request.url, "alice"));
    for (let i = 0; i <= MAX_KEPT_ANSWERS; i += 1) {
      await answerPersonal(read(`${RANGE}-${i}`, "alice"), "data", w.deps);
      await w.settled();
    }
    const kept = [...w.caches.stores.get(personalCacheName("alice"))!.keys()];
    expect(kept).toHaveLength(MAX_KEPT_ANSWERS);
    expect(kept[0]).toBe(`${RANGE}-1`);
  });
});

describe("forgetEveryone", () => {
  it("deletes the personal caches (but the one kept) and leaves the app shell alone", async () => {
    const w = world();
    for (const name of [personalCacheName("alice"), personalCacheName("bob"), "serwist-precache-v2"]) await w.caches.open(name);
    await forgetEveryone(w.caches, "bob");
    expect([...w.caches.stores.keys()]).toEqual([personalCacheName("bob"), "serwist-precache-v2"]);
    await forgetEveryone(w.caches);
    expect([...w.caches.stores.keys()]).toEqual(["serwist-precache-v2"]);
  });
});
