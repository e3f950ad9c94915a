import type { Locator, Page } from "@playwright/test";
import { expectAccessibleAtBothWidths } from "./axe";
import { expect, test } from "./fixtures";
import { calendarEvent, clickSlot, dragBetween, openCalendar, openSchedule, scheduleDialog, signUpForCalendar } from "./calendar-helpers";
import { whileCalling } from "./helpers";

// Repeating, all-day and reminded schedules, made in the dialog and the
// calendar as a person would. Each test signs up an account of its own (this
// spec runs in the independent stream).

test.describe.configure({ timeout: 90_000 });
test.use({ timezoneId: "Europe/Berlin" });

// Monday 7 to Sunday 13 January 2030, and the week after.
const WEEK = "view=week&date=2030-01-09";
const NEXT_WEEK = "view=week&date=2030-01-16";

function dayColumn(page: Page, date: string): Locator {
  return page.locator(`.fc-timegrid-col[data-date="${date}"]`);
}

function scopeDialog(page: Page): Locator {
  return page.getByTestId("scope-dialog");
}

/** Drags an event by its top onto a day's column at a time. */
async function dragEventTo(page: Page, event: Locator, date: string, time: string) {
  const box = await event.boundingBox();
  const lane = await page.locator(`.fc-timegrid-slot-lane[data-time="${time}:00"]`).boundingBox();
  const column = await dayColumn(page, date).boundingBox();
  if (!box || !lane || !column) throw new Error("calendar not on screen");
  await dragBetween(page, { x: box.x + box.width / 2, y: box.y + 6 }, { x: column.x + column.width / 2, y: lane.y + lane.height / 2 - 6 });
}

