import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import {
  calendarEvent,
  clickSlot,
  createScheduleAt,
  createSchedulesViaApi,
  dragSchedule,
  markDoneViaApi,
  openCalendar,
  openSchedule,
  resizeSchedule,
  scheduleDialog,
  signUpForCalendar,
  utcDate,
} from "./calendar-helpers";
import { logInByApi, toasts, trpcCall, whileCalling } from "./helpers";
import { chooseTimeZone, timeZonePicker } from "./time-zone-helpers";

// Each test is a whole scenario (log in, several dialogs, drags, reloads): on a
// busy two-core machine, running beside the independent stream, one takes 20–35 s.
test.describe.configure({ timeout: 60_000 });

// The browser's own zone differs from every account's below: the calendar must
// follow the account (set from the browser at sign-up, then changed on the page).
test.use({ timezoneId: "Europe/Berlin" });

// A quiet week in the future: Monday 7 to Sunday 13 January 2030.
const WEEK = "view=week&date=2030-01-09";

test("create by clicking a slot, edit, mark done, delete — and it all survives a reload", async ({ page }) => {
  await signUpForCalendar(page);
  await openCalendar(page, WEEK);
  await expect(page.getByTestId("calendar-empty")).toHaveText("Nothing planned this week — click or drag on the calendar to add a schedule");

  await clickSlot(page, "2030-01-09", "10:00");
  const dialog = scheduleDialog(page);
  await expect(dialog.getByRole("heading", { name: "New schedule" })).toBeVisible();
  await expect(dialog.getByLabel("Title")).toBeFocused();
  await expect(dialog.getByLabel("Starts")).toHaveValue("2030-01-09T10:00");
  await expect(dialog.getByLabel("Ends")).toHaveValue("2030-01-09T10:30");
  await dialog.getByLabel("Title").fill("Dentist");
  await dialog.getByLabel("Memo").fill("Bring the insurance card");
  await whileCalling(page, "schedule.create", () => dialog.getByRole("button", { name: "Add schedule" }).click());
  await expect(dialog).toHaveCount(0);
  await expect(calendarEvent(page, "Dentist")).toContainText("10:00");
  await expect(page.getByTestId("calendar-empty")).toHaveCount(0);

  // Edit the title and the end.
  let edit = await openSchedule(page, "Dentist");
  await expect(edit.getByRole("heading", { name: "Edit schedule" })).toBeVisible();
  await edit.getByLabel("Title").fill("Dentist check-up");
  await edit.getByLabel("Ends").fill("2030-01-09T11:00");
  await whileCalling(page, "schedule.update", () => edit.getByRole("button", { name: "Save" }).click());
  await expect(edit).toHaveCount(0);
  await expect(calendarEvent(page, "Dentist check-up")).toBeVisible();

  // Mark done: muted, struck through, with a check.
  edit = await openSchedule(page, "Dentist check-up");
  await whileCalling(page, "schedule.setStatus", () => edit.getByRole("button", { name: "Mark done" }).click());
  const done = calendarEvent(page, "Dentist check-up");
  await expect(done).toHaveClass(/schedule-done/);
  await expect(done.locator(".schedule-event-check")).toBeVisible();
  await expect(done.locator(".schedule-event-title")).toHaveCSS("text-decoration-line", "line-through");

  await createScheduleAt(page, "2030-01-10", "14:00", "Call the plumber");

  await page.reload();
  await expect(calendarEvent(page, "Dentist check-up")).toHaveClass(/schedule-done/);
  edit = await openSchedule(page, "Dentist check-up");
  await expect(edit.getByLabel("Starts")).toHaveValue("2030-01-09T10:00");
  await expect(edit.getByLabel("Ends")).toHaveValue("2030-01-09T11:00");
  await expect(edit.getByLabel("Memo")).toHaveValue("Bring the insurance card");
  await expect(edit.getByRole("button", { name: "Mark planned" })).toBeVisible();
  await edit.press("Escape");
  await expect(edit).toHaveCount(0);

  // Delete asks first.
  edit = await openSchedule(page, "Call the plumber");
  await edit.getByRole("button", { name: "Delete" }).click();
  await expect(edit.getByText("Delete “Call the plumber”?")).toBeVisible();
  await edit.getByRole("button", { name: "Keep it" }).click();
  await edit.getByRole("button", { name: "Delete" }).click();
  await whileCalling(page, "schedule.delete", () => edit.getByRole("button", { name: "Delete schedule" }).click());
  await expect(calendarEvent(page, "Call the plumber")).toHaveCount(0);
  await expect(toasts(page).getByText("Deleted “Call the plumber”")).toBeVisible();

  await page.reload();
  await expect(calendarEvent(page, "Dentist check-up")).toBeVisible();
  await expect(calendarEvent(page, "Call the plumber")).toHaveCount(0);
});

