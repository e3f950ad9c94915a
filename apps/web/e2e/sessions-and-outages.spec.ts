import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { logOut } from "./account-helpers";
import { expectAccessibleAtBothWidths } from "./axe";
import { FRESH_PASSWORD, logIn, logInByApi, settle, signUpAndLogInByApi, uniqueUsername } from "./helpers";
import { timeZonePicker } from "./time-zone-helpers";

// Issue 15, items 8 and 9: the one time-zone picker; a session that ends while
// a page is open; a navigation while the server is away.
test.use({ timezoneId: "Asia/Seoul" });

const screens = `${process.env.E2E_OUTPUT_DIR ?? "test-results"}/screens`;
const shoot = (page: Page, name: string) => async (device: string, theme: string) => {
  await settle(page);
  await page.screenshot({ path: `${screens}/${device}-${theme}-${name}.png` });
};

test("the time-zone picker: current names with offsets and cities, the browser's zone first, searchable by keyboard", async ({ page }) => {
  test.setTimeout(60_000); // four axe passes over a list of 300 options
  const username = uniqueUsername("tz");
  // An account saved years ago under an old spelling: still valid, shown under the current name.
  const signUp = await page.request.post("/api/trpc/auth.signUp", {
    data: { json: { username, email: `${username}@example.com`, password: FRESH_PASSWORD, confirmPassword: FRESH_PASSWORD, timeZone: "Asia/Calcutta" } },
  });
  expect(signUp.ok(), await signUp.text()).toBe(true);
  await logInByApi(page, username, FRESH_PASSWORD);
  await page.goto("/settings");
  const picker = timeZonePicker(page);
  await expect(picker).toHaveValue("(UTC+05:30) Kolkata");

  await picker.focus();
  await page.keyboard.press("ArrowDown");
  const list = page.getByRole("listbox", { name: "Time zones" });
  const groups = list.getByRole("group");
  await expect(groups.first()).toHaveAccessibleName("This device");
  await expect(groups.first().getByRole("option")).toHaveText(/^\(UTC\+09:00\) Seoul/);
  await expect(list.getByRole("option", { selected: true }).first()).toContainText("Kolkata");
  await expect(list.getByRole("option", { name: /Calcutta|Saigon|Kiev\b/ })).toHaveCount(0);
  await expect(groups.filter({ has: page.getByRole("option", { name: /\) Kyiv\b/ }) })).toHaveAccessibleName("Europe");
  await expectAccessibleAtBothWidths(page, "time-zone picker open", shoot(page, "time-zone-picker"));

  // Typing filters (old names too), arrows move, Enter chooses, Escape leaves the list.
  await picker.fill("kiev");
  await expect(list.getByRole("option")).toHaveCount(1);
  await expect(picker).toHaveAttribute("aria-activedescendant", /.+/);
  await page.keyboard.press("Enter");
  await expect(picker).toHaveValue("(UTC+02:00) Kyiv");
  await expect(list).toBeHidden();
  await page.keyboard.press("ArrowDown");
  await expect(list).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(list).toBeHidden();

  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Profile saved.")).toBeVisible();
  await page.reload();
  await expect(timeZonePicker(page)).toHaveValue("(UTC+02:00) Kyiv");
});

test("a session that ends while a page is open: the page says so, and Log in comes back to the same page", async ({ page, browser }) => {
  test.setTimeout(60_000); // four axe passes
  const username = await signUpAndLogInByApi(page, "ended");
  await page.goto("/todos?filter=open");
  await expect(page.getByRole("heading", { name: "No open todos" })).toBeVisible();

  // Logged out elsewhere with the same session: the server deletes it.
  const elsewhere = await browser.newContext();
  await elsewhere.addCookies(await page.context().cookies());
  const other = await elsewhere.newPage();
  await other.goto("/todos");
  await logOut(other);
  await elsewhere.close();

  await page.getByLabel("New todo").fill("Written after the session ended");
  await page.getByLabel("New todo").press("Enter");
  const notice = page.getByRole("alertdialog", { name: "Your session has ended" });
  await expect(notice).toBeVisible();
  const logInLink = notice.getByRole("link", { name: "Log in" });
  await expect(logInLink).toBeFocused();
  await expectAccessibleAtBothWidths(page, "session ended notice", shoot(page, "session-ended"));

  await logInLink.click();
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Ftodos%3Ffilter%3Dopen$/);
  await logIn(page, username, FRESH_PASSWORD);
  await expect(page).toHaveURL(/\/todos\?filter=open$/);
  await expect(page.getByRole("heading", { name: "No open todos" })).toBeVisible();
});

test("a navigation while the server is away shows the app's error page; Try again loads the page once it answers", async ({ page }) => {
  test.setTimeout(60_000); // four axe passes
  await signUpAndLogInByApi(page, "away");
  await page.goto("/todos");
  await expect(page.getByRole("heading", { name: "Nothing to do" })).toBeVisible();
  // Links' prefetches are done: the click's own payload request is the one that fails.
  await page.waitForLoadState("networkidle");

  // The server "goes away" for the calendar: the payload request and the page itself.
  const away = (url: URL) => url.pathname === "/calendar";
  await page.route(away, (route) => route.abort("connectionrefused"));
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Calendar" }).click();
  const errorPage = page.getByRole("dialog", { name: "Can't reach Planner" });
  await expect(errorPage).toBeVisible();
  const tryAgain = errorPage.getByRole("button", { name: "Try again" });
  await expect(tryAgain).toBeFocused();
  await expectAccessibleAtBothWidths(page, "navigation failed page", shoot(page, "navigation-failed"));

  await tryAgain.click();
  await expect(errorPage.getByRole("status")).toHaveText("Still no answer. Try again in a moment.");

  await page.unroute(away);
  await tryAgain.click();
  await expect(page).toHaveURL(/\/calendar(\?.*)?$/);
  await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
  await expect(errorPage).toBeHidden();
});
