import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { createSchedulesViaApi, openCalendar, openSchedule, utcDate } from "./calendar-helpers";
import { logInByApi, settle, signUpAndLogInByApi } from "./helpers";

// Not assertions: pictures of Settings → Calendar feed (no address yet, the new
// address shown once, the address later, a subscriber's with the shared-calendars
// switch, the "make a new address" question) and of the schedule dialog's
// "Add to my calendar (.ics)" (an own repeating schedule, a shared one read-only),
// in both languages and themes, at desktop and phone widths (<output dir>/screens/).
const widths = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };
const screens = `${process.env.E2E_OUTPUT_DIR ?? "test-results"}/screens`;

test.use({ timezoneId: "UTC" });

async function shootSection(page: Page, name: string) {
  const section = page.locator("#calendar-feed");
  await section.scrollIntoViewIfNeeded();
  await settle(page);
  await section.screenshot({ path: `${screens}/${name}.png` });
}

async function trpc(page: Page, path: string, json: unknown) {
  const response = await page.request.post(`/api/trpc/${path}`, { data: { json } });
  expect(response.ok(), await response.text()).toBe(true);
  return ((await response.json()) as { result: { data: { json: unknown } } }).result.data.json;
}

/** A fresh subscriber (made by the demo admin) with the owner's calendar shared with it, logged in on `page`. */
async function subscriberFollowing(browser: Browser, owner: Page, page: Page): Promise<void> {
  const username = await signUpAndLogInByApi(page, "sub");
  const me = (await (await page.request.get("/api/trpc/auth.me")).json()) as { result: { data: { json: { id: string } } } };
  const { id } = me.result.data.json;
  const admin = await browser.newPage();
  await logInByApi(admin, "admin", "admin-pass-1");
  await trpc(admin, "admin.users.setRole", { userId: id, role: "SUBSCRIBER" });
  await admin.close();
  await trpc(owner, "share.grant", { subscriber: username });
  // The role change ended the session: log in again.
  await logInByApi(page, username, "a fine password");
}

for (const [locale, colorScheme] of [["en-US", "light"], ["en-US", "dark"], ["ko-KR", "light"], ["ko-KR", "dark"]] as const) {
  test.describe(`${locale} ${colorScheme}`, () => {
    test.use({ locale, colorScheme });
    test(`calendar feed in ${locale}, ${colorScheme}`, async ({ page, browser }) => {
      test.slow();
      const prefix = `${locale.slice(0, 2)}-${colorScheme}`;
      await signUpAndLogInByApi(page, "shot");
      const tomorrow = utcDate(1);
      const [standUpId] = await createSchedulesViaApi(page, [{ title: "Weekly stand-up with the design team", startAt: `${tomorrow}T09:00:00.000Z`, endAt: `${tomorrow}T09:30:00.000Z` }]);
      await trpc(page, "schedule.update", { id: standUpId, recurrence: "RRULE:FREQ=WEEKLY" });

      for (const [device, viewport] of Object.entries(widths)) {
        await page.setViewportSize(viewport);
        await page.goto("/settings#calendar-feed");
        const section = page.locator("#calendar-feed");
        if (device === "desktop") {
          await expect(section.getByTestId("calendar-feed-empty")).toBeVisible();
          await shootSection(page, `${prefix}-${device}-calendar-feed-empty`);
          await section.getByTestId("calendar-feed-empty").getByRole("button").click();
        } else {
          await section.getByTestId("calendar-feed").getByRole("button").first().click();
          await settle(page);
          await page.screenshot({ path: `${screens}/${prefix}-${device}-calendar-feed-replace-question.png` });
          await page.getByTestId("calendar-feed-replace").getByRole("button").last().click();
        }
        await expect(section.getByTestId("calendar-feed-address")).toHaveValue(/plc_/);
        await section.locator("details").first().evaluate((details) => ((details as HTMLDetailsElement).open = true));
        await shootSection(page, `${prefix}-${device}-calendar-feed-new-address`);
        await page.reload();
        await expect(section.getByTestId("calendar-feed-masked")).toBeVisible();
        await shootSection(page, `${prefix}-${device}-calendar-feed-address`);

        await openCalendar(page, `view=week&date=${tomorrow}`);
        const dialog = await openSchedule(page, "Weekly stand-up with the design team");
        await expect(dialog.getByTestId("schedule-ics")).toBeVisible();
        await settle(page);
        await page.screenshot({ path: `${screens}/${prefix}-${device}-schedule-dialog-ics.png` });
      }

      const viewer = await browser.newPage({ locale, colorScheme, timezoneId: "UTC" });
      await subscriberFollowing(browser, page, viewer);
      await trpc(viewer, "account.calendarFeed.regenerate", { includeShared: true });
      for (const [device, viewport] of Object.entries(widths)) {
        await viewer.setViewportSize(viewport);
        await viewer.goto("/settings#calendar-feed");
        await expect(viewer.getByRole("switch")).toBeChecked();
        const section = viewer.locator("#calendar-feed");
        await section.scrollIntoViewIfNeeded();
        await settle(viewer);
        await section.screenshot({ path: `${screens}/${prefix}-${device}-calendar-feed-subscriber.png` });
        await openCalendar(viewer, `view=week&date=${tomorrow}`);
        await openSchedule(viewer, "Weekly stand-up with the design team");
        await settle(viewer);
        await viewer.screenshot({ path: `${screens}/${prefix}-${device}-schedule-dialog-ics-read-only.png` });
      }
      await viewer.close();
    });
  });
}