test("drag to move and drag the bottom edge to resize, snapped to half hours", async ({ page }) => {
  await signUpForCalendar(page);
  await openCalendar(page, WEEK);
  await createScheduleAt(page, "2030-01-08", "09:00", "Standup");

  await whileCalling(page, "schedule.update", () => dragSchedule(page, "Standup", "2030-01-10", "13:30"));
  await expect(calendarEvent(page, "Standup")).toContainText("1:30");
  // The move's toast offers to undo it (phone-calendar.spec takes it up); closed here, it would cover the column.
  const moved = toasts(page).locator("[data-sonner-toast]").filter({ hasText: "Moved “Standup”" });
  await expect(moved.getByRole("button", { name: "Undo" })).toBeVisible();
  await moved.getByRole("button", { name: "Close toast" }).click();
  await expect(moved).toHaveCount(0);

  await whileCalling(page, "schedule.update", () => resizeSchedule(page, "Standup", 2));

  await page.reload();
  const dialog = await openSchedule(page, "Standup");
  await expect(dialog.getByLabel("Starts")).toHaveValue("2030-01-10T13:30");
  await expect(dialog.getByLabel("Ends")).toHaveValue("2030-01-10T15:00");
  await expect(page.locator('.fc-timegrid-col[data-date="2030-01-10"]').locator(".fc-event")).toHaveCount(1);
});

test("a refused move is put back, with a message", async ({ page }) => {
  await signUpForCalendar(page);
  await openCalendar(page, WEEK);
  await createScheduleAt(page, "2030-01-08", "09:00", "Review");

  await page.route(trpcCall("schedule.update"), (route) =>
    route.fulfill({
      status: 403,
      contentType: "application/json",
      body: JSON.stringify([
        { error: { json: { message: "This calendar is read-only for you.", code: -32003, data: { code: "FORBIDDEN", httpStatus: 403, path: "schedule.update" } } } },
      ]),
    }),
  );
  await dragSchedule(page, "Review", "2030-01-11", "15:00");
  await expect(toasts(page).getByText("This calendar is read-only for you.")).toBeVisible();
  await expect(page.locator('.fc-timegrid-col[data-date="2030-01-08"]').locator(".fc-event")).toHaveCount(1);
  await expect(page.locator('.fc-timegrid-col[data-date="2030-01-11"]').locator(".fc-event")).toHaveCount(0);
  await expect(page.locator(".fc-event")).toHaveCount(1);
  await expect(calendarEvent(page, "Review")).toContainText("9:00");
});

test("the form checks the shared rules and shows the server's field errors inline", async ({ page }) => {
  await signUpForCalendar(page);
  await openCalendar(page, WEEK);
  await clickSlot(page, "2030-01-09", "10:00");
  const dialog = scheduleDialog(page);
  await dialog.getByLabel("Ends").fill("2030-01-09T09:00");
  await dialog.getByRole("button", { name: "Add schedule" }).click();
  await expect(dialog.getByLabel("Title")).toHaveAttribute("aria-invalid", "true");
  await expect(dialog.locator("#title-error")).toHaveText("Give the schedule a title.");
  await expect(dialog.locator("#endAt-error")).toHaveText("End after the start.");

  await dialog.getByLabel("Title").fill("Off the grid");
  await dialog.getByLabel("Starts").fill("2030-01-09T10:15");
  await dialog.getByLabel("Ends").fill("2030-01-09T11:00");
  await dialog.getByRole("button", { name: "Add schedule" }).click();
  await expect(dialog.locator("#startAt-error")).toContainText("Start on the hour or half hour");

  // What only the server can know comes back by field.
  await page.route(trpcCall("schedule.create"), (route) =>
    route.fulfill({
      status: 400,
      contentType: "application/json",
      body: JSON.stringify([
        {
          error: {
            json: {
              message: "Keep the title to 120 characters.",
              code: -32600,
              data: { code: "BAD_REQUEST", httpStatus: 400, path: "schedule.create", fieldErrors: { title: ["That title is taken today."] } },
            },
          },
        },
      ]),
    }),
  );
  await dialog.getByLabel("Starts").fill("2030-01-09T10:00");
  await dialog.getByRole("button", { name: "Add schedule" }).click();
  await expect(dialog.locator("#title-error")).toHaveText("That title is taken today.");
  await expect(dialog.locator("#startAt-error")).toHaveCount(0);
  await dialog.press("Escape");
  await expect(dialog).toHaveCount(0);
  await expect(page.locator(".fc-event")).toHaveCount(0);
});

