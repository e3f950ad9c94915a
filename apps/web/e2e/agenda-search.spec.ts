import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectAccessibleAtBothWidths } from "./axe";
import { createSchedulesViaApi, scheduleDialog, signUpForCalendar, utcDate } from "./calendar-helpers";
import { whileCalling } from "./helpers";

// The agenda (list) view of the calendar and the search, on an account of
// their own (in UTC, so "today" is utcDate(0)).
test.use({ timezoneId: "UTC", locale: "en-US" });
// Two axe passes over four width-and-theme combinations per test.
test.describe.configure({ timeout: 90_000 });

const at = (days: number, time: string) => `${utcDate(days)}T${time}:00.000Z`;

async function addTodoViaApi(page: Page, contents: string) {
  const response = await page.request.post("/api/trpc/todo.create", { data: { json: { contents } } });
  expect(response.ok(), await response.text()).toBeTruthy();
}

test("the agenda starts today, lists the days in order, loads further days at its end, and opens a schedule", async ({ page }) => {
  await signUpForCalendar(page);
  await createSchedulesViaApi(page, [
    { title: "Yesterday's review", startAt: at(-1, "09:00"), endAt: at(-1, "10:00") },
    { title: "주간 회의", startAt: at(10, "01:00"), endAt: at(10, "02:00") },
    { title: "Dentist", startAt: at(0, "15:00"), endAt: at(0, "15:30") },
    { title: "Quarter planning", startAt: at(75, "13:00"), endAt: at(75, "14:00") },
    // Beyond the first windows (3 × 30 days): only there once the end of the list is in view.
    { title: "Conference trip", startAt: at(130, "08:00"), endAt: at(130, "12:00") },
  ]);
  await whileCalling(page, "schedule.range", () => page.goto("/calendar?view=agenda").then(() => undefined));
  const agenda = page.getByTestId("agenda");
  await expect(agenda.getByTestId("agenda-title").first()).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Calendar view" }).getByRole("link", { name: "Agenda" })).toHaveAttribute("aria-current", "page");

  const days = agenda.getByTestId("agenda-day");
  await expect(days.first()).toHaveAttribute("data-date", utcDate(0));
  await expect(days.first()).toContainText("Today");
  await expect(agenda.getByTestId("agenda-title")).toContainText(["Dentist", "주간 회의", "Quarter planning", "Conference trip"]);
  await expect(agenda).not.toContainText("Yesterday's review");
  const dates = await days.evaluateAll((items) => items.map((item) => item.getAttribute("data-date")));
  expect(dates.slice(0, 4)).toEqual([utcDate(0), utcDate(10), utcDate(75), utcDate(130)]);

  // A schedule opens the same dialog as on the grids.
  await agenda.getByRole("button", { name: /Dentist/ }).click();
  await expect(scheduleDialog(page)).toBeVisible();
  await expect(scheduleDialog(page).getByLabel("Title")).toHaveValue("Dentist");
  await page.keyboard.press("Escape");
  await expect(scheduleDialog(page)).toBeHidden();

  await expectAccessibleAtBothWidths(page, "/calendar agenda");
});

test("an empty agenda says so and offers a new schedule", async ({ page }) => {
  await signUpForCalendar(page);
  await page.goto("/calendar?view=agenda");
  const empty = page.getByTestId("agenda");
  await expect(empty.getByRole("heading", { name: "Nothing planned from today" })).toBeVisible({ timeout: 20_000 });
  await empty.getByRole("button", { name: "New schedule" }).click();
  await expect(scheduleDialog(page)).toBeVisible();
});

test("search finds 회의 in a Korean schedule and a todo, marks it, and leads to the calendar at that day", async ({ page }) => {
  await signUpForCalendar(page);
  await createSchedulesViaApi(page, [
    { title: "주간 회의", memo: "3층 회의실", startAt: at(10, "01:00"), endAt: at(10, "02:00") },
    { title: "점심 약속", startAt: at(10, "03:00"), endAt: at(10, "04:00") },
    { title: "지난 회의", startAt: at(-3, "01:00"), endAt: at(-3, "02:00") },
  ]);
  await addTodoViaApi(page, "회의록 정리");
  await page.goto("/calendar");

  // `/` puts the cursor in the header's search box; an empty search is explained there.
  await page.getByRole("heading", { level: 1 }).click();
  await page.keyboard.press("/");
  const box = page.getByRole("searchbox", { name: "Search schedules and todos" });
  await expect(box).toBeFocused();
  await box.press("Enter");
  await expect(page.getByRole("alert").filter({ hasText: "Type something to search for." })).toBeVisible();

  await box.fill("회의");
  await whileCalling(page, "search.query", () => box.press("Enter"));
  await expect(page).toHaveURL(/\/search\?q=%ED%9A%8C%EC%9D%98$/);
  const upcoming = page.getByTestId("search-upcoming");
  await expect(upcoming.getByTestId("search-day")).toHaveAttribute("data-date", utcDate(10));
  await expect(upcoming.getByTestId("search-schedule")).toHaveCount(1);
  await expect(upcoming.getByTestId("search-schedule")).toContainText("주간 회의");
  await expect(upcoming.locator("mark")).toHaveText(["회의", "회의"]);
  await expect(page.getByTestId("search-past")).toContainText("지난 회의");
  await expect(page.getByTestId("search-todos")).toContainText("회의록 정리");
  await expect(page.getByTestId("search-results")).not.toContainText("점심 약속");

  await expectAccessibleAtBothWidths(page, "/search results");

  await upcoming.getByTestId("search-schedule").click();
  await expect(page).toHaveURL(new RegExp(`/calendar\\?view=day&date=${utcDate(10)}$`));
  await expect(page.getByTestId("calendar")).toHaveAttribute("data-view", "day");
  await expect(page.locator(".fc-event").filter({ hasText: "주간 회의" })).toBeVisible();
});

test("a search with no match says what was searched", async ({ page }) => {
  await signUpForCalendar(page);
  await whileCalling(page, "search.query", () => page.goto("/search?q=100%25_x").then(() => undefined));
  await expect(page.getByTestId("search-empty").getByRole("heading", { name: "Nothing matches “100%_x”" })).toBeVisible();
  await expect(page.getByRole("searchbox", { name: "Search schedules and todos" })).toHaveValue("100%_x");
});
