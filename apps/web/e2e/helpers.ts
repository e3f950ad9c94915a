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
