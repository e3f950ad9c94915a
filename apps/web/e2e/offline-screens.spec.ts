import type { Page } from "@playwright/test";
import { calendarEvent, createSchedulesViaApi, openCalendar, utcDate } from "./calendar-helpers";
import { expect, test } from "./fixtures";
import { settle, signUpAndLogInByApi } from "./helpers";

// The service worker is what these tests are about (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: "allow" });

// Not assertions: the offline banner on the calendar and the todo list (with a
// refused change), and the offline page, in English and Korean, light and dark,
// at desktop and phone widths (<E2E_OUTPUT_DIR>/screens/offline-*.png).
const widths = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };
const screens = `${process.env.E2E_OUTPUT_DIR ?? "test-results"}/screens`;

test.use({ timezoneId: "Asia/Seoul" });
test.describe.configure({ timeout: 120_000 });

async function shootAll(page: Page, name: string) {
  for (const [device, viewport] of Object.entries(widths)) {
    await page.setViewportSize(viewport);
    for (const theme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await settle(page);
      await page.screenshot({ path: `${screens}/offline-${name}-${device}-${theme}.png` });
    }
  }
}

for (const locale of ["en-US", "ko-KR"] as const) {
  test.describe(locale, () => {
    test.use({ locale });
    test(`offline banner, refusal and offline page in ${locale}`, async ({ page, context }) => {
      const lang = locale.slice(0, 2);
      await signUpAndLogInByApi(page, "offshot");
      const today = utcDate();
      await createSchedulesViaApi(page, [{ title: lang === "ko" ? "주간 회의" : "Team stand-up", startAt: `${today}T01:00:00Z`, endAt: `${today}T02:00:00Z` }]);
      await page.request.post("/api/trpc/todo.create", { data: { json: { contents: lang === "ko" ? "회의록 정리하기" : "Write up the minutes" } } });
      await page.goto("/todos");
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
      await page.reload();
      await expect(page.getByRole("checkbox")).toHaveCount(1);
      await openCalendar(page, `view=week&date=${today}`);
      await expect(calendarEvent(page, lang === "ko" ? "주간 회의" : "Team stand-up")).toBeVisible();

      await context.setOffline(true);
      await page.reload();
      await expect(page.getByTestId("offline-banner")).toBeVisible();
      await shootAll(page, `${lang}-calendar`);

      await page.goto("/todos");
      const box = page.locator("#new-todo");
      await box.fill(lang === "ko" ? "우유 사기" : "Buy milk");
      await box.press("Enter");
      await expect(page.locator("[data-sonner-toast]")).toBeVisible();
      await shootAll(page, `${lang}-todos`);

      await page.goto("/login");
      await expect(page.getByTestId("offline-page")).toBeVisible();
      await shootAll(page, `${lang}-page`);
      await context.setOffline(false);
    });
  });
}
