import type { APIRequestContext, APIResponse, Page } from "@playwright/test";
import { openCalendar } from "./calendar-helpers";
import { expect, test } from "./fixtures";
import { addTodo, logIn, logInByApi, signUpAndOpenTodos, toasts } from "./helpers";

// Issue 11, item 3: the headers of every response, read straight off the
// production server, and then every page used in a browser with the policy on
// (fixtures.ts fails any test the policy refused something in).

const FIXED = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-frame-options": "DENY",
  "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
  "cross-origin-opener-policy": "same-origin",
};

/** The sources of one directive of a response's Content-Security-Policy. */
function directive(policy: string, name: string): string[] {
  const found = policy
    .split(";")
    .map((part) => part.trim().split(/\s+/))
    .find(([directiveName]) => directiveName === name);
  return found ? found.slice(1) : [];
}

/** Exact values, so a header sent twice ("DENY, DENY") fails too. */
function expectFixedHeaders(response: APIResponse, what: string) {
  const headers = response.headers();
  for (const [name, value] of Object.entries(FIXED)) expect(headers[name], `${name} on ${what}`).toBe(value);
}

/**
 * A page's own response (no redirect followed): the fixed headers, a policy
 * whose script-src is nonce-only, and that nonce on every <script> of the HTML.
 * Returns the nonce.
 */
async function expectPageHeaders(request: APIRequestContext, path: string, status: number): Promise<string> {
  const response = await request.get(path, { maxRedirects: 0 });
  expect(response.status(), path).toBe(status);
  expectFixedHeaders(response, path);
  const headers = response.headers();
  expect(headers["strict-transport-security"], `no HSTS over plain http on ${path}`).toBeUndefined();
  const policy = headers["content-security-policy"] ?? "";
  expect(policy, `CSP on ${path}`).not.toBe("");
  expect(directive(policy, "frame-ancestors"), path).toEqual(["'none'"]);
  expect(directive(policy, "object-src"), path).toEqual(["'none'"]);
  const scriptSrc = directive(policy, "script-src");
  expect(scriptSrc, path).not.toContain("'unsafe-inline'");
  expect(scriptSrc, path).not.toContain("'unsafe-eval'");
  expect(scriptSrc, path).toContain("'strict-dynamic'");
  const nonce = /^'nonce-(.+)'$/.exec(scriptSrc.find((source) => source.startsWith("'nonce-")) ?? "")?.[1];
  expect(nonce, `a nonce in script-src on ${path}`).toBeTruthy();
  if (status === 200 || status === 404) {
    // Every script Next (or we) wrote into the page carries this request's nonce.
    const scripts = (await response.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length, `scripts on ${path}`).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
  }
  return nonce!;
}

/** Pages answer twice with a different nonce each time. */
async function expectFreshNonces(request: APIRequestContext, path: string, status = 200) {
  const first = await expectPageHeaders(request, path, status);
  const second = await expectPageHeaders(request, path, status);
  expect(second, `a new nonce for each request of ${path}`).not.toBe(first);
}

async function userId(page: Page, username: string): Promise<string> {
  const input = encodeURIComponent(JSON.stringify({ json: { search: username, limit: 10 } }));
  const response = await page.request.get(`/api/trpc/admin.users.list?input=${input}`);
  expect(response.ok(), await response.text()).toBe(true);
  const body = (await response.json()) as { result: { data: { json: { items: { id: string; username: string }[] } } } };
  return body.result.data.json.items.find((item) => item.username === username)!.id;
}

