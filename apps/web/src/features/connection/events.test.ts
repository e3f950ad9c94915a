import { describe, expect, it, vi } from "vitest";
import { handleNavigationFailure, handleNavigationRetry, handleNavigationStart, handleRscFetch, pageUrlOf, rscFetchKind } from "./events";

const NAVIGATION = { headers: { RSC: "1", "Next-Router-State-Tree": "%5B%5D" } };
const PREFETCH = { headers: { RSC: "1", "Next-Router-Prefetch": "1" } };
const URL_WITH_BUSTER = new URL("http://localhost/todos?filter=done&_rsc=abc12");

function payload(status = 200) {
  return new Response("0:{}", { status, headers: { "content-type": "text/x-component" } });
}

function effects(fetch: typeof globalThis.fetch) {
  return { fetch: vi.fn(fetch), navigationFailed: vi.fn(), prefetchFailed: vi.fn() };
}

/** Whether a promise is still pending after the current tasks ran. */
async function pending(promise: Promise<unknown>): Promise<boolean> {
  const marker = Symbol("pending");
  return (await Promise.race([promise.then(() => null, () => null), new Promise((resolve) => setTimeout(() => resolve(marker), 20))])) === marker;
}

describe("rscFetchKind / pageUrlOf", () => {
  it("tells a navigation's payload request from prefetches and other requests", () => {
    expect(rscFetchKind(NAVIGATION)).toBe("navigation");
    expect(rscFetchKind(PREFETCH)).toBe("prefetch");
    expect(rscFetchKind({ headers: { RSC: "1", "Next-Router-Segment-Prefetch": "/_tree" } })).toBe("prefetch");
    expect(rscFetchKind({ headers: { "content-type": "application/json" } })).toBeNull();
    expect(rscFetchKind(undefined)).toBeNull();
  });

  it("names the page without the router's cache buster or a hash", () => {
    expect(pageUrlOf(URL_WITH_BUSTER)).toBe("http://localhost/todos?filter=done");
    expect(pageUrlOf(new Request("http://localhost/calendar?_rsc=1"))).toBe("http://localhost/calendar");
    expect(pageUrlOf("http://localhost/calendar#today")).toBe("http://localhost/calendar");
  });
});

describe("handleRscFetch", () => {
  it("passes every other request through untouched, failures included", async () => {
    const ok = effects(() => Promise.resolve(new Response("{}")));
    await handleRscFetch("/api/trpc/x", { method: "POST" }, ok);
    expect(ok.fetch).toHaveBeenCalledWith("/api/trpc/x", { method: "POST" });
    const down = effects(() => Promise.reject(new TypeError("Failed to fetch")));
    await expect(handleRscFetch("http://localhost/api/trpc/x", { method: "POST" }, down)).rejects.toThrow("Failed to fetch");
    expect(down.navigationFailed).not.toHaveBeenCalled();
  });

  it("holds a failed prefetch and remembers its page, without showing anything yet", async () => {
    const down = effects(() => Promise.reject(new TypeError("Failed to fetch")));
    expect(await pending(handleRscFetch(URL_WITH_BUSTER, PREFETCH, down))).toBe(true);
    expect(down.prefetchFailed).toHaveBeenCalledWith("http://localhost/todos?filter=done");
    expect(down.navigationFailed).not.toHaveBeenCalled();
  });

  it("hands a navigation's payload to the router when it arrives", async () => {
    const up = effects(() => Promise.resolve(payload()));
    const response = await handleRscFetch(URL_WITH_BUSTER, NAVIGATION, up);
    expect(response.status).toBe(200);
    expect(up.navigationFailed).not.toHaveBeenCalled();
  });

  it("shows the error page for a navigation that cannot reach the server, and holds the router", async () => {
    const down = effects(() => Promise.reject(new TypeError("Failed to fetch")));
    const result = handleRscFetch(URL_WITH_BUSTER, NAVIGATION, down);
    expect(await pending(result)).toBe(true);
    expect(down.navigationFailed).toHaveBeenCalledWith("http://localhost/todos?filter=done");
  });

  it("does the same for a proxy's error page (5xx, not a payload), but not for the app's own error payload", async () => {
    const proxy = effects(() => Promise.resolve(new Response("<html>Bad gateway</html>", { status: 502, headers: { "content-type": "text/html" } })));
    expect(await pending(handleRscFetch(URL_WITH_BUSTER, NAVIGATION, proxy))).toBe(true);
    expect(proxy.navigationFailed).toHaveBeenCalledOnce();
    const app = effects(() => Promise.resolve(payload(500)));
    expect((await handleRscFetch(URL_WITH_BUSTER, NAVIGATION, app)).status).toBe(500);
    expect(app.navigationFailed).not.toHaveBeenCalled();
  });

  it("lets a held request go when the page is left (the router's signal aborts)", async () => {
    const controller = new AbortController();
    const down = effects(() => Promise.reject(new TypeError("Failed to fetch")));
    const result = handleRscFetch(URL_WITH_BUSTER, { ...NAVIGATION, signal: controller.signal }, down);
    await Promise.resolve();
    controller.abort(new DOMException("left", "AbortError"));
    await expect(result).rejects.toThrow("left");
  });

  it("does not report a request the router itself aborted", async () => {
    const controller = new AbortController();
    controller.abort();
    const aborted = effects(() => Promise.reject(new DOMException("aborted", "AbortError")));
    await expect(handleRscFetch(URL_WITH_BUSTER, { ...NAVIGATION, signal: controller.signal }, aborted)).rejects.toThrow("aborted");
    expect(aborted.navigationFailed).not.toHaveBeenCalled();
  });
});

