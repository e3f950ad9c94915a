import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { FRESH_PASSWORD, createAccountByApi, logInByApi, uniqueUsername, whileCalling } from "./helpers";

// Accounts, roles and sharing. The database is shared by every spec of a run:
// tests here create their own accounts, delete only those, and never change
// the demo accounts (admin, user01, user02, viewer01).

export { FRESH_PASSWORD };
export const INCORRECT_LOGIN = "The username/email or password is incorrect.";

export type RoleLabel = "User" | "Admin" | "Subscriber";

/** Signs up a fresh account (over HTTP) from a browser of its own, so `page` keeps its session. */
export async function signUpElsewhere(browser: Browser, prefix = "acc"): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const username = uniqueUsername(prefix);
  await createAccountByApi(page, username);
  await context.close();
  return username;
}

/**
 * Logs `page` in over HTTP, for tests whose subject is not the log-in form; the
 * page stays where it is, so go somewhere next. (The form is auth.spec's.)
 */
export async function logInAs(page: Page, login: string, password: string) {
  await logInByApi(page, login, password);
}

export async function logOut(page: Page) {
  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page).toHaveURL(/\/login$/);
}

/**
 * Follows a link to another page. Next 15.5 can drop a client-side navigation
 * when the machine is very busy (vercel/next.js#98305, fixed in 16): the URL
 * never changes. A person would try again; so does this, with the link's own
 * address, noting it in the report, so the spec tests the app and not the CPU.
 */
export async function followLink(page: Page, link: Locator, url: RegExp) {
  await link.click();
  try {
    await expect(page).toHaveURL(url, { timeout: 8_000 });
  } catch {
    const href = await link.getAttribute("href");
    test.info().annotations.push({ type: "navigation retried", description: `${href} (Next 15.5 dropped the click)` });
    await page.goto(href!);
    await expect(page).toHaveURL(url);
  }
}

/** The users table: found by the search box, as an admin does it. Returns the user's page id. */
export async function openUserAsAdmin(page: Page, username: string): Promise<string> {
  await page.goto(`/admin?q=${encodeURIComponent(username)}`);
  await followLink(page, page.getByRole("link", { name: username, exact: true }), /\/admin\/users\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: username, exact: true })).toBeVisible();
  const id = /\/admin\/users\/([0-9a-f-]{36})/.exec(page.url())?.[1];
  expect(id, page.url()).toBeTruthy();
  return id!;
}

/** On a user's admin page: picks a role and confirms it. */
export async function changeRole(page: Page, role: RoleLabel) {
  await page.getByRole("combobox", { name: "Role", exact: true }).selectOption({ label: role });
  await page.getByRole("button", { name: "Change role" }).click();
  const dialog = page.getByTestId("role-dialog");
  await expect(dialog).toBeVisible();
  await whileCalling(page, "admin.users.setRole", () => dialog.getByRole("button", { name: `Make ${role.toLowerCase()}` }).click());
}

/** Signs up a fresh account and has the (logged-in) admin make it a subscriber. */
export async function freshSubscriber(browser: Browser, adminPage: Page): Promise<string> {
  const username = await signUpElsewhere(browser, "sub");
  await openUserAsAdmin(adminPage, username);
  await changeRole(adminPage, "Subscriber");
  await expect(adminPage.getByTestId("user-page-role")).toHaveText("Subscriber");
  return username;
}

/** On a user's admin page: "Delete user", confirmed by typing the username; ends on /admin. */
export async function deleteOpenUser(page: Page, username: string) {
  await page.getByRole("button", { name: "Delete user" }).click();
  const dialog = page.getByTestId("delete-user-dialog");
  await dialog.getByLabel(`Type ${username} to confirm`).fill(username);
  await whileCalling(page, "admin.users.delete", () => dialog.getByRole("button", { name: "Delete user" }).click());
  await expect(page).toHaveURL(/\/admin$/);
}

/** Shares the calendar shown (Settings, or a user's admin page) with a subscriber. */
export async function shareWith(page: Page, procedure: "share.grant" | "admin.shares.grant", subscriber: string) {
  await page.getByLabel("Subscriber’s username or email").fill(subscriber);
  await whileCalling(page, procedure, () => page.getByRole("button", { name: "Share", exact: true }).click());
}

export function followers(page: Page) {
  return page.getByRole("list", { name: "Followers" }).getByRole("listitem");
}

export function sonner(page: Page) {
  return page.locator("[data-sonner-toaster]");
}

// Quicker set-up and clean-up through tRPC's HTTP API (superjson on the wire).

/** Signs up an account without logging anyone in or out. */
export async function signUpByApi(page: Page, prefix: string): Promise<string> {
  const username = uniqueUsername(prefix);
  const response = await page.request.post("/api/trpc/auth.signUp", {
    data: { json: { username, email: `${username}@example.com`, password: FRESH_PASSWORD, confirmPassword: FRESH_PASSWORD } },
  });
  expect(response.ok(), await response.text()).toBe(true);
  return username;
}

type UserRow = { id: string; username: string };

/** As the admin logged in on `page`: the users whose username or email contains `search`. */
export async function findUsersByApi(page: Page, search: string): Promise<UserRow[]> {
  const input = encodeURIComponent(JSON.stringify({ json: { search, limit: 100 } }));
  const response = await page.request.get(`/api/trpc/admin.users.list?input=${input}`);
  expect(response.ok(), await response.text()).toBe(true);
  return ((await response.json()) as { result: { data: { json: { items: UserRow[] } } } }).result.data.json.items;
}

/** As the admin logged in on `page`: deletes accounts this spec made, by exact username. */
export async function deleteUsersByApi(page: Page, usernames: string[]) {
  for (const username of usernames) {
    const user = (await findUsersByApi(page, username)).find((row) => row.username === username);
    if (!user) continue;
    const response = await page.request.post("/api/trpc/admin.users.delete", { data: { json: { userId: user.id } } });
    expect(response.ok(), await response.text()).toBe(true);
  }
}
