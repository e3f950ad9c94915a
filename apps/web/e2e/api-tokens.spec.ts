import type { APIRequestContext, Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectAccessibleAtBothWidths, expectNoAxeViolations } from "./axe";
import { freshSubscriber, logInAs, openUserAsAdmin, signUpElsewhere } from "./account-helpers";
import { FRESH_PASSWORD, logInByApi, toasts, whileCalling } from "./helpers";
import { createTokenInSettings, tokenForm, tokenRows } from "./token-helpers";

// Personal access tokens from the browser's side: made in Settings, the secret
// read off the page once, used by a program against the REST API (here the
// test's own HTTP client, which has no cookies), then revoked on the page.

const bearer = (secret: string) => ({ Authorization: `Bearer ${secret}` });

async function verify(request: APIRequestContext, secret: string) {
  return request.get("/api/v1/auth/verify", { headers: bearer(secret) });
}

/** A fresh account, logged in on `page`, at Settings → API tokens. */
async function settingsOf(page: Page, browser: Browser, prefix: string) {
  const username = await signUpElsewhere(browser, prefix);
  await logInByApi(page, username, FRESH_PASSWORD);
  await page.goto("/settings#api-tokens");
  return username;
}

test("Settings → API tokens: create one, see its secret once, use it on the API, revoke it", async ({ browser, page, request }) => {
  test.slow(); // axe at two widths and in two themes, and several log-ins
  await settingsOf(page, browser, "tok");
  await expect(page.getByTestId("api-tokens-empty")).toContainText("No API tokens yet");

  const secret = await createTokenInSettings(page, { name: "CLI script", scope: "Read and write", expiry: "In 30 days" });
  expect(secret).toMatch(/^pln_[A-Za-z0-9_-]{20,}$/);
  const panel = page.getByTestId("new-token");
  await expect(panel).toContainText("You will not see it again");
  await expect(panel.getByRole("button", { name: "Copy" })).toBeVisible();
  const row = tokenRows(page).filter({ hasText: "CLI script" });
  await expect(row).toContainText("Read and write");
  await expect(row).toContainText(`${secret.slice(0, 8)}…`);
  await expect(row).toContainText("Never used");
  await expect(row).toContainText("Expires");
  await expectAccessibleAtBothWidths(page, "settings with a new token's secret and a list");

  const verified = await verify(request, secret);
  expect(verified.status(), await verified.text()).toBe(200);
  expect(await verified.json()).toMatchObject({ credential: "personal", scope: "READ_WRITE" });
  const todos = await request.get("/api/v1/todos", { headers: bearer(secret) });
  expect(todos.status(), await todos.text()).toBe(200);
  const added = await request.post("/api/v1/todos", { headers: bearer(secret), data: { contents: "Added by a script" } });
  expect(added.status(), await added.text()).toBeLessThan(300);

  // Shown once: gone when dismissed, and not there after a reload either; the list now shows the use.
  await panel.getByRole("button", { name: "Done" }).click();
  await expect(panel).toHaveCount(0);
  await page.reload();
  await expect(tokenRows(page)).toHaveCount(1);
  await expect(page.getByTestId("new-token")).toHaveCount(0);
  await expect(page.getByText(secret)).toHaveCount(0);
  await expect(row).toContainText("Last used just now");

  await row.getByRole("button", { name: "Revoke CLI script" }).click();
  const dialog = page.getByTestId("revoke-token-dialog");
  await expect(dialog).toContainText("stop working at their next request");
  await whileCalling(page, "account.apiTokens.revoke", () => dialog.getByRole("button", { name: "Revoke" }).click());
  await expect(toasts(page)).toContainText("Token “CLI script” revoked.");
  await expect(page.getByTestId("api-tokens-empty")).toBeVisible();

  const afterRevoke = await verify(request, secret);
  expect(afterRevoke.status()).toBe(401);
  expect((await request.get("/api/v1/todos", { headers: bearer(secret) })).status()).toBe(401);
});

test("a read-only token reads but may not write (403), and a blank name is refused at the field", async ({ browser, page, request }) => {
  await settingsOf(page, browser, "tokr");
  await tokenForm(page).getByRole("button", { name: "Create token" }).click();
  await expect(page.locator("#token-name-error")).toHaveText("Give the token a name.");

  const secret = await createTokenInSettings(page, { name: "Dashboard", scope: "Read", expiry: "Never" });
  await expect(tokenRows(page).filter({ hasText: "Dashboard" })).toContainText("Never expires");
  expect((await request.get("/api/v1/todos", { headers: bearer(secret) })).status()).toBe(200);
  const write = await request.post("/api/v1/todos", { headers: bearer(secret), data: { contents: "Not allowed" } });
  expect(write.status(), await write.text()).toBe(403);
  expect(await write.json()).toMatchObject({ error: { reason: "tokenReadOnly" } });
});

