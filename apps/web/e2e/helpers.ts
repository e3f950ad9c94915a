import { expect, type Page } from "@playwright/test";

let counter = 0;

/** A username no other test (or earlier run on the same database) has used. */
export function uniqueUsername(prefix = "e2e"): string {
  counter += 1;
  return `${prefix}_${Date.now().toString(36)}${counter}`;
}

export async function signUp(page: Page, username: string, password = FRESH_PASSWORD) {
  await page.goto("/signup");
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Email").fill(`${username}@example.com`);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByLabel("Confirm password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
}

/** The password the sign-up helpers give fresh accounts. */
export const FRESH_PASSWORD = "a fine password";

/**
 * Makes an account through tRPC's HTTP API, as the sign-up form does (in the
 * browser's time zone, which the form sends), without logging anyone in.
 * For tests whose subject is not the sign-up form (auth.spec covers that).
 */
export async function createAccountByApi(page: Page, username: string, password = FRESH_PASSWORD) {
  const timeZone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  const response = await page.request.post("/api/trpc/auth.signUp", {
    data: { json: { username, email: `${username}@example.com`, password, confirmPassword: password, timeZone } },
  });
  expect(response.ok(), await response.text()).toBe(true);
}

/**
 * Logs in over HTTP the way the log-in form's `signIn("credentials")` does: the
 * session cookie lands in the page's browser context; the page stays where it is.
 * For tests whose subject is not the log-in form (auth.spec and the wrong-password
 * checks keep using the form). `origin`: another instance than the main e2e server.
 */
export async function logInByApi(page: Page, login: string, password: string, origin = "") {
  const csrf = await page.request.get(`${origin}/api/auth/csrf`);
  expect(csrf.ok(), await csrf.text()).toBe(true);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await page.request.post(`${origin}/api/auth/callback/credentials`, {
    form: { login, password, csrfToken, callbackUrl: "/calendar" },
    headers: { "X-Auth-Return-Redirect": "1" },
  });
  expect(response.ok(), await response.text()).toBe(true);
  const { url } = (await response.json()) as { url: string };
  expect(url, `log-in as ${login}`).not.toContain("error=");
}

/** A fresh account, logged in on `page` over HTTP (no forms); the page stays where it is. */
export async function signUpAndLogInByApi(page: Page, prefix = "e2e"): Promise<string> {
  const username = uniqueUsername(prefix);
  await createAccountByApi(page, username);
  await logInByApi(page, username, FRESH_PASSWORD);
  return username;
}

export async function logIn(page: Page, login: string, password: string) {
  await page.getByLabel("Username or email").fill(login);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Log in" }).click();
}

export async function expectLoggedInAs(page: Page, name: string) {
  await expect(page.getByTestId("account-name")).toHaveText(name);
}

/** The form's own alert (Next's route announcer also has role="alert"). */
export function formAlert(page: Page) {
  return page.getByTestId("form-alert");
}

/** Signs up a fresh account (over HTTP) and opens its (empty) todo list. */
export async function signUpAndOpenTodos(page: Page): Promise<string> {
  const username = await signUpAndLogInByApi(page);
  await page.goto("/todos");
  await expect(page.getByRole("heading", { name: "Nothing to do" })).toBeVisible();
  return username;
}

/** Adds a todo with Enter and waits until the server has stored it (its checkbox turns usable). */
export async function addTodo(page: Page, contents: string) {
  await page.getByLabel("New todo").fill(contents);
  await page.getByLabel("New todo").press("Enter");
  await expect(todoCheckbox(page, contents)).toBeEnabled();
}

export function todoCheckbox(page: Page, contents: string) {
  return page.getByRole("checkbox", { name: `Mark “${contents}” done`, exact: true });
}

/** The number on a filter tab. */
export function todoCount(page: Page, filter: "all" | "open" | "done") {
  return page.getByTestId(`todo-count-${filter}`);
}

/** The rows of the list, in order. */
export function todoRows(page: Page) {
  return page.getByRole("region", { name: "Todos" }).getByRole("listitem");
}

/** Sonner's toasts (kept apart from Next's route announcer). */
export function toasts(page: Page) {
  return page.locator("[data-sonner-toaster]");
}

/** Runs an action and waits for the answer of the tRPC call it makes. */
export async function whileCalling(page: Page, procedure: string, action: () => Promise<void>) {
  const carries = trpcCall(procedure);
  await Promise.all([page.waitForResponse((response) => carries(new URL(response.url()))), action()]);
}

/**
 * Before a picture: web fonts loaded and every finite animation or transition
 * finished (endless ones, such as a skeleton's pulse, keep running).
 */
export async function settle(page: Page) {
  await page.evaluate(async () => {
    // Two frames, so transitions that a just-rendered change starts have begun.
    await new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
    await document.fonts.ready;
    const finite = document.getAnimations().filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity);
    await Promise.all(finite.map((animation) => animation.finished.catch(() => undefined)));
  });
}

/**
 * Holds the browser's requests matching `pattern` until the returned function is
 * called (which also removes the hold), so a loading state stays on screen for
 * exactly as long as a test looks at it.
 */
export async function holdRequests(page: Page, pattern: string | RequestMatcher): Promise<() => Promise<void>> {
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  // On the context: the reads the service worker keeps (todo.list, schedule.range) are
  // fetched by the worker, whose requests only the context's routes see.
  await page.context().route(pattern, async (route) => {
    await released;
    await route.continue().catch(() => undefined); // the page may have moved on
  });
  return async () => {
    release();
    await page.context().unroute(pattern);
  };
}

export type RequestMatcher = (url: URL) => boolean;
const trpcMatchers = new Map<string, RequestMatcher>();

/**
 * Matches the browser's tRPC requests that carry `path` ("notification.list"),
 * alone or batched with others: the batch link joins the paths of calls made
 * together ("/api/trpc/notification.unreadCount,notification.list"), so a glob
 * on the URL's start misses the call whenever another comes first. One
 * function per path, so `page.unroute` is given the same one `page.route` was.
 */
export function trpcCall(path: string): RequestMatcher {
  let matcher = trpcMatchers.get(path);
  if (!matcher) {
    matcher = (url: URL) => url.pathname.startsWith("/api/trpc/") && url.pathname.slice("/api/trpc/".length).split(",").includes(path);
    trpcMatchers.set(path, matcher);
  }
  return matcher;
}

/** A skeleton's live region ("Loading todos…"), shown while the first page of a list loads. */
export function loadingStatus(page: Page, text: string) {
  return page.getByRole("status").filter({ hasText: text });
}