/** The middle of a day's cell in the month view. */
async function monthDayPoint(page: Page, date: string) {
  const box = await page.locator(`.fc-daygrid-day[data-date="${date}"]`).boundingBox();
  if (!box) throw new Error(`No day ${date} on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

test("a weekly schedule on Monday and Wednesday: next week too; one occurrence moved; this and following deleted", async ({ page }) => {
  await signUpForCalendar(page);
  await openCalendar(page, WEEK);

  await clickSlot(page, "2030-01-07", "10:00");
  const dialog = scheduleDialog(page);
  await dialog.getByLabel("Title").fill("Team sync");
  await dialog.getByLabel("Repeat", { exact: true }).selectOption({ label: "Weekly" });
  // The start's weekday is chosen already.
  await expect(dialog.getByRole("button", { name: "Monday" })).toHaveAttribute("aria-pressed", "true");
  await dialog.getByRole("button", { name: "Wednesday" }).click();
  await expect(dialog.getByRole("button", { name: "Wednesday" })).toHaveAttribute("aria-pressed", "true");
  await expect(dialog.getByTestId("repeat-words")).toHaveText("Weekly on Mon, Wed");
  await dialog.getByRole("radio", { name: "After a number of times" }).check();
  await dialog.getByLabel("Times", { exact: true }).fill("6");
  await expect(dialog.getByTestId("repeat-words")).toHaveText("Weekly on Mon, Wed · 6 times");
  await whileCalling(page, "schedule.create", () => dialog.getByRole("button", { name: "Add schedule" }).click());
  await expect(dialog).toHaveCount(0);
  await expect(dayColumn(page, "2030-01-07").locator(".fc-event")).toHaveCount(1);
  await expect(dayColumn(page, "2030-01-09").locator(".fc-event")).toHaveCount(1);

  // Next week, both again.
  await openCalendar(page, NEXT_WEEK);
  await expect(dayColumn(page, "2030-01-14").locator(".fc-event")).toContainText("Team sync");
  await expect(dayColumn(page, "2030-01-16").locator(".fc-event")).toContainText("Team sync");
  await dayColumn(page, "2030-01-14").locator(".fc-event").click();
  const occurrence = scheduleDialog(page);
  await expect(occurrence.getByTestId("schedule-repeats")).toHaveText("Repeats: Weekly on Mon, Wed · 6 times");
  await occurrence.press("Escape");

  // A move asks first; backing out puts the occurrence back.
  const scope = scopeDialog(page);
  await dragEventTo(page, dayColumn(page, "2030-01-14").locator(".fc-event"), "2030-01-15", "11:00");
  await expect(scope.getByRole("heading", { name: "Change a repeating schedule" })).toBeVisible();
  await scope.getByRole("button", { name: "Cancel" }).click();
  await expect(scope).toHaveCount(0);
  await expect(dayColumn(page, "2030-01-14").locator(".fc-event")).toHaveCount(1);
  await expect(dayColumn(page, "2030-01-15").locator(".fc-event")).toHaveCount(0);

  // Wednesday's moved to Thursday 11:00, this event alone.
  await dragEventTo(page, dayColumn(page, "2030-01-16").locator(".fc-event"), "2030-01-17", "11:00");
  await expect(scope).toBeVisible();
  await expect(scope.getByRole("radio", { name: "This event", exact: true })).toBeChecked();
  await whileCalling(page, "schedule.update", () => scope.getByRole("button", { name: "OK" }).click());
  await expect(dayColumn(page, "2030-01-16").locator(".fc-event")).toHaveCount(0);
  await expect(dayColumn(page, "2030-01-17").locator(".fc-event")).toContainText("11:00");
  await expect(dayColumn(page, "2030-01-14").locator(".fc-event")).toHaveCount(1);
  await page.reload();
  await expect(dayColumn(page, "2030-01-17").locator(".fc-event")).toContainText("11:00");
  await expect(dayColumn(page, "2030-01-16").locator(".fc-event")).toHaveCount(0);

  // Back a week: delete Wednesday the 9th and every one after it.
  await openCalendar(page, WEEK);
  await dayColumn(page, "2030-01-09").locator(".fc-event").click();
  await scheduleDialog(page).getByRole("button", { name: "Delete" }).click();
  await expect(scope.getByRole("heading", { name: "Delete a repeating schedule" })).toBeVisible();
  await scope.getByRole("radio", { name: "This and following events" }).check();
  await whileCalling(page, "schedule.delete", () => scope.getByRole("button", { name: "Delete" }).click());
  await expect(dayColumn(page, "2030-01-09").locator(".fc-event")).toHaveCount(0);
  await expect(dayColumn(page, "2030-01-07").locator(".fc-event")).toHaveCount(1);
  await openCalendar(page, NEXT_WEEK);
  await expect(dayColumn(page, "2030-01-14").locator(".fc-event")).toHaveCount(0);
  await expect(dayColumn(page, "2030-01-16").locator(".fc-event")).toHaveCount(0);
});

test("an all-day trip over three days, dragged over the days in the month view, shows as one bar", async ({ page }) => {
  // Tall enough for the whole month: a drag near the window's edge would scroll it.
  await page.setViewportSize({ width: 1280, height: 1100 });
  await signUpForCalendar(page);
  await openCalendar(page, "view=month&date=2030-01-09");
  await dragBetween(page, await monthDayPoint(page, "2030-01-15"), await monthDayPoint(page, "2030-01-17"));
  const dialog = scheduleDialog(page);
  await expect(dialog.getByRole("switch", { name: "All day" })).toBeChecked();
  await expect(dialog.getByLabel("First day")).toHaveValue("2030-01-15");
  await expect(dialog.getByLabel("Last day")).toHaveValue("2030-01-17");
  await dialog.getByLabel("Title").fill("Trip to Busan");
  await whileCalling(page, "schedule.create", () => dialog.getByRole("button", { name: "Add schedule" }).click());
  await expect(dialog).toHaveCount(0);

  const bar = calendarEvent(page, "Trip to Busan");
  await expect(bar).toHaveCount(1);
  const day = await page.locator('.fc-daygrid-day[data-date="2030-01-15"]').boundingBox();
  const barBox = await bar.boundingBox();
  expect(barBox!.width).toBeGreaterThan(day!.width * 2.5);
  await page.reload();
  await expect(calendarEvent(page, "Trip to Busan")).toHaveCount(1);

  // In the week, the all-day row holds it; its dialog names the days.
  await openCalendar(page, WEEK.replace("2030-01-09", "2030-01-16"));
  await expect(page.locator(".fc-timegrid .fc-daygrid-body").getByText("Trip to Busan")).toBeVisible();
  const trip = await openSchedule(page, "Trip to Busan");
  await expect(trip.getByRole("switch", { name: "All day" })).toBeChecked();
  await expect(trip.getByLabel("Last day")).toHaveValue("2030-01-17");
});

test("reminders chosen in the dialog are saved; a new schedule starts with the defaults; the dialog passes axe", async ({ page }) => {
  await signUpForCalendar(page);
  await openCalendar(page, WEEK);
  await clickSlot(page, "2030-01-10", "14:00");
  const dialog = scheduleDialog(page);
  await dialog.getByLabel("Title").fill("Dentist");
  await expect(dialog.getByTestId("reminders-default")).toHaveText("Your default reminders (Settings)");
  await dialog.getByLabel("Add a reminder").selectOption({ label: "30 minutes before" });
  await dialog.getByLabel("Add a reminder").selectOption({ label: "1 day before" });
  await dialog.getByLabel("Add a reminder").selectOption({ label: "Custom…" });
  await dialog.getByLabel("Minutes before the start").fill("90");
  await dialog.getByRole("button", { name: "Add", exact: true }).click();
  await dialog.getByRole("button", { name: "Remove reminder: 30 minutes before" }).click();
  const chips = dialog.getByRole("list", { name: "Reminders" }).getByRole("listitem");
  await expect(chips).toHaveText(["1 day before", "90 minutes before"]);
  await dialog.getByLabel("Repeat", { exact: true }).selectOption({ label: "Monthly" });
  await dialog.getByLabel("Repeat by").selectOption({ label: "The 2nd Thursday" });
  await expect(dialog.getByTestId("repeat-words")).toHaveText("Monthly on the 2nd Thursday");
  await expectAccessibleAtBothWidths(page, "schedule dialog with repeat and reminders");
  await whileCalling(page, "schedule.create", () => dialog.getByRole("button", { name: "Add schedule" }).click());
  await expect(dialog).toHaveCount(0);

  await page.reload();
  const saved = await openSchedule(page, "Dentist");
  await expect(saved.getByRole("list", { name: "Reminders" }).getByRole("listitem")).toHaveText(["1 day before", "90 minutes before"]);
  await expect(saved.getByTestId("schedule-repeats")).toHaveText("Repeats: Monthly on the 2nd Thursday");
  // The scope prompt, too.
  await saved.getByLabel("Title").fill("Dentist check-up");
  await saved.getByRole("button", { name: "Save" }).click();
  await expect(scopeDialog(page)).toBeVisible();
  await expectAccessibleAtBothWidths(page, "occurrence scope prompt");
});