test("a subscriber can only make read-only tokens", async ({ browser, page }) => {
  test.slow(); // two accounts and an admin's role change
  await logInAs(page, "admin", "admin-pass-1");
  const subscriber = await freshSubscriber(browser, page);
  const context = await browser.newContext();
  const own = await context.newPage();
  await logInByApi(own, subscriber, FRESH_PASSWORD);
  await own.goto("/settings#api-tokens");
  await expect(tokenForm(own).getByRole("radio")).toHaveCount(1);
  await expect(tokenForm(own).getByRole("radio", { name: /^Read/ })).toBeChecked();
  await expect(tokenForm(own)).toContainText("Your account only reads, so its tokens only read.");
  await context.close();
});

test("a program's password-grant log-in is listed under Security and can be signed out; a password change can revoke the tokens", async ({
  browser,
  page,
  playwright,
}) => {
  test.slow(); // axe at two widths and in two themes, and several log-ins
  const username = await settingsOf(page, browser, "tokp");
  const secret = await createTokenInSettings(page, { name: "Backup", scope: "Read", expiry: "In a year" });

  const curl = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL, userAgent: "curl/8.5.0" });
  const granted = await curl.post("/api/v1/auth/token", { form: { grant_type: "password", username, password: FRESH_PASSWORD } });
  expect(granted.status(), await granted.text()).toBe(200);
  const { access_token: accessToken } = (await granted.json()) as { access_token: string };
  expect((await verify(curl, accessToken)).status()).toBe(200);

  // A fresh load: the list was read before the program logged in (a hash change alone keeps the page).
  await page.goto("/settings");
  await page.locator("#security").scrollIntoViewIfNeeded();
  const program = page.getByTestId("session").filter({ hasText: "API (password grant) · curl/8.5.0" });
  await expect(program).toHaveCount(1);
  await expect(page.getByTestId("session").filter({ hasText: "This device" })).toHaveCount(1);
  await expectNoAxeViolations(page, "security with a program's log-in", { exclude: "[data-sonner-toaster]" });
  await page.getByRole("button", { name: "Sign out API (password grant) · curl/8.5.0" }).click();
  await expect(toasts(page)).toContainText("That session is signed out.");
  await expect(program).toHaveCount(0);
  expect((await verify(curl, accessToken)).status()).toBe(401);

  // The personal token outlives a password change unless asked otherwise.
  const form = page.getByRole("form", { name: "Change password" });
  await expect(form).toContainText("Personal API tokens keep working unless you tick this.");
  await form.getByLabel("Current password").fill(FRESH_PASSWORD);
  await form.getByLabel("New password", { exact: true }).fill("another fine password");
  await form.getByLabel("Confirm new password").fill("another fine password");
  await form.getByLabel("Also revoke my API tokens").check();
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(toasts(page)).toContainText("1 API token was revoked.");
  await expect(page.getByTestId("api-tokens-empty")).toBeVisible();
  expect((await verify(curl, secret)).status()).toBe(401);
  await curl.dispose();
});

test("an admin sees a user's API tokens on the user's page and can revoke one", async ({ browser, page, request }) => {
  test.slow(); // axe at two widths and in two themes, and several log-ins
  const username = await settingsOf(page, browser, "toka");
  const secret = await createTokenInSettings(page, { name: "Leaky script", scope: "Read and write", expiry: "In 90 days" });

  const context = await browser.newContext();
  const admin = await context.newPage();
  await logInAs(admin, "admin", "admin-pass-1");
  await openUserAsAdmin(admin, username);
  const section = admin.getByRole("region", { name: "API tokens" });
  const row = section.getByTestId("api-token").filter({ hasText: "Leaky script" });
  await expect(row).toContainText(`${secret.slice(0, 8)}…`);
  await expectAccessibleAtBothWidths(admin, "admin user page with API tokens");
  await row.getByRole("button", { name: "Revoke Leaky script" }).click();
  await whileCalling(admin, "admin.users.revokeApiToken", () => admin.getByTestId("revoke-token-dialog").getByRole("button", { name: "Revoke" }).click());
  await expect(section.getByTestId("api-tokens-empty")).toHaveText(/has no API tokens/);
  expect((await verify(request, secret)).status()).toBe(401);
  await context.close();
});