test.describe("headers on every response", () => {
  test("pages for visitors, and the log-in redirect", async ({ request }) => {
    await expectFreshNonces(request, "/login");
    await expectFreshNonces(request, "/signup");
    await expectFreshNonces(request, "/forgot-password");
    await expectFreshNonces(request, "/reset-password");
    await expectFreshNonces(request, "/no-such-page", 404);
    // A logged-out visit to an app page: the redirect carries the headers too, and goes to /login
    // by a relative path, so that it stays on the host the browser used (the server here is bound to 127.0.0.1).
    for (const path of ["/calendar", "/calendar?view=week", "/admin", "/search"]) {
      await expectPageHeaders(request, path, 307);
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.headers().location, path).toBe(`/login?callbackUrl=${encodeURIComponent(path)}`);
    }
    // A path the client claims for itself is not where the log-in comes back to.
    const claimed = await request.get("/todos", { maxRedirects: 0, headers: { "x-planner-request-path": "/admin" } });
    expect(claimed.headers().location).toBe("/login?callbackUrl=%2Ftodos");
    await expectPageHeaders(request, "/", 307);
    expect((await request.get("/", { maxRedirects: 0 })).headers().location).toBe("/calendar");
  });

  test("every app page, logged in", async ({ page }) => {
    await logInByApi(page, "admin", "admin-pass-1");
    const user01 = await userId(page, "user01");
    for (const path of [
      "/calendar",
      "/calendar?view=month",
      "/schedules",
      "/todos",
      "/settings",
      "/admin",
      `/admin/users/${user01}`,
      `/admin/users/${user01}/calendar`,
      `/admin/users/${user01}/schedules`,
    ]) {
      await expectFreshNonces(page.request, path);
    }
    await expectFreshNonces(page.request, "/no-such-page", 404);
  });

  test("API answers are never cached", async ({ page }) => {
    const input = encodeURIComponent(JSON.stringify({ json: {} }));
    const expectNoStore = async (path: string) => {
      const response = await page.request.get(path, { maxRedirects: 0 });
      expect(response.headers()["cache-control"], path).toBe("no-store");
      expectFixedHeaders(response, path);
      expect(response.headers()["content-security-policy"], path).toBeTruthy();
    };
    // Logged out (errors are answers too) and logged in.
    for (const account of [null, ["user01", "user01-pass"]] as const) {
      if (account) await logInByApi(page, ...account);
      await expectNoStore(`/api/trpc/todo.list?input=${input}`);
      await expectNoStore("/api/trpc/notification.unreadCount");
      await expectNoStore("/api/auth/session");
      await expectNoStore("/api/auth/csrf");
      await expectNoStore("/api/health");
    }
  });

  test("the API answers before Next routes it as Next would (server/direct-api.ts)", async ({ page }) => {
    await logInByApi(page, "user01", "user01-pass");
    const range = `/api/trpc/schedule.range?input=${encodeURIComponent(
      JSON.stringify({ json: { from: "2020-01-01T00:00:00.000Z", to: "2020-03-01T00:00:00.000Z", includeShared: true }, meta: { values: { from: ["Date"], to: ["Date"] } } }),
    )}`;
    const get = await page.request.get(range, { headers: { "Accept-Encoding": "identity" } });
    expect(get.status()).toBe(200);
    expectFixedHeaders(get, range);
    expect(get.headers()["cache-control"]).toBe("no-store");
    expect(get.headers()["content-encoding"]).toBeUndefined();
    // HEAD: the GET's status and headers, no body.
    const head = await page.request.head("/api/v1/todos");
    expect(head.status()).toBe(200);
    expect(head.headers()["content-type"]).toContain("application/json");
    expect((await head.body()).length).toBe(0);
    // Compressed as Next compresses (its `compress`): a list over 1 kB, when the client accepts it.
    for (let i = 0; i < 12; i += 1) {
      const created = await page.request.post("/api/v1/todos", { data: { contents: `A todo long enough to fill a kilobyte of JSON, number ${i}` } });
      expect(created.status(), await created.text()).toBe(200);
    }
    const gzipped = await page.request.get("/api/v1/todos", { headers: { "Accept-Encoding": "gzip" } });
    expect(gzipped.headers()["content-encoding"]).toBe("gzip");
    expect(((await gzipped.json()) as { items: unknown[] }).items.length).toBeGreaterThanOrEqual(12);
    // HSTS behind a TLS proxy, as on every other response.
    const overTls = await page.request.get("/api/v1/todos", { headers: { "X-Forwarded-Proto": "https" } });
    expect(overTls.headers()["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
    // What it leaves to Next: a trailing slash (redirected) and another method (the route's 405, naming the methods).
    expect((await page.request.get("/api/trpc/todo.list/", { maxRedirects: 0 })).status()).toBe(308);
    const put = await page.request.fetch("/api/trpc/todo.list", { method: "PUT" });
    expect(put.status()).toBe(405);
    expect(put.headers()["allow"]).toBe("GET, HEAD, POST, OPTIONS");
  });

  test("static files get the fixed headers; HSTS only behind TLS", async ({ request }) => {
    const html = await (await request.get("/login")).text();
    const script = /<script[^>]+src="(\/_next\/static\/[^"]+)"/.exec(html)?.[1];
    expect(script, "a script of the build").toBeTruthy();
    const staticFile = await request.get(script!);
    expect(staticFile.ok()).toBe(true);
    expectFixedHeaders(staticFile, script!);
    expect(staticFile.headers()["strict-transport-security"]).toBeUndefined();

    // What a TLS-terminating proxy in front of `next start` says.
    const overTls = { headers: { "X-Forwarded-Proto": "https" }, maxRedirects: 0 };
    for (const path of ["/login", "/api/health", script!]) {
      const response = await request.get(path, overTls);
      expect(response.headers()["strict-transport-security"], path).toBe("max-age=63072000; includeSubDomains");
    }
    const login = await request.get("/login", overTls);
    expect(login.headers()["content-security-policy"]).toContain("upgrade-insecure-requests");
  });
});

