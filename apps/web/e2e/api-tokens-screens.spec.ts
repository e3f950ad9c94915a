import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { FRESH_PASSWORD, settle, signUpAndLogInByApi } from "./helpers";

// Not assertions: pictures of Settings → API tokens (the new secret's panel, the
// list) and Security with a program's log-in, in both languages and themes, at
// desktop and phone widths (<output dir>/screens/). Fresh accounts follow the
// browser's language and the device's scheme.
const widths = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };
const screens = `${process.env.E2E_OUTPUT_DIR ?? "test-results"}/screens`;

async function shootSection(page: Page, id: string, name: string) {
  const section = page.locator(`#${id}`);
  await section.scrollIntoViewIfNeeded();
  await settle(page);
  await section.screenshot({ path: `${screens}/${name}.png` });
}

/** A token made over tRPC (as the form does), used once by a program when `use` is set. */
async function tokenByApi(page: Page, name: string, scope: "READ" | "READ_WRITE", expiresInDays: 30 | 90 | 365 | null, use = false) {
  const response = await page.request.post("/api/trpc/account.apiTokens.create", { data: { json: { name, scope, expiresInDays } } });
  expect(response.ok(), await response.text()).toBe(true);
  const { secret } = ((await response.json()) as { result: { data: { json: { secret: string } } } }).result.data.json;
  if (use) expect((await page.request.get("/api/v1/todos", { headers: { Authorization: `Bearer ${secret}` } })).status()).toBe(200);
}

for (const [locale, colorScheme] of [["en-US", "light"], ["en-US", "dark"], ["ko-KR", "light"], ["ko-KR", "dark"]] as const) {
  test.describe(`${locale} ${colorScheme}`, () => {
    test.use({ locale, colorScheme });
    test(`API tokens in ${locale}, ${colorScheme}`, async ({ page, playwright }) => {
      test.slow();
      const prefix = `${locale.slice(0, 2)}-${colorScheme}`;
      const username = await signUpAndLogInByApi(page, "shot");
      await tokenByApi(page, "Home Assistant", "READ", 90, true);
      await tokenByApi(page, "Nightly backup script with a rather long name", "READ_WRITE", null);
      // A program's log-in, for Security's list.
      const curl = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL, userAgent: "curl/8.5.0" });
      const grant = await curl.post("/api/v1/auth/token", { form: { grant_type: "password", username, password: FRESH_PASSWORD } });
      expect(grant.status(), await grant.text()).toBe(200);
      await curl.dispose();

      for (const [device, viewport] of Object.entries(widths)) {
        await page.setViewportSize(viewport);
        await page.goto("/settings#api-tokens");
        await expect(page.getByTestId("api-token")).toHaveCount(device === "desktop" ? 2 : 3);
        await shootSection(page, "api-tokens", `${prefix}-${device}-api-tokens-list`);

        const form = page.getByTestId("create-token-form");
        await form.locator("#token-name").fill(device === "desktop" ? "Phone shortcut" : "Widget");
        await form.locator('input[value="READ_WRITE"]').check();
        await form.locator("#token-expiry").selectOption("30");
        await form.locator('button[type="submit"]').click();
        await expect(page.getByTestId("new-token-secret")).toHaveValue(/^pln_/);
        await shootSection(page, "api-tokens", `${prefix}-${device}-api-tokens-secret`);

        await page.reload();
        await expect(page.locator('[data-kind="API"]')).toHaveCount(1);
        await shootSection(page, "security", `${prefix}-${device}-security-api-session`);
      }
    });
  });
}