test("month, week and day views and their dates live in the URL", async ({ page }) => {
  // What the server renders (title, toolbar, time zones) must be what the browser hydrates.
  const pageErrors: string[] = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error" && /hydrat|#418|#423|#425/i.test(message.text())) pageErrors.push(message.text());
  });
  await signUpForCalendar(page);
  await openCalendar(page, WEEK);
  await createScheduleAt(page, "2030-01-09", "12:00", "Lunch with Sam");
  const views = page.getByRole("navigation", { name: "Calendar view" });
  await expect(views.getByRole("link", { name: "Week" })).toHaveAttribute("aria-current", "page");

  await views.getByRole("link", { name: "Month" }).click();
  await expect(page).toHaveURL(/\/calendar\?view=month&date=2030-01-09$/);
  await expect(page.getByTestId("calendar-title")).toHaveText("January 2030");
  await expect(page.locator(".fc-daygrid-day[data-date='2030-01-09']").locator(".fc-event")).toContainText("Lunch with Sam");
  await page.reload();
  await expect(page.getByTestId("calendar-title")).toHaveText("January 2030");
  await expect(views.getByRole("link", { name: "Month" })).toHaveAttribute("aria-current", "page");

  await page.getByRole("link", { name: "Next month" }).click();
  await expect(page).toHaveURL(/view=month&date=2030-02-09$/);
  await expect(page.getByTestId("calendar-title")).toHaveText("February 2030");
  await page.goBack();
  await expect(page.getByTestId("calendar-title")).toHaveText("January 2030");

  await views.getByRole("link", { name: "Day" }).click();
  await expect(page).toHaveURL(/view=day&date=2030-01-09$/);
  await expect(page.getByTestId("calendar-title")).toHaveText("Wednesday, January 9, 2030");
  await expect(calendarEvent(page, "Lunch with Sam")).toBeVisible();
  await page.getByRole("link", { name: "Previous day" }).click();
  await expect(page).toHaveURL(/view=day&date=2030-01-08$/);
  await expect(page.getByTestId("calendar-empty")).toHaveText("Nothing planned this day — click or drag on the calendar to add a schedule");
  await page.reload();
  await expect(page.getByTestId("calendar-title")).toHaveText("Tuesday, January 8, 2030");

  await page.getByRole("link", { name: "Today" }).click();
  await expect(page).toHaveURL(/view=day&date=\d{4}-\d{2}-\d{2}$/);
  await expect(page.getByRole("link", { name: "Today" })).toHaveAttribute("aria-disabled", "true");

  // The filter: done ones only, kept in the URL.
  await page.goto(`/calendar?${WEEK}&filter=done`);
  await expect(page.getByRole("navigation", { name: "Filter schedules" }).getByRole("link", { name: "Done" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByTestId("calendar-empty")).toHaveText("Nothing done this week");
  await expect(calendarEvent(page, "Lunch with Sam")).toHaveCount(0);
  await page.getByRole("navigation", { name: "Filter schedules" }).getByRole("link", { name: "Planned" }).click();
  await expect(page).toHaveURL(/filter=planned$/);
  await expect(calendarEvent(page, "Lunch with Sam")).toBeVisible();
  expect(pageErrors).toEqual([]);
});

