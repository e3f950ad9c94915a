import type { Browser, BrowserContext, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { logOut, signUpElsewhere } from "./account-helpers";
import { FRESH_PASSWORD, logInByApi } from "./helpers";

// Server-side sessions seen from the browser: log-out ends the session for any
// copy of its cookie, and Settings → Security lists and signs out sessions.

const IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";
const WINDOWS_FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Firefox/140.0";

const me = (page: Page) => page.request.get("/api/trpc/auth.me");

async function loggedInContext(browser: Browser, username: string, userAgent?: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(userAgent ? { userAgent } : {});
  const page = await context.newPage();
  await logInByApi(page, username, FRESH_PASSWORD);
  return { context, page };
}

test("a copy of the session cookie taken before log-out no longer works, on the API or on pages", async ({ browser, page, context }) => {
  const username = await signUpElsewhere(browser, "sess");
  await logInByApi(page, username, FRESH_PASSWORD);
  await page.goto("/calendar");
  const cookies = await context.cookies();
  expect((await me(page)).status()).toBe(200);
  // The log-in also left this browser's device cookie (the throttling trusts it for this account).
  expect(cookies.find((cookie) => cookie.name === "planner-device")).toMatchObject({ httpOnly: true, path: "/api/auth" });

  await logOut(page);

  const thief = await browser.newContext();
  await thief.addCookies(cookies);
  const stolen = await thief.newPage();
  expect((await me(stolen)).status()).toBe(401);
  await stolen.goto("/calendar");
  await expect(stolen).toHaveURL(/\/login/);
  await thief.close();
});

test("Settings → Security lists the account's sessions by device; sign out one, then everywhere else", async ({ browser, page }) => {
  const username = await signUpElsewhere(browser, "sess");
  const phone = await loggedInContext(browser, username, IPHONE);
  const laptop = await loggedInContext(browser, username, WINDOWS_FIREFOX);
  await logInByApi(page, username, FRESH_PASSWORD);
  await page.goto("/settings#security");

  const sessions = page.getByTestId("sessions").getByTestId("session");
  await expect(sessions).toHaveCount(3);
  await expect(sessions.filter({ hasText: "This device" })).toHaveCount(1);
  await expect(sessions.filter({ hasText: "Safari on iOS" })).toHaveCount(1);
  await expect(sessions.filter({ hasText: "Firefox on Windows" })).toHaveCount(1);
  await expect(page.getByText("Logged in on 2 other devices.")).toBeVisible();

  await page.getByRole("button", { name: "Sign out Safari on iOS" }).click();
  await expect(page.getByText("That session is signed out.")).toBeVisible();
  await expect(sessions).toHaveCount(2);
  // The phone finds out at its next request.
  expect((await me(phone.page)).status()).toBe(401);
  expect((await me(laptop.page)).status()).toBe(200);

  await page.getByRole("button", { name: "Sign out everywhere else" }).click();
  await expect(page.getByText("Signed out 1 other session.")).toBeVisible();
  await expect(sessions).toHaveCount(1);
  await expect(page.getByText("You are not logged in anywhere else.")).toBeVisible();
  expect((await me(laptop.page)).status()).toBe(401);
  expect((await me(page)).status()).toBe(200);
  await page.screenshot({ path: "test-results/screens/desktop-settings-security.png", fullPage: true });

  await phone.context.close();
  await laptop.context.close();
});

test("a forged X-Forwarded-For is not taken as the client's address (no proxy is trusted here)", async ({ browser }) => {
  const username = await signUpElsewhere(browser, "sess");
  const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "6.6.6.6" } });
  const page = await context.newPage();
  await logInByApi(page, username, FRESH_PASSWORD);
  await page.goto("/settings#security");
  const current = page.getByTestId("session").filter({ hasText: "This device" });
  await expect(current).toContainText("127.0.0.1");
  await expect(current).not.toContainText("6.6.6.6");
  await context.close();
});
