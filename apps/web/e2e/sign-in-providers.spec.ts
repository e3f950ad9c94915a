import type { Browser, BrowserContext, Page } from "@playwright/test";
import { generateSync } from "otplib";
import { AXE_WIDTHS, expectAccessibleAtBothWidths } from "./axe";
import { expect, test } from "./fixtures";
import { APP, OIDC_NAME, OP, startSignInWorld, type SignInWorld } from "./sign-in-world";

// Log-in with other services through the whole redirect dance, against a real
// OpenID Connect provider and local stand-ins for GitHub, Kakao and Naver
// (sign-in-world.ts starts them and an app instance with every provider on).
// The rules behind it (accounts found by provider id only, sessions, limits,
// the second step) are tested in packages/api/test/provider-login.db.test.ts.

let world: SignInWorld;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  world = await startSignInWorld();
});

test.afterAll(async () => {
  await world?.stop();
});

const screens = `${process.env.E2E_OUTPUT_DIR ?? "test-results"}/screens`;

/** A browser of its own (no cookies of another test's provider session), in English unless told. */
async function freshPage(browser: Browser, locale = "en-US"): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: APP, locale });
  return { context, page: await context.newPage() };
}

/** oidc-provider's development log-in and consent pages: any login, any password. */
async function logInAtOp(page: Page, login: string) {
  await page.waitForURL(`${OP}/**`);
  await page.locator("input[name=login]").fill(login);
  await page.locator("input[name=password]").fill("anything");
  await page.locator("button[type=submit]").click();
  // Consent, the first time this person meets the client.
  const consent = page.locator("button[type=submit]");
  if (await consent.isVisible({ timeout: 3000 }).catch(() => false)) {
    if (page.url().startsWith(OP)) await consent.click();
  }
}

async function me(page: Page): Promise<{ id: string; username: string; email: string | null; name: string }> {
  const trpc = await page.request.get(`${APP}/api/trpc/auth.me`);
  expect(trpc.ok(), await trpc.text()).toBe(true);
  return ((await trpc.json()) as { result: { data: { json: never } } }).result.data.json;
}

test("the generic OpenID Connect provider: a first log-in makes an account, the next one reuses it", async ({ browser }) => {
  const { context, page } = await freshPage(browser);
  await page.goto("/login");
  await page.getByRole("button", { name: `Continue with ${OIDC_NAME}` }).click();
  await logInAtOp(page, "mina");
  await page.waitForURL(`${APP}/calendar`);
  const first = await me(page);
  expect(first).toMatchObject({ username: "mina", email: "mina@example.test", name: "Person mina" });

  await context.clearCookies({ domain: "localhost" });
  await page.goto("/login");
  await page.getByRole("button", { name: `Continue with ${OIDC_NAME}` }).click();
  // The provider remembers the person: straight back, logged in to the same account.
  await page.waitForURL(`${APP}/calendar`);
  expect((await me(page)).id).toBe(first.id);
  await context.close();
});

test("Google (OpenID Connect by discovery), GitHub, Kakao and Naver each complete a log-in", async ({ browser }) => {
  test.setTimeout(60_000);
  const expected = {
    Google: { username: "gil", email: "gil@example.test" },
    GitHub: { username: "octo-tester", email: "octo@example.test" },
    Kakao: { username: "kakao", email: "kakao@example.test" },
    // Naver's profile says nothing about verification: no address is kept.
    Naver: { username: "naver-tester", email: null },
  };
  for (const [name, account] of Object.entries(expected)) {
    const { context, page } = await freshPage(browser);
    await page.goto("/signup");
    await page.getByRole("button", { name: `Continue with ${name}` }).click();
    if (name === "Google") await logInAtOp(page, "gil");
    await page.waitForURL(`${APP}/calendar`);
    expect(await me(page), name).toMatchObject(account);
    await context.close();
  }
});

