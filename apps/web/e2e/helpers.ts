import { expect, type Page } from "@playwright/test";

let counter = 0;

/** A username no other test (or earlier run on the same database) has used. */
export function uniqueUsername(prefix = "e2e"): string {
  counter += 1;
  return `${prefix}_${Date.now().toString(36)}${counter}`;
}

export async function signUp(page: Page, username: string, password = "a fine password") {
  await page.goto("/signup");
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Email").fill(`${username}@example.com`);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByLabel("Confirm password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
}

export async function logIn(page: Page, login: string, password: string) {
  await page.getByLabel("Username or email").fill(login);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Log in" }).click();
}

export async function expectLoggedInAs(page: Page, name: string) {
  await expect(page.getByTestId("account-name")).toHaveText(name);
}

/** The form's own alert (Next's route announcer also has role="alert"). */
export function formAlert(page: Page) {
  return page.getByTestId("form-alert");
}

/** Signs up a fresh account and opens its (empty) todo list. */
export async function signUpAndOpenTodos(page: Page): Promise<string> {
  const username = uniqueUsername();
  await signUp(page, username);
  await expect(page).toHaveURL(/\/calendar$/);
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
  await Promise.all([page.waitForResponse((response) => response.url().includes(`/api/trpc/${procedure}`)), action()]);
}
