import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { expect, test } from "./fixtures";
import { calendarEvent, createSchedulesViaApi, dragSchedule, openCalendar, openSchedule, scheduleDialog, signUpForCalendar } from "./calendar-helpers";
import { toasts, whileCalling } from "./helpers";

// The calendar on a phone: the day by default, one row of header with a menu,
// titles in the month, a floating new-schedule button, nothing wider than a
// 320 px screen; and the undo of a move and of a delete from their toasts.
// Each test signs up an account of its own.

test.describe.configure({ timeout: 90_000 });
test.use({ timezoneId: "UTC", viewport: { width: 390, height: 844 } });

const DAY = "2030-01-09";
const at = (time: string, day = DAY) => `${day}T${time}:00.000Z`;

async function withSchedules(page: Page) {
  await signUpForCalendar(page);
  await createSchedulesViaApi(page, [
    { title: "Standup", startAt: at("09:00"), endAt: at("09:30") },
    { title: "Design review with the whole product team", startAt: at("10:00"), endAt: at("11:30") },
    { title: "Dentist", startAt: at("15:00"), endAt: at("16:00"), memo: "Bring the card" },
    { title: "Night shift", startAt: at("22:00"), endAt: at("02:00", "2030-01-10") },
  ]);
}

/** Every control on the page that is shown: links, buttons, fields, and what takes focus. */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const controls = document.querySelectorAll<HTMLElement>("a[href], button, input, select, textarea, [role=button], [tabindex]:not([tabindex='-1'])");
    const small: string[] = [];
    for (const control of controls) {
      const box = control.getBoundingClientRect();
      const style = getComputedStyle(control);
      // Not shown: display none, collapsed, or only for screen readers until focused (the skip link).
      if (box.width <= 1 || box.height <= 1 || style.visibility === "hidden" || control.matches(".sr-only:not(:focus)")) continue;
      if (box.width < 24 || box.height < 24) small.push(`${control.tagName.toLowerCase()} "${(control.textContent ?? control.getAttribute("aria-label") ?? "").trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`);
    }
    return small;
  });
}

test("a phone lands on the day, switches views from the menu, sees titles in the month and adds with the floating button", async ({ page }) => {
  await withSchedules(page);
  await openCalendar(page, `date=${DAY}`);
  const calendar = page.getByTestId("calendar");
  await expect(calendar).toHaveAttribute("data-view", "day");
  await expect(page.getByTestId("calendar-title")).toHaveText("Wed, Jan 9, 2030");
  // One row: the title, ‹ ›, and the menu share a line; the grid starts in the top third.
  const titleBox = (await page.getByTestId("calendar-title").boundingBox())!;
  const menuBox = (await page.getByTestId("calendar-menu").boundingBox())!;
  expect(Math.abs(titleBox.y + titleBox.height / 2 - (menuBox.y + menuBox.height / 2))).toBeLessThan(4);
  expect((await calendar.boundingBox())!.y).toBeLessThan(844 / 3);
  // A schedule over midnight names its whole span.
  await expect(calendarEvent(page, "Night shift")).toContainText("10:00 PM – 2:00 AM (next day)");
  expect(await smallTargets(page)).toEqual([]);
  await expectNoAxeViolations(page, "phone calendar, day");

  await page.getByTestId("calendar-menu").click();
  const panel = page.getByTestId("calendar-menu-panel");
  await expect(panel.getByRole("link", { name: "Today" })).toBeVisible();
  await whileCalling(page, "schedule.range", () => panel.getByRole("link", { name: "Month" }).click());
  await expect(panel).toHaveCount(0);
  await expect(calendar).toHaveAttribute("data-view", "month");
  await expect(page.getByTestId("calendar-menu")).toContainText("Month");
  for (const title of ["Standup", "Design review with the whole product team"]) {
    const face = calendarEvent(page, title).locator(".schedule-event-title");
    await expect(face).toBeVisible();
    // The title is written (cut with an ellipsis where the cell is narrow), not a bare bar.
    expect((await face.boundingBox())!.width).toBeGreaterThan(20);
    await expect(face).toHaveCSS("text-overflow", "ellipsis");
  }
  expect(await smallTargets(page)).toEqual([]);
  await expectNoAxeViolations(page, "phone calendar, month");

  // The floating button: bottom right, within the thumb's reach.
  const fab = page.getByTestId("new-schedule-fab");
  const fabBox = (await fab.boundingBox())!;
  expect(fabBox.x + fabBox.width).toBeGreaterThan(390 - 40);
  expect(fabBox.y + fabBox.height).toBeGreaterThan(844 - 40);
  await fab.click();
  const dialog = scheduleDialog(page);
  await expect(dialog.getByRole("heading", { name: "New schedule" })).toBeVisible();
  await expect(dialog.getByLabel("Starts")).toHaveValue(`${DAY}T09:00`);
  await dialog.getByLabel("Title").fill("Haircut");
  await whileCalling(page, "schedule.create", () => dialog.getByRole("button", { name: "Add schedule" }).click());
  await expect(calendarEvent(page, "Haircut").locator(".schedule-event-title")).toBeVisible();
});

test("nothing is wider than a 320 px screen in the day, week and month", async ({ page }) => {
  await withSchedules(page);
  await page.setViewportSize({ width: 320, height: 640 });
  for (const view of ["day", "week", "month"]) {
    await openCalendar(page, `view=${view}&date=${DAY}`);
    await expect(page.locator(".fc-event").first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth), view).toBeLessThanOrEqual(320);
    expect(await smallTargets(page), view).toEqual([]);
  }
  await page.getByTestId("calendar-menu").click();
  expect(await page.evaluate(() => document.documentElement.scrollWidth), "menu open").toBeLessThanOrEqual(320);
});

test("a move is undone from its toast, and so is a delete", async ({ page }) => {
  await withSchedules(page);
  await openCalendar(page, `view=day&date=${DAY}`);

  await whileCalling(page, "schedule.update", () => dragSchedule(page, "Standup", DAY, "13:00"));
  await expect(calendarEvent(page, "Standup")).toContainText("1:00");
  const moved = toasts(page).locator("[data-sonner-toast]").filter({ hasText: "Moved “Standup”" });
  await whileCalling(page, "schedule.update", () => moved.getByRole("button", { name: "Undo" }).click());
  await expect(calendarEvent(page, "Standup")).toContainText("9:00");
  await page.reload();
  await expect(calendarEvent(page, "Standup")).toContainText("9:00");

  const dentist = await openSchedule(page, "Dentist");
  await dentist.getByRole("button", { name: "Delete" }).click();
  await whileCalling(page, "schedule.delete", () => dentist.getByRole("button", { name: "Delete schedule" }).click());
  await expect(calendarEvent(page, "Dentist")).toHaveCount(0);
  const deleted = toasts(page).locator("[data-sonner-toast]").filter({ hasText: "Deleted “Dentist”" });
  await whileCalling(page, "schedule.restore", () => deleted.getByRole("button", { name: "Undo" }).click());
  await expect(calendarEvent(page, "Dentist")).toBeVisible();
  await page.reload();
  const back = await openSchedule(page, "Dentist");
  await expect(back.getByLabel("Memo")).toHaveValue("Bring the card");
  await expect(back.getByLabel("Starts")).toHaveValue(`${DAY}T15:00`);
});
