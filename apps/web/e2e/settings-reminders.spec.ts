import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { signUpAndLogInByApi, toasts } from "./helpers";

// Settings → Reminders: the defaults new schedules get, kept across a reload.

function reminders(page: Page) {
  return page.getByRole("region", { name: /^(Reminders|알림)$/ });
}

async function setLocale(page: Page, locale: "en" | "ko") {
  const response = await page.request.post("/api/trpc/account.updateLocale", { data: { json: { locale } } });
  expect(response.ok(), await response.text()).toBe(true);
}

test("choosing reminder defaults from the presets and of one's own, kept across a reload", async ({ page }) => {
  await signUpAndLogInByApi(page);
  await page.goto("/settings#reminders");
  const section = reminders(page);
  const timed = section.getByRole("group", { name: "Schedules with a time" });
  const allDay = section.getByRole("group", { name: "All-day schedules" });
  // Out of the box: a day and 10 minutes before; 09:00 the day before.
  await expect(timed.getByRole("checkbox", { name: "1 day before" })).toBeChecked();
  await expect(timed.getByRole("checkbox", { name: "10 minutes before" })).toBeChecked();
  await expect(timed.getByRole("checkbox", { name: "1 hour before" })).not.toBeChecked();
  await expect(allDay.getByRole("checkbox", { name: "The day before at 9:00 AM" })).toBeChecked();

  await timed.getByRole("checkbox", { name: "1 hour before" }).check();
  await expect(toasts(page)).toContainText("Reminder defaults saved.");
  await timed.getByRole("checkbox", { name: "10 minutes before" }).uncheck();
  await timed.getByRole("textbox", { name: "Minutes before", exact: true }).fill("45");
  await timed.getByRole("button", { name: "Add" }).click();
  await expect(timed.getByRole("list", { name: "Your own times" })).toContainText("45 minutes before");
  await expect(timed.getByRole("textbox", { name: "Minutes before", exact: true })).toHaveValue("");

  await allDay.getByRole("textbox", { name: "Days before", exact: true }).fill("3");
  await allDay.getByLabel("At", { exact: true }).fill("18:30");
  await allDay.getByRole("button", { name: "Add" }).click();
  await expect(allDay.getByRole("list", { name: "Your own times" })).toContainText("3 days before at 6:30 PM");

  // A wrong custom time is explained at its field.
  await timed.getByRole("textbox", { name: "Minutes before", exact: true }).fill("99999");
  await timed.getByRole("button", { name: "Add" }).click();
  await expect(timed.getByText("Enter whole minutes from 0 to 40320.")).toBeVisible();

  await page.reload();
  await expect(timed.getByRole("checkbox", { name: "1 hour before" })).toBeChecked();
  await expect(timed.getByRole("checkbox", { name: "10 minutes before" })).not.toBeChecked();
  await expect(timed.getByRole("list", { name: "Your own times" })).toContainText("45 minutes before");
  await expect(allDay.getByRole("list", { name: "Your own times" })).toContainText("3 days before at 6:30 PM");

  await allDay.getByRole("button", { name: "Remove “3 days before at 6:30 PM”" }).click();
  await expect(allDay.getByRole("list", { name: "Your own times" })).toHaveCount(0);
});

// Not assertions: pictures to look at (test-results/screens/, or E2E_OUTPUT_DIR's).
const widths = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };
const screens = `${process.env.E2E_OUTPUT_DIR ?? "test-results"}/screens`;

for (const [device, viewport] of Object.entries(widths)) {
  for (const locale of ["en", "ko"] as const) {
    test(`reminder settings at ${device} width in ${locale}`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await signUpAndLogInByApi(page);
      await setLocale(page, locale);
      const custom = await page.request.post("/api/trpc/account.updateReminderDefaults", {
        data: { json: { timed: [{ minutesBefore: 1440 }, { minutesBefore: 45 }, { minutesBefore: 10 }], allDay: [{ minutesBefore: 900 }, { minutesBefore: 3210 }] } },
      });
      expect(custom.ok(), await custom.text()).toBe(true);
      await page.goto("/settings#reminders");
      const section = reminders(page);
      await expect(section.getByRole("checkbox").first()).toBeVisible();
      await section.scrollIntoViewIfNeeded();
      await section.screenshot({ path: `${screens}/${device}-${locale}-settings-reminders.png` });
    });
  }
}
