import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { logOut } from "./account-helpers";
import { openCalendar } from "./calendar-helpers";
import { FRESH_PASSWORD, logInByApi, signUpAndLogInByApi } from "./helpers";

// Light, dark and the device's scheme: chosen in the header or in Settings,
// kept by the browser and by the account, and on <html> before the page's
// content is parsed (no flash of the other theme).

/** Records, as the first <main> arrives in the document, whether <html> already had `dark`. */
async function watchFirstPaint(page: Page) {
  await page.addInitScript(() => {
    const record = () => {
      const main = document.querySelector("main");
      if (!main) return false;
      (window as unknown as { darkAtMain: boolean }).darkAtMain = document.documentElement.classList.contains("dark");
      return true;
    };
    const observer = new MutationObserver(() => {
      if (record()) observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true });
  });
}

const darkAtMain = (page: Page) => page.evaluate(() => (window as unknown as { darkAtMain?: boolean }).darkAtMain);
const html = (page: Page) => page.locator("html");

async function accountTheme(page: Page): Promise<string | null> {
  const response = await page.request.get("/api/trpc/auth.me");
  const body = (await response.json()) as { result: { data: { json: { theme: string | null } } } };
  return body.result.data.json.theme;
}

async function chooseInHeader(page: Page, name: "Light" | "Dark" | "System") {
  await page.getByTestId("theme-menu").click();
  await page.getByRole("group", { name: "Theme" }).getByRole("button", { name }).click();
}

test("the theme chosen in the header holds from the first paint, on this browser and on the account's other browsers", async ({ page, browser }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await watchFirstPaint(page);
  const username = await signUpAndLogInByApi(page, "theme");
  await page.goto("/todos");
  await expect(html(page)).not.toHaveClass(/dark/);
  expect(await darkAtMain(page)).toBe(false);

  await chooseInHeader(page, "Dark");
  await expect(html(page)).toHaveClass(/dark/);
  await expect(page.getByTestId("theme-menu")).toHaveAccessibleName("Theme: Dark");
  // Saved to the account before the page is left.
  await expect.poll(() => accountTheme(page)).toBe("dark");

  await page.reload();
  expect(await darkAtMain(page)).toBe(true);

  // A browser the account never used (light device scheme, nothing stored) is dark from the start.
  const other = await browser.newContext({ colorScheme: "light" });
  const elsewhere = await other.newPage();
  await watchFirstPaint(elsewhere);
  await logInByApi(elsewhere, username, FRESH_PASSWORD);
  await elsewhere.goto("/calendar");
  expect(await darkAtMain(elsewhere)).toBe(true);

  // Logged out, this browser keeps the theme it showed.
  await logOut(elsewhere);
  expect(await darkAtMain(elsewhere)).toBe(true);
  await other.close();
});

test("Settings → Appearance: light, dark and system, and the week's first day", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await signUpAndLogInByApi(page, "theme");
  await page.goto("/settings");
  const themes = page.getByTestId("account-theme");
  // Nothing chosen: the device's scheme (dark here).
  await expect(themes.getByRole("button", { name: "System" })).toHaveAttribute("aria-pressed", "true");
  await expect(html(page)).toHaveClass(/dark/);

  await themes.getByRole("button", { name: "Light" }).click();
  await expect(html(page)).not.toHaveClass(/dark/);
  await expect(themes.getByRole("button", { name: "Light" })).toHaveAttribute("aria-pressed", "true");
  await page.reload();
  await expect(html(page)).not.toHaveClass(/dark/);

  await themes.getByRole("button", { name: "System" }).click();
  await expect(html(page)).toHaveClass(/dark/);
  await page.emulateMedia({ colorScheme: "light" });
  await expect(html(page)).not.toHaveClass(/dark/);

  // English weeks start on Monday until the account picks another day.
  await openCalendar(page, "view=week&date=2026-12-02");
  await expect(page.locator(".fc-col-header-cell").first()).toHaveAttribute("data-date", "2026-11-30");
  await page.goto("/settings");
  await expect(page.getByLabel("Week starts on")).toHaveValue("");
  await page.getByLabel("Week starts on").selectOption("sunday");
  await expect(page.getByText("Your weeks now start on the day you chose.")).toBeVisible();
  await openCalendar(page, "view=month&date=2026-12-02");
  await expect(page.locator(".fc-col-header-cell").first()).toHaveText("Sun");
  await openCalendar(page, "view=week&date=2026-12-02");
  await expect(page.locator(".fc-col-header-cell").first()).toHaveAttribute("data-date", "2026-11-29");
});