test.describe("the pages work with the policy on", () => {
  test("the guard sees what the policy refuses", async ({ page, cspViolations }) => {
    // An injection into the HTML, as stored XSS would write it: an inline script without the nonce.
    await page.route("**/login", async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace("</head>", "<script>window.__injected = true</script></head>");
      await route.fulfill({ response, body });
    });
    await page.goto("/login");
    await expect(page.getByRole("button", { name: "Log in" })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
    await expect.poll(() => cspViolations.length).toBeGreaterThan(0);
    expect(cspViolations.join("\n")).toContain("script-src");
    cspViolations.length = 0; // expected here; in any other test they fail it
  });

  test("log-in form, sign-up form, themes and toasts", async ({ page }) => {
    await page.goto("/signup");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.goto("/login");
    await logIn(page, "user01", "user01-pass");
    await expect(page).toHaveURL(/\/calendar/);
    await expect(page.getByTestId("calendar").locator(".fc-view")).toBeVisible();
    // next-themes' script ran (its class is on <html>) and switching themes works.
    await page.emulateMedia({ colorScheme: "dark" });
    await expect(page.locator("html")).toHaveClass(/\bdark\b/);
    await page.emulateMedia({ colorScheme: "light" });
    await expect(page.locator("html")).not.toHaveClass(/\bdark\b/);
  });

  test("calendar views, lists, settings and admin pages", async ({ page }) => {
    // A dozen pages in one test: on a busy 2-core machine that took 32 s of a 30 s budget.
    test.slow();
    await signUpAndOpenTodos(page);
    await addTodo(page, "Check the headers");
    // A sonner toast (delete with undo).
    await page.getByRole("button", { name: "Delete “Check the headers”" }).click();
    await expect(toasts(page).getByText("Deleted “Check the headers”")).toBeVisible();
    for (const view of ["month", "week", "day"]) await openCalendar(page, `view=${view}&date=2030-01-09`);
    await page.goto("/schedules");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.goto("/settings");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

    await logInByApi(page, "admin", "admin-pass-1");
    const user01 = await userId(page, "user01");
    await page.goto("/admin");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.goto(`/admin/users/${user01}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.goto(`/admin/users/${user01}/calendar`);
    await expect(page.getByTestId("calendar").locator(".fc-view")).toBeVisible();
    await page.goto(`/admin/users/${user01}/schedules`);
    await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
  });
});