test("a cancelled consent, a provider that is down, a tampered state and a missing PKCE verifier land on /login with a sentence", async ({ browser }) => {
  test.setTimeout(60_000);
  const { context, page } = await freshPage(browser);
  const notice = page.getByTestId("provider-notice");
  try {
    world.vendor.mode = "deny";
    await page.goto("/login");
    await page.getByRole("button", { name: "Continue with GitHub" }).click();
    await expect(notice).toContainText("You cancelled the log-in at the other service.");

    world.vendor.mode = "down";
    await page.getByRole("button", { name: "Continue with Kakao" }).click();
    await expect(notice).toContainText("The other service did not answer.");

    // The mock shows the callback link instead of following it, so the test can spoil it.
    world.vendor.mode = "link";
    await page.goto("/login");
    await page.getByRole("button", { name: "Continue with GitHub" }).click();
    const link = new URL((await page.locator("#continue").getAttribute("href"))!);
    link.searchParams.set("state", `${link.searchParams.get("state")}x`);
    await page.goto(link.href);
    await expect(page).toHaveURL(/\/login\?error=check-failed$/);
    await expect(notice).toContainText("This log-in could not be verified");

    await page.getByRole("button", { name: "Continue with Naver" }).click();
    const untouched = (await page.locator("#continue").getAttribute("href"))!;
    await context.clearCookies({ name: "authjs.pkce.code_verifier" });
    await page.goto(untouched);
    await expect(page).toHaveURL(/\/login\?error=check-failed$/);
    await expect(notice).toContainText("This log-in could not be verified");
    expect(await context.cookies(APP)).not.toContainEqual(expect.objectContaining({ name: "authjs.session-token" }));
  } finally {
    world.vendor.mode = "redirect";
    await context.close();
  }
});

test("an unverified provider address equal to an account's never logs into it; its owner links the provider after a password log-in", async ({ browser }) => {
  const { context, page } = await freshPage(browser);
  await page.goto("/login");
  await page.getByRole("button", { name: `Continue with ${OIDC_NAME}` }).click();
  // This person's address at the provider is user01's (a demo account), unverified.
  await logInAtOp(page, "user01@example.com");
  await expect(page.getByTestId("provider-notice")).toContainText(`An account with the e-mail address from ${OIDC_NAME} already exists.`);
  expect(await context.cookies(APP)).not.toContainEqual(expect.objectContaining({ name: "authjs.session-token" }));

  // The owner logs in with the password and connects the provider in Settings.
  await page.getByLabel("Username or email").fill("user01");
  await page.getByLabel("Password", { exact: true }).fill("user01-pass");
  await page.getByRole("button", { name: "Log in" }).click();
  await page.waitForURL(`${APP}/calendar`);
  await page.goto("/settings#connected-accounts");
  await page.getByRole("button", { name: `Connect ${OIDC_NAME}` }).click();
  await page.waitForURL(/\/settings\?connected=oidc/);
  await expect(page.getByText(`${OIDC_NAME} is connected.`)).toBeVisible();

  // From now on the provider logs in to user01.
  await context.clearCookies({ domain: "localhost" });
  await page.goto("/login");
  await page.getByRole("button", { name: `Continue with ${OIDC_NAME}` }).click();
  await page.waitForURL(`${APP}/calendar`);
  expect((await me(page)).username).toBe("user01");
  await context.close();
});

test("a password-less account cannot disconnect its only way in; it sets a password and logs in with it", async ({ browser }) => {
  const { context, page } = await freshPage(browser);
  world.vendor.person.kakao = { id: "2999", login: "solo", name: "Solo Kim", email: "solo@example.test", verified: true };
  await page.goto("/login");
  await page.getByRole("button", { name: "Continue with Kakao" }).click();
  await page.waitForURL(`${APP}/calendar`);
  const { username } = await me(page);

  await page.goto("/settings#connected-accounts");
  const section = page.getByTestId("connected-accounts");
  await section.getByRole("button", { name: "Disconnect Kakao" }).click();
  await expect(section.getByTestId("form-alert")).toHaveText("This is your only way to log in. Set a password or connect another service first.");

  // No password to change and none to confirm a deletion with: the Password section sets a first one.
  const deletion = page.locator("#delete-account");
  await expect(deletion.getByText("Your account has no password yet.", { exact: false })).toBeVisible();
  await expect(deletion.getByRole("button", { name: "Delete my account" })).toHaveCount(0);
  const password = page.locator("#change-password");
  await expect(password.getByLabel("Current password")).toHaveCount(0);
  await password.getByLabel("New password", { exact: true }).fill("solo's new password");
  await password.getByLabel("Confirm new password").fill("solo's new password");
  await password.getByRole("button", { name: "Set password" }).click();
  await expect(section.getByText("Set", { exact: true })).toBeVisible();
  // Now an ordinary account: change the password, and delete with it.
  await expect(password.getByLabel("Current password")).toBeVisible();
  await expect(deletion.getByRole("button", { name: "Delete my account" })).toBeVisible();

  await context.clearCookies({ domain: "localhost" });
  await page.goto("/login");
  await page.getByLabel("Username or email").fill(username);
  await page.getByLabel("Password", { exact: true }).fill("solo's new password");
  await page.getByRole("button", { name: "Log in" }).click();
  await page.waitForURL(`${APP}/calendar`);
  expect((await me(page)).username).toBe(username);
  await context.close();
});

