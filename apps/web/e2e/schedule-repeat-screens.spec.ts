import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { openCalendar, scheduleDialog } from "./calendar-helpers";
import { FRESH_PASSWORD, logInByApi, settle, signUpAndLogInByApi } from "./helpers";

// Not assertions: pictures of repeating, all-day and reminded schedules (the
// dialog with Repeat and reminders, the scope prompt, a trip in the month
// view, the week's all-day row), at desktop and phone widths, in English and
// Korean, light and dark, to look at (<E2E_OUTPUT_DIR>/screens/repeat-*.png).

const outputDir = process.env.E2E_OUTPUT_DIR ?? "test-results";
const widths = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };

test.use({ timezoneId: "Europe/Berlin" });
test.describe.configure({ timeout: 300_000 });

async function post(page: Page, path: string, json: Record<string, unknown>, dates: string[] = []) {
  const meta = { values: Object.fromEntries(dates.map((field) => [field, ["Date"]])) };
  const response = await page.request.post(`/api/trpc/${path}`, { data: { json, meta } });
  expect(response.ok(), await response.text()).toBeTruthy();
}

async function contextPage(browser: Browser, locale: string, theme: "light" | "dark", username: string) {
  const context = await browser.newContext({ locale, timezoneId: "Europe/Berlin", colorScheme: theme });
  const page = await context.newPage();
  await logInByApi(page, username, FRESH_PASSWORD);
  return page;
}

test("repeating, all-day and reminded schedules", async ({ page, browser }) => {
  const username = await signUpAndLogInByApi(page, "shots");
  await page.goto("/calendar");
  await post(page, "schedule.create", { title: "Team sync", startAt: "2030-01-07T09:00:00.000Z", endAt: "2030-01-07T10:00:00.000Z", recurrence: "RRULE:FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20300630", reminders: [{ minutesBefore: 10 }, { minutesBefore: 1440 }] }, ["startAt", "endAt"]);
  await post(page, "schedule.create", { title: "Trip to Busan", startDate: "2030-01-15", endDate: "2030-01-17", reminders: [{ minutesBefore: 900 }] });
  await post(page, "schedule.create", { title: "Dentist", startAt: "2030-01-16T13:00:00.000Z", endAt: "2030-01-16T14:00:00.000Z" }, ["startAt", "endAt"]);

  for (const locale of ["en-US", "ko-KR"]) {
    for (const theme of ["light", "dark"] as const) {
      const shots = await contextPage(browser, locale, theme, username);
      const lang = locale.slice(0, 2);
      for (const [device, viewport] of Object.entries(widths)) {
        if (theme === "dark" && device === "phone") continue;
        await shots.setViewportSize(viewport);
        const name = (what: string) => `${outputDir}/screens/repeat-${what}-${device}-${lang}-${theme}.png`;
        await openCalendar(shots, "view=month&date=2030-01-16");
        await settle(shots);
        await shots.screenshot({ path: name("month"), fullPage: true });
        await openCalendar(shots, "view=week&date=2030-01-16");
        await settle(shots);
        await shots.screenshot({ path: name("week"), fullPage: true });
        // The weekly schedule's dialog, its Repeat control and reminders shown.
        await shots.locator('.fc-timegrid-col[data-date="2030-01-16"] .fc-event').filter({ hasText: /Team sync/ }).click();
        const dialog = scheduleDialog(shots);
        await expect(dialog).toBeVisible();
        await settle(shots);
        await shots.screenshot({ path: name("dialog"), fullPage: false });
        await dialog.locator("form").evaluate((form) => form.closest("dialog")?.querySelector("div")?.scrollTo(0, 10_000));
        await shots.screenshot({ path: name("dialog-end"), fullPage: false });
        await dialog.getByRole("button", { name: lang === "ko" ? "삭제" : "Delete", exact: true }).click();
        await expect(shots.getByTestId("scope-dialog")).toBeVisible();
        await settle(shots);
        await shots.screenshot({ path: name("scope"), fullPage: false });
        await shots.keyboard.press("Escape");
        await shots.keyboard.press("Escape");
      }
      await shots.context().close();
    }
  }
});