describe("handleNavigationStart", () => {
  function start(up: boolean, failed: string[]) {
    return { failedPrefetches: new Set(failed), reachable: vi.fn(() => Promise.resolve(up)), load: vi.fn(), navigationFailed: vi.fn() };
  }

  it("does nothing for a page whose prefetch did not fail", async () => {
    const fx = start(false, []);
    await handleNavigationStart("http://localhost/calendar", fx);
    expect(fx.reachable).not.toHaveBeenCalled();
    expect(fx.navigationFailed).not.toHaveBeenCalled();
  });

  it("loads a page whose prefetch failed in full once the server answers, and shows the error page while it does not", async () => {
    const up = start(true, ["http://localhost/calendar"]);
    await handleNavigationStart("http://localhost/calendar", up);
    expect(up.load).toHaveBeenCalledWith("http://localhost/calendar");
    expect(up.failedPrefetches.size).toBe(0);
    const down = start(false, ["http://localhost/calendar"]);
    await handleNavigationStart("http://localhost/calendar#x", down);
    expect(down.navigationFailed).toHaveBeenCalledWith("http://localhost/calendar");
    expect(down.load).not.toHaveBeenCalled();
  });
});

describe("handleNavigationRetry", () => {
  const ui = () => ({ setChecking: vi.fn(), stillDown: vi.fn() });

  it("loads the page once the server answers", async () => {
    const load = vi.fn();
    const screen = ui();
    await handleNavigationRetry("http://localhost/todos", { reachable: () => Promise.resolve(true), load }, screen);
    expect(load).toHaveBeenCalledWith("http://localhost/todos");
    expect(screen.stillDown).not.toHaveBeenCalled();
  });

  it("stays on the error page and says so while the server is still away", async () => {
    const load = vi.fn();
    const screen = ui();
    await handleNavigationRetry("http://localhost/todos", { reachable: () => Promise.reject(new TypeError("Failed to fetch")), load }, screen);
    expect(load).not.toHaveBeenCalled();
    expect(screen.stillDown).toHaveBeenCalledOnce();
    expect(screen.setChecking).toHaveBeenLastCalledWith(false);
  });
});

describe("handleNavigationFailure", () => {
  const effects = (offlineWithWorker: boolean) => ({ offlineWithWorker: () => offlineWithWorker, load: vi.fn(), showFailure: vi.fn() });

  it("offline, with the service worker there, loads the page in full: the worker answers with its copy or its offline page", () => {
    const fx = effects(true);
    handleNavigationFailure("http://localhost/todos", fx);
    expect(fx.load).toHaveBeenCalledWith("http://localhost/todos");
    expect(fx.showFailure).not.toHaveBeenCalled();
  });

  it("otherwise shows the app's error page (the server is away, or there is no worker)", () => {
    const fx = effects(false);
    handleNavigationFailure("http://localhost/todos", fx);
    expect(fx.showFailure).toHaveBeenCalledWith("http://localhost/todos");
    expect(fx.load).not.toHaveBeenCalled();
  });
});