test("the calendar follows the account's time zone, not the browser's", async ({ page }) => {
  await signUpForCalendar(page);
  await openCalendar(page, WEEK);
  await createScheduleAt(page, "2030-01-09", "10:00", "Morning call");
  await expect(timeZonePicker(page)).toHaveValue(/\) Berlin$/);

  // 10:00 in Berlin is 18:00 in Tokyo.
  await whileCalling(page, "account.updateTimeZone", async () => {
    await chooseTimeZone(page, "Tokyo");
  });
  await expect(calendarEvent(page, "Morning call")).toContainText("6:00");
  await page.reload();
  await expect(timeZonePicker(page)).toHaveValue("(UTC+09:00) Tokyo");
  const dialog = await openSchedule(page, "Morning call");
  await expect(dialog.getByLabel("Starts")).toHaveValue("2030-01-09T18:00");
});

test("a calendar shared with a subscriber shows there read-only, in its owner's colour", async ({ page }) => {
  const tomorrow = utcDate(1);
  const title = `Shared review ${Date.now().toString(36)}`;
  await logInByApi(page, "user01", "user01-pass");
  await openCalendar(page, `view=day&date=${tomorrow}`);
  await expect(calendarEvent(page, "Deep work")).toBeVisible();
  await createScheduleAt(page, tomorrow, "15:00", title);
  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page).toHaveURL(/\/login$/);

  await logInByApi(page, "viewer01", "viewer01-pass");
  await openCalendar(page, `view=day&date=${tomorrow}`);
  await expect(page.getByRole("note", { name: "Read-only" })).toBeVisible();
  await expect(page.getByRole("button", { name: "New schedule" })).toHaveCount(0);
  const shared = calendarEvent(page, title);
  await expect(shared).toBeVisible();
  await expect(shared).toHaveClass(/schedule-read-only/);
  await expect(shared).not.toHaveClass(/schedule-tone-brand/);
  await expect(shared).not.toHaveClass(/fc-event-draggable/);
  await expect(shared.locator(".fc-event-resizer")).toHaveCount(0);
  await expect(page.getByTestId("legend-shared")).toContainText("Uma User");

  const dialog = await openSchedule(page, title);
  await expect(dialog.getByRole("heading", { name: title })).toBeVisible();
  await expect(dialog).toContainText("Uma User’s calendar · read-only");
  await expect(dialog.getByTestId("schedule-owner")).toContainText("Uma User");
  await expect(dialog.getByLabel("Title")).toHaveCount(0);
  await expect(dialog.getByRole("button", { name: "Save" })).toHaveCount(0);
  await expect(dialog.getByRole("button", { name: "Delete" })).toHaveCount(0);
  await dialog.getByRole("button", { name: "Close" }).first().click();
  await expect(dialog).toHaveCount(0);

  // Dragging it does nothing, and no slot opens a form.
  const before = await shared.boundingBox();
  await dragSchedule(page, title, tomorrow, "17:00").catch(() => undefined);
  await expect(scheduleDialog(page)).toHaveCount(0);
  expect(await shared.boundingBox()).toEqual(before);
  await clickSlot(page, tomorrow, "13:00");
  await expect(scheduleDialog(page)).toHaveCount(0);
});

