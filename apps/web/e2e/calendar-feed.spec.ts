import { readFile } from "node:fs/promises";
import { expect, test } from "./fixtures";
import { expectNoAxeViolations } from "./axe";
import { createSchedulesViaApi, openCalendar, openSchedule, utcDate } from "./calendar-helpers";
import { signUpAndLogInByApi, toasts, whileCalling } from "./helpers";

// The calendar feed from the browser's side (issue 16): the address made in
// Settings, copied, fetched by a calendar app (here the test's own HTTP
// client, which has no cookies), replaced (the old one then 404s); and one
// schedule's .ics downloaded from its dialog. Its own account only.

const ADDRESS = /^http:\/\/127\.0\.0\.1:\d+\/api\/calendar\/plc_[A-Za-z0-9_-]{43}\.ics$/;

test("Settings → Calendar feed: create, copy, make a new address (the old one 404s); a schedule's .ics from its dialog", async ({ page, context, request }) => {
  test.slow(); // a production page load or two, an axe pass and a download
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await signUpAndLogInByApi(page, "feed");
  const tomorrow = utcDate(1);
  const [id] = await createSchedulesViaApi(page, [{ title: "Feed test", startAt: `${tomorrow}T10:00:00.000Z`, endAt: `${tomorrow}T11:00:00.000Z` }]);

  await page.goto("/settings#calendar-feed");
  const section = page.locator("#calendar-feed");
  await expect(section.getByTestId("calendar-feed-empty")).toContainText("No calendar feed yet");
  await whileCalling(page, "account.calendarFeed.regenerate", () => section.getByRole("button", { name: "Create address" }).click());
  const field = section.getByTestId("calendar-feed-address");
  await expect(field).toHaveValue(ADDRESS);
  const first = await field.inputValue();
  await section.getByTestId("calendar-feed-new").getByRole("button", { name: "Copy" }).click();
  await expect(toasts(page)).toContainText("Address copied.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(first);
  await expect(section.getByTestId("calendar-feed-masked")).toHaveText(`${new URL(first).origin}/api/calendar/${first.split("/").at(-1)!.slice(0, 8)}••••••••.ics`);
  await expectNoAxeViolations(page, "settings with a new calendar feed address", { exclude: "[data-sonner-toaster]" });

  const fetched = await request.get(first);
  expect(fetched.status()).toBe(200);
  expect(fetched.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  expect(await fetched.text()).toContain("SUMMARY:Feed test");
  // Apps keep it and ask again with its ETag: 304, no body.
  expect(fetched.headers()["cache-control"]).toBe("private, no-cache");
  expect((await request.get(first, { headers: { "If-None-Match": fetched.headers()["etag"]! } })).status()).toBe(304);

  await section.getByRole("button", { name: "Done" }).click();
  await section.getByRole("button", { name: "Make a new address" }).click();
  const confirm = page.getByTestId("calendar-feed-replace");
  await expect(confirm).toContainText("stops working at once");
  await whileCalling(page, "account.calendarFeed.regenerate", () => confirm.getByRole("button", { name: "Make a new address" }).click());
  await expect(field).toHaveValue(ADDRESS);
  const second = await field.inputValue();
  expect(second).not.toBe(first);
  expect((await request.get(first)).status()).toBe(404);
  expect((await request.get(second)).status()).toBe(200);

  await openCalendar(page, `view=timeGridWeek&date=${tomorrow}`);
  const dialog = await openSchedule(page, "Feed test");
  const [download] = await Promise.all([page.waitForEvent("download"), dialog.getByTestId("schedule-ics").click()]);
  expect(download.suggestedFilename()).toBe("Feed test.ics");
  const file = await readFile(await download.path(), "utf8");
  expect(file).toContain("BEGIN:VEVENT");
  expect(file).toContain(`UID:${id}@planner`);
  expect(file).toContain("SUMMARY:Feed test");
});
