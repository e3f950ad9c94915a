import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { calendarEvent, clickSlot, createSchedulesViaApi, markDoneViaApi, openCalendar, scheduleDialog, signUpForCalendar, utcDate } from "./calendar-helpers";
import { holdRequests, loadingStatus, logInByApi, trpcCall } from "./helpers";

// Not assertions: pictures of the calendar and the schedule list at desktop
// and phone widths, to look at (test-results-cal/screens/ with E2E_OUTPUT_DIR).
const widths = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };
const outputDir = process.env.E2E_OUTPUT_DIR ?? "test-results";
const shot = (page: Page, name: string, fullPage = true) => page.screenshot({ path: `${outputDir}/screens/${name}.png`, fullPage });

test.use({ timezoneId: "UTC" });

// viewer01 follows user01. Admins may fill in anyone's calendar, so the
// subscriber gets a few schedules of their own (one done) beside the shared ones.
test.beforeAll(async ({ browser }) => {
  let page = await browser.newPage();
  await logInByApi(page, "viewer01", "viewer01-pass");
  const me = await page.request.get("/api/trpc/auth.me");
  const viewerId = ((await me.json()) as { result: { data: { json: { id: string } } } }).result.data.json.id;
  const existing = await page.request.get(
    `/api/trpc/schedule.range?input=${encodeURIComponent(
      JSON.stringify({ json: { from: `${utcDate(-1)}T00:00:00.000Z`, to: `${utcDate(3)}T00:00:00.000Z` }, meta: { values: { from: ["Date"], to: ["Date"] } } }),
    )}`,
  );
  const alreadySet = (await existing.text()).includes("Reading group");
  await page.close();
  if (alreadySet) return;

  page = await browser.newPage();
  await logInByApi(page, "admin", "admin-pass-1");
  const create = async (title: string, day: number, start: string, end: string) => {
    const response = await page.request.post("/api/trpc/admin.schedules.create", {
      data: {
        json: { ownerId: viewerId, title, startAt: `${utcDate(day)}T${start}:00.000Z`, endAt: `${utcDate(day)}T${end}:00.000Z` },
        meta: { values: { startAt: ["Date"], endAt: ["Date"] } },
      },
    });
    expect(response.ok(), await response.text()).toBeTruthy();
    return ((await response.json()) as { result: { data: { json: { id: string } } } }).result.data.json.id;
  };
  const done = await create("Reading group", 0, "13:00", "14:30");
  await create("Design review with the whole product team", 1, "14:00", "15:00");
  await create("Quick sync", 2, "08:30", "09:00");
  await markDoneViaApi(page, done);
  await page.close();
});