test("an account with two-step verification on is asked for its code after the provider's log-in", async ({ browser }) => {
  const { context, page } = await freshPage(browser);
  world.vendor.person.github = { id: "4004", login: "twostep", name: "Two Step", email: "twostep@example.test", verified: true };
  await page.goto("/login");
  await page.getByRole("button", { name: "Continue with GitHub" }).click();
  await page.waitForURL(`${APP}/calendar`);
  const start = await page.request.post(`${APP}/api/trpc/account.twoFactor.start`, { data: { json: null } });
  expect(start.ok(), await start.text()).toBe(true);
  const { secret } = ((await start.json()) as { result: { data: { json: { secret: string } } } }).result.data.json;
  const code = (stepsAhead: number) => generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + stepsAhead * 30 });
  expect((await page.request.post(`${APP}/api/trpc/account.twoFactor.confirm`, { data: { json: { code: code(0) } } })).ok()).toBe(true);

  await context.clearCookies({ domain: "localhost" });
  await page.goto("/login");
  await page.getByRole("button", { name: "Continue with GitHub" }).click();
  await page.waitForURL(/\/login\?step=code$/);
  expect(await context.cookies(APP)).not.toContainEqual(expect.objectContaining({ name: "authjs.session-token" }));
  await page.getByLabel("Verification code").fill("000000");
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByText("That code is not correct", { exact: false })).toBeVisible();
  await page.getByLabel("Verification code").fill(code(1));
  await page.getByRole("button", { name: "Verify" }).click();
  await page.waitForURL(`${APP}/calendar`);
  expect((await me(page)).username).toBe("twostep");
  await context.close();
});

test("/login with every provider, and Settings → Connected accounts, in both languages: accessible at both widths and themes, pictured", async ({ browser }) => {
  test.setTimeout(150_000);
  for (const locale of ["en-US", "ko-KR"]) {
    const { context, page } = await freshPage(browser, locale);
    const language = locale.slice(0, 2);
    await page.goto("/login");
    await expect(page.getByTestId("provider-buttons").getByRole("button")).toHaveCount(5);
    await expectAccessibleAtBothWidths(page, `/login with providers (${language})`, async (device, theme) => {
      await page.screenshot({ path: `${screens}/sign-in-providers-${language}-${theme}-${device}-login.png`, fullPage: true });
    });
    await page.goto("/login?refused=email-taken&provider=google");
    await page.screenshot({ path: `${screens}/sign-in-providers-${language}-light-desktop-login-refused.png`, fullPage: true });

    // A password-less account's section, with one service connected.
    world.vendor.person.naver = { id: `naver-shot-${language}`, login: `shot-${language}`, name: "Shot", email: "shot@example.test", verified: false };
    await page.getByRole("button", { name: language === "en" ? "Continue with Naver" : "네이버 계정으로 계속하기" }).click();
    await page.waitForURL(`${APP}/calendar`);
    await page.goto("/settings#connected-accounts");
    const section = page.locator("#connected-accounts");
    await expect(section.locator("[data-provider-row=naver] button")).toBeVisible();
    const shoot = async (device: string, theme: string) => {
      await section.scrollIntoViewIfNeeded();
      await section.screenshot({ path: `${screens}/sign-in-providers-${language}-${theme}-${device}-settings.png` });
    };
    // The section's structure is the same in both languages: axe checks it in English; Korean is pictured.
    if (language === "en") await expectAccessibleAtBothWidths(page, "Settings → Connected accounts", shoot);
    else {
      for (const [device, viewport] of Object.entries(AXE_WIDTHS)) {
        await page.setViewportSize(viewport);
        for (const theme of ["light", "dark"] as const) {
          await page.emulateMedia({ colorScheme: theme });
          await shoot(device, theme);
        }
      }
    }
    await context.close();
  }
});