test("/schedules lists my schedules by start with a filter in the URL and Load more", async ({ page }) => {
  await signUpForCalendar(page);
  await page.goto("/schedules");
  await expect(page.getByRole("heading", { name: "No schedules yet" })).toBeVisible();

  const ids = await createSchedulesViaApi(
    page,
    Array.from({ length: 21 }, (_, index) => {
      const day = String(index + 1).padStart(2, "0");
      return { title: `Session ${index + 1}`, startAt: `2030-03-${day}T08:00:00.000Z`, endAt: `2030-03-${day}T09:30:00.000Z` };
    }),
  );
  await markDoneViaApi(page, ids[1]!);
  await page.reload();
  const rows = page.getByTestId("schedule-row");
  await expect(rows).toHaveCount(20);
  await expect(rows.first().getByTestId("schedule-title")).toHaveText("Session 1");
  // 08:00 UTC is 09:00 in Berlin (the account's zone).
  await expect(rows.first().getByTestId("schedule-time")).toContainText(/9:00\s?AM – 10:30\s?AM/);
  await expect(rows.nth(1).getByTestId("status-badge").first()).toHaveText("Done");

  await page.getByRole("button", { name: "Load more" }).click();
  await expect(rows).toHaveCount(21);
  await expect(rows.last().getByTestId("schedule-title")).toHaveText("Session 21");
  await expect(page.getByRole("button", { name: "Load more" })).toHaveCount(0);

  const tabs = page.getByRole("navigation", { name: "Filter schedules" });
  await tabs.getByRole("link", { name: "Done" }).click();
  await expect(page).toHaveURL(/\/schedules\?filter=done$/);
  await expect(rows).toHaveCount(1);
  await expect(rows.first().getByTestId("schedule-title")).toHaveText("Session 2");
  await page.reload();
  await expect(rows).toHaveCount(1);
  await tabs.getByRole("link", { name: "Planned" }).click();
  await expect(page).toHaveURL(/filter=planned$/);
  await expect(rows).toHaveCount(20);
  await expect(rows.nth(1).getByTestId("schedule-title")).toHaveText("Session 3");

  await rows.first().getByRole("link", { name: "Open in calendar “Session 1”" }).click();
  await expect(page).toHaveURL(/\/calendar\?view=day&date=2030-03-01$/);
  await expect(calendarEvent(page, "Session 1")).toBeVisible();
});

test("admins see and change anyone's calendar; others get the 404", async ({ page }, testInfo) => {
  // A retry finds the first attempt's schedule still there: each attempt adds its own.
  const title = testInfo.retry === 0 ? "Admin check-in" : `Admin check-in ${testInfo.retry}`;
  await logInByApi(page, "admin", "admin-pass-1");
  const response = await page.request.get(`/api/trpc/admin.schedules.list?input=${encodeURIComponent(JSON.stringify({ json: { limit: 100 } }))}`);
  const items = ((await response.json()) as { result: { data: { json: { items: { owner: { id: string; username: string } }[] } } } }).result.data.json.items;
  const user02 = items.find((item) => item.owner.username === "user02")!.owner.id;

  const tomorrow = utcDate(1);
  await openCalendarAs(page, `/admin/users/${user02}/calendar?view=day&date=${tomorrow}`, "admin.schedules.range");
  await expect(page.getByRole("heading", { name: "Ulf User’s calendar" })).toBeVisible();
  await expect(page.getByTestId("calendar-time-zone")).toHaveText("Times in UTC");
  await expect(calendarEvent(page, "Project review")).toBeVisible();

  await clickSlot(page, tomorrow, "09:00");
  const dialog = scheduleDialog(page);
  await dialog.getByLabel("Title").fill(title);
  await whileCalling(page, "admin.schedules.create", () => dialog.getByRole("button", { name: "Add schedule" }).click());
  await expect(calendarEvent(page, title)).toBeVisible();
  await whileCalling(page, "admin.schedules.update", () => dragSchedule(page, title, tomorrow, "10:00"));
  await page.reload();
  const edit = await openSchedule(page, title);
  await expect(edit.getByLabel("Starts")).toHaveValue(`${tomorrow}T10:00`);
  await edit.press("Escape");
  await expect(edit).toBeHidden();

  // Once in a few runs (CI, and here under load) this click fetched the list page's data
  // and code but the router never committed the navigation; a second click goes through.
  // Not understood yet (see the issue notes): the link is tried again rather than the test
  // failing on it, and what the list shows is still checked below.
  await expect(async () => {
    await page.getByRole("link", { name: "List" }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/users/${user02}/schedules$`), { timeout: 4000 });
  }).toPass({ timeout: 20_000 });
  await expect(page.getByTestId("schedule-row").filter({ hasText: title })).toBeVisible();
  await expect(page.getByTestId("list-range")).toHaveText(/^Showing \d+ of [\d,]+\+?$/);

  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await logInByApi(page, "user01", "user01-pass");
  await page.goto(`/admin/users/${user02}/calendar`);
  await expect(page.getByRole("heading", { name: "This page does not exist" })).toBeVisible();
  await page.goto(`/admin/users/${user02}/schedules`);
  await expect(page.getByRole("heading", { name: "This page does not exist" })).toBeVisible();
});

async function openCalendarAs(page: Page, url: string, procedure: string) {
  await whileCalling(page, procedure, async () => {
    await page.goto(url);
  });
}