for (const [device, viewport] of Object.entries(widths)) {
  test(`calendar screens at ${device} width`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await logInByApi(page, "viewer01", "viewer01-pass");
    await page.goto("/calendar");
    await expect(page.locator(".fc-event").first()).toBeVisible();
    await shot(page, `${device}-calendar-default`);

    const today = utcDate(0);
    await openCalendar(page, `view=week&date=${today}`);
    await expect(calendarEvent(page, "Reading group")).toBeVisible();
    await shot(page, `${device}-calendar-week`);
    await openCalendar(page, `view=month&date=${today}`);
    await shot(page, `${device}-calendar-month`);
    await openCalendar(page, `view=day&date=${utcDate(1)}`);
    await shot(page, `${device}-calendar-day`);

    await calendarEvent(page, "Deep work").click();
    await expect(scheduleDialog(page)).toBeVisible();
    await shot(page, `${device}-calendar-shared-dialog`, false);
  });

  test(`schedule forms and list at ${device} width`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await signUpForCalendar(page);
    const ids = await createSchedulesViaApi(page, [
      { title: "Dentist", startAt: "2030-01-07T09:00:00.000Z", endAt: "2030-01-07T10:00:00.000Z", memo: "Bring the insurance card" },
      { title: "Team lunch", startAt: "2030-01-08T12:00:00.000Z", endAt: "2030-01-08T13:30:00.000Z" },
      { title: "Quarterly planning with finance and the regional leads", startAt: "2030-01-09T08:00:00.000Z", endAt: "2030-01-09T11:00:00.000Z" },
      { title: "Gym", startAt: "2030-01-09T17:00:00.000Z", endAt: "2030-01-09T18:00:00.000Z" },
      { title: "Call the bank", startAt: "2030-01-10T09:30:00.000Z", endAt: "2030-01-10T10:00:00.000Z" },
      { title: "Conference trip", startAt: "2030-01-11T07:00:00.000Z", endAt: "2030-01-12T18:00:00.000Z" },
    ]);
    await markDoneViaApi(page, ids[0]!);
    await markDoneViaApi(page, ids[4]!);

    await openCalendar(page, "view=week&date=2030-01-09");
    await shot(page, `${device}-own-week`);
    await openCalendar(page, "view=month&date=2030-01-09");
    await shot(page, `${device}-own-month`);

    await openCalendar(page, "view=day&date=2030-01-09");
    await clickSlot(page, "2030-01-09", "14:00");
    const dialog = scheduleDialog(page);
    await dialog.getByLabel("Ends").fill("2030-01-09T13:00");
    await dialog.getByRole("button", { name: "Add schedule" }).click();
    await expect(dialog.locator("#title-error")).toBeVisible();
    await shot(page, `${device}-create-dialog-errors`, false);
    await dialog.press("Escape");

    await calendarEvent(page, "Gym").click();
    await expect(dialog.getByRole("heading", { name: "Edit schedule" })).toBeVisible();
    await dialog.getByRole("button", { name: "Delete" }).click();
    await shot(page, `${device}-edit-dialog-delete`, false);
    await dialog.press("Escape");

    await openCalendar(page, "view=week&date=2030-06-05");
    await shot(page, `${device}-calendar-empty`);

    await page.goto("/schedules");
    await expect(page.getByTestId("schedule-row")).toHaveCount(6);
    await shot(page, `${device}-schedules`);
    await page.goto("/schedules?filter=done");
    await expect(page.getByTestId("schedule-row")).toHaveCount(2);
    await shot(page, `${device}-schedules-done`);

    const release = await holdRequests(page, trpcCall("schedule.list"));
    await page.goto("/schedules?filter=planned");
    await expect(loadingStatus(page, "Loading schedules…")).toBeVisible();
    await shot(page, `${device}-schedules-loading`);
    await release();

    // A week not opened before: for one that was, the service worker answers with its copy.
    await page.context().route(trpcCall("schedule.range"), (route) => route.abort());
    await page.goto("/calendar?view=week&date=2030-02-13");
    await expect(page.getByRole("button", { name: "Try again" })).toBeVisible({ timeout: 20_000 });
    await shot(page, `${device}-calendar-error`);
  });
}

test("an admin's view of a user's calendar and list", async ({ page }) => {
  await page.setViewportSize(widths.desktop);
  await logInByApi(page, "admin", "admin-pass-1");
  const response = await page.request.get(`/api/trpc/admin.schedules.list?input=${encodeURIComponent(JSON.stringify({ json: { limit: 100 } }))}`);
  const items = ((await response.json()) as { result: { data: { json: { items: { owner: { id: string; username: string } }[] } } } }).result.data.json.items;
  const user01 = items.find((item) => item.owner.username === "user01")!.owner.id;
  await page.goto(`/admin/users/${user01}/calendar?view=week&date=${utcDate(0)}`);
  await expect(page.locator(".fc-event").first()).toBeVisible();
  await shot(page, "desktop-admin-calendar");
  await page.goto(`/admin/users/${user01}/schedules`);
  await expect(page.getByTestId("schedule-row").first()).toBeVisible();
  await shot(page, "desktop-admin-schedules");
});
