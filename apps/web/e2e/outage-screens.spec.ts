import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { logInAs } from "./account-helpers";
import { settle } from "./helpers";
import { timeZonePicker } from "./time-zone-helpers";

// Not assertions: the time-zone picker, the session-ended notice and the
// navigation error page in Korean, light and dark, at desktop and phone widths
// (sessions-and-outages.spec takes the English ones while it checks them).
// The demo account follows the browser's language; nothing is saved.
const widths = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };
const screens = `${process.env.E2E_OUTPUT_DIR ?? "test-results"}/screens`;

test.use({ locale: "ko-KR", timezoneId: "Asia/Seoul" });

async function shootAll(page: Page, name: string) {
  for (const [device, viewport] of Object.entries(widths)) {
    await page.setViewportSize(viewport);
    for (const theme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await settle(page);
      await page.screenshot({ path: `${screens}/ko-${device}-${theme}-${name}.png` });
    }
  }
}

test("time zones, an ended session and a server away, in Korean", async ({ page, browser }) => {
  test.slow();
  await logInAs(page, "user01", "user01-pass");
  await page.goto("/settings");
  await timeZonePicker(page, "시간대").focus();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("listbox")).toBeVisible();
  await shootAll(page, "time-zone-picker");
  await timeZonePicker(page, "시간대").fill("대한민국");
  await shootAll(page, "time-zone-search");

  await page.goto("/calendar");
  await timeZonePicker(page, "시간대").click();
  await shootAll(page, "calendar-time-zone");
  await page.keyboard.press("Escape");

  await page.goto("/todos");
  await page.waitForLoadState("networkidle");
  await page.route((url) => url.pathname === "/schedules", (route) => route.abort("connectionrefused"));
  await page.getByRole("navigation").getByRole("link", { name: "일정", exact: true }).click();
  await expect(page.getByTestId("navigation-failed")).toBeVisible();
  await shootAll(page, "navigation-failed");
  await page.keyboard.press("Escape");

  const elsewhere = await browser.newContext({ locale: "ko-KR" });
  await elsewhere.addCookies(await page.context().cookies());
  const other = await elsewhere.newPage();
  await other.goto("/todos");
  await other.getByRole("button", { name: "로그아웃" }).click();
  await expect(other).toHaveURL(/\/login$/);
  await elsewhere.close();
  await page.getByLabel("새 할 일").fill("세션 종료 후");
  await page.getByLabel("새 할 일").press("Enter");
  await expect(page.getByTestId("session-ended")).toBeVisible();
  await shootAll(page, "session-ended");
});
