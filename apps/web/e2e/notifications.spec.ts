import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { holdRequests, loadingStatus, signUpAndOpenTodos, toasts, trpcCall, uniqueUsername, whileCalling } from "./helpers";
import { clickSlot, openCalendar, scheduleDialog, signUpForCalendar } from "./calendar-helpers";
import {
  HOUR_MS,
  advanceServerClock,
  advanceToReminderOf,
  bell,
  bellCount,
  comeBackToTab,
  createRemindedSchedule,
  deleteSchedule,
  listSchedules,
  notificationPanel,
  notificationRow,
  notificationRows,
  onGrid,
  serverNow,
  utcDay,
} from "./notification-helpers";

// A fresh account's time zone is the browser's; UTC keeps the grid and the day in the link plain.
test.use({ timezoneId: "UTC" });

/** A title no other test has used, so rows are told apart across the shared database. */
function uniqueTitle(name: string) {
  return `${name} ${uniqueUsername("t").slice(2)}`;
}

async function openBell(page: Page) {
  await bell(page).click();
  await expect(bell(page)).toHaveAttribute("aria-expanded", "true");
  await expect(notificationPanel(page)).toBeVisible();
}

test("a reminder the day before lights up the bell; marking it read clears it for good", async ({ page }) => {
  test.setTimeout(60_000);
  // The browser's timers on Playwright's clock (running at the normal pace), so
  // the bell's next poll can be brought forward rather than waited for.
  await page.clock.install();
  await signUpAndOpenTodos(page);
  await expect(bell(page)).toHaveAccessibleName("Notifications");
  await expect(bellCount(page)).toHaveCount(0);

  const title = uniqueTitle("Dentist");
  const startAt = await createRemindedSchedule(page, title);
  await page.reload();
  await expect(bell(page)).toBeVisible();
  await expect(bellCount(page)).toHaveCount(0);

  await advanceToReminderOf(page, startAt);
  // No reload: the bell polls its count (every 20 s); 20 s of the page's time pass at once.
  await page.clock.fastForward(20_000);
  await expect(bellCount(page)).toHaveText("1", { timeout: 25_000 });
  await expect(bell(page)).toHaveAccessibleName("Notifications, 1 unread");

  await openBell(page);
  await expect(notificationPanel(page)).toBeFocused();
  const row = notificationRow(page, title);
  await expect(row).toContainText(`Reminder: “${title}” starts`);
  await expect(row).toContainText("just now");
  await expect(row).toHaveAttribute("data-unread", "true");
  await expect(row.getByRole("link", { name: "Open in calendar" })).toHaveAttribute(
    "href",
    `/calendar?view=day&date=${utcDay(startAt)}`,
  );

  // Optimistic: the badge goes before the server has answered.
  await whileCalling(page, "notification.markRead", () => row.getByRole("button", { name: "Mark read" }).click());
  await expect(bellCount(page)).toHaveCount(0);
  await expect(bell(page)).toHaveAccessibleName("Notifications");
  await expect(row).not.toHaveAttribute("data-unread");
  await expect(row.getByRole("button", { name: "Mark read" })).toHaveCount(0);

  await page.reload();
  await expect(bell(page)).toBeVisible();
  await comeBackToTab(page);
  await expect(bellCount(page)).toHaveCount(0);
  await openBell(page);
  await expect(notificationRow(page, title)).toBeVisible();
  await expect(notificationRow(page, title)).not.toHaveAttribute("data-unread");
});

test("mark all read clears two reminders; another account's bell stays at 0", async ({ page, browser }) => {
  await signUpAndOpenTodos(page);
  const first = uniqueTitle("Team lunch");
  const second = uniqueTitle("Piano lesson");
  await createRemindedSchedule(page, first, 48);
  const lastStart = await createRemindedSchedule(page, second, 49);
  await advanceToReminderOf(page, lastStart);

  // Coming back to the tab asks for the count at once.
  await comeBackToTab(page);
  await expect(bellCount(page)).toHaveText("2");
  await expect(bell(page)).toHaveAccessibleName("Notifications, 2 unread");
  await openBell(page);
  await expect(notificationRows(page)).toHaveCount(2);
  // Newest first: the later schedule's reminder fell due last.
  await expect(notificationRows(page)).toHaveText([new RegExp(second), new RegExp(first)]);

  await whileCalling(page, "notification.markAllRead", () => notificationPanel(page).getByRole("button", { name: "Mark all read" }).click());
  await expect(bellCount(page)).toHaveCount(0);
  await expect(notificationPanel(page).locator("[data-unread]")).toHaveCount(0);
  await expect(notificationPanel(page).getByRole("button", { name: "Mark all read" })).toBeDisabled();
  await page.reload();
  await expect(bell(page)).toBeVisible();
  await comeBackToTab(page);
  await expect(bellCount(page)).toHaveCount(0);

  // Someone else: nothing of the first account's reaches their bell.
  const other = await browser.newContext({ timezoneId: "UTC" });
  const otherPage = await other.newPage();
  await signUpAndOpenTodos(otherPage);
  await comeBackToTab(otherPage);
  await expect(bell(otherPage)).toHaveAccessibleName("Notifications");
  await expect(bellCount(otherPage)).toHaveCount(0);
  await openBell(otherPage);
  await expect(notificationPanel(otherPage).getByRole("heading", { name: "You’re all caught up" })).toBeVisible();
  await expect(notificationPanel(otherPage)).not.toContainText(first);
  await other.close();
});

test("the panel works from the keyboard and closes on Escape or a click elsewhere", async ({ page }) => {
  await signUpAndOpenTodos(page);
  const title = uniqueTitle("Car service");
  const startAt = await createRemindedSchedule(page, title);
  await advanceToReminderOf(page, startAt);
  await page.reload();
  await expect(bellCount(page)).toHaveText("1");

  await bell(page).focus();
  await page.keyboard.press("Enter");
  await expect(bell(page)).toHaveAttribute("aria-expanded", "true");
  await expect(notificationPanel(page)).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(notificationPanel(page)).toHaveCount(0);
  await expect(bell(page)).toHaveAttribute("aria-expanded", "false");
  await expect(bell(page)).toBeFocused();

  await page.keyboard.press("Space");
  await expect(notificationPanel(page)).toBeFocused();
  await expect(notificationRow(page, title)).toBeVisible();
  // Panel → Mark all read → the reminder's calendar link → its Mark read.
  await page.keyboard.press("Tab");
  await expect(notificationPanel(page).getByRole("button", { name: "Mark all read" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(notificationRow(page, title).getByRole("link", { name: "Open in calendar" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(notificationRow(page, title).getByRole("button", { name: "Mark read" })).toBeFocused();
  await whileCalling(page, "notification.markRead", () => page.keyboard.press("Enter"));
  await expect(bellCount(page)).toHaveCount(0);
  // The button is gone; the keyboard stays on its row, inside the panel.
  await expect(notificationRow(page, title)).toBeFocused();

  // A click outside closes it; the bell toggles it.
  await page.getByRole("heading", { name: "Todos", exact: true }).click();
  await expect(notificationPanel(page)).toHaveCount(0);
  await bell(page).click();
  await expect(notificationPanel(page)).toBeVisible();
  await bell(page).click();
  await expect(notificationPanel(page)).toHaveCount(0);

  // Tabbing out of it (here backwards, past the bell) closes it too.
  await bell(page).click();
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Shift+Tab");
  await expect(notificationPanel(page)).toHaveCount(0);
});

test("a refused mark-read is rolled back with a toast", async ({ page }) => {
  await signUpAndOpenTodos(page);
  const title = uniqueTitle("Parents' evening");
  const startAt = await createRemindedSchedule(page, title);
  await advanceToReminderOf(page, startAt);
  await page.reload();
  await expect(bellCount(page)).toHaveText("1");
  await openBell(page);

  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(trpcCall("notification.markRead"), async (route) => {
    await held;
    await route.fulfill({
      status: 404,
      contentType: "application/json",
      body: JSON.stringify([
        {
          error: {
            json: {
              message: "That notification was not found.",
              code: -32004,
              data: { code: "NOT_FOUND", httpStatus: 404, path: "notification.markRead" },
            },
          },
        },
      ]),
    });
  });
  const row = notificationRow(page, title);
  await row.getByRole("button", { name: "Mark read" }).click();
  // At once, while the server has not answered yet.
  await expect(bellCount(page)).toHaveCount(0);
  await expect(row).not.toHaveAttribute("data-unread");
  release();

  await expect(toasts(page).getByText("That notification was not found.")).toBeVisible();
  await expect(bellCount(page)).toHaveText("1");
  await expect(row).toHaveAttribute("data-unread", "true");
  await expect(row.getByRole("button", { name: "Mark read" })).toBeVisible();

  // A dropped connection on "mark all read": rolled back too.
  await page.route(trpcCall("notification.markAllRead"), (route) => route.abort());
  await notificationPanel(page).getByRole("button", { name: "Mark all read" }).click();
  await expect(toasts(page).getByText("The server could not be reached. Check your connection and try again.")).toBeVisible();
  await expect(bellCount(page)).toHaveText("1");
  await expect(row).toHaveAttribute("data-unread", "true");
});

test("a reminder whose schedule was deleted says so instead of opening the calendar", async ({ page }) => {
  await signUpAndOpenTodos(page);
  const title = uniqueTitle("Cancelled concert");
  const startAt = await createRemindedSchedule(page, title);
  await advanceToReminderOf(page, startAt);
  await page.reload();
  await openBell(page);
  const row = notificationRow(page, title);
  await expect(row.getByRole("link", { name: "Open in calendar" })).toBeVisible();

  // Deleted elsewhere (another tab) while the panel is open.
  const [schedule] = await listSchedules(page);
  await deleteSchedule(page, schedule!.id);
  await row.getByRole("link", { name: "Open in calendar" }).click();
  await expect(toasts(page).getByText("That schedule has been deleted.")).toBeVisible();
  await expect(page).toHaveURL(/\/todos$/);
  await expect(bellCount(page)).toHaveCount(0);

  // The reminder stays, without its link.
  await openBell(page);
  await expect(notificationRow(page, title)).toBeVisible();
  await expect(notificationRow(page, title).getByRole("link", { name: "Open in calendar" })).toHaveCount(0);
});

test("a list that cannot be loaded says so and offers to try again", async ({ page }) => {
  await signUpAndOpenTodos(page);
  await page.route(trpcCall("notification.list"), (route) => route.abort());
  await openBell(page);
  const error = notificationPanel(page).getByRole("alert");
  // After the client's own retries.
  await expect(error).toContainText("We could not load your notifications.");
  await page.unroute(trpcCall("notification.list"));
  await error.getByRole("button", { name: "Try again" }).click();
  await expect(notificationPanel(page).getByRole("heading", { name: "You’re all caught up" })).toBeVisible();
});

test("past nine the badge says 9+, and Load more brings the rest", async ({ page }) => {
  await signUpAndOpenTodos(page);
  const titles: string[] = [];
  const starts: Date[] = [];
  for (let i = 1; i <= 11; i += 1) {
    const title = uniqueTitle(`Lesson ${i}`);
    titles.push(title);
    starts.push(await createRemindedSchedule(page, title, 48 + i));
  }
  await advanceToReminderOf(page, starts.at(-1)!);
  await page.reload();
  await expect(bellCount(page)).toHaveText("9+");
  await expect(bell(page)).toHaveAccessibleName("Notifications, 11 unread");

  await openBell(page);
  await expect(notificationRows(page)).toHaveCount(10);
  await notificationPanel(page).getByRole("button", { name: "Load more" }).click();
  await expect(notificationRows(page)).toHaveCount(11);
  await expect(notificationRows(page).last()).toContainText(titles[0]!);
  await expect(notificationPanel(page).getByRole("button", { name: "Load more" })).toHaveCount(0);

  // Following a reminder to its day closes the panel and counts it as read. This one
  // went out ten hours late (the clock jumped), yet the calendar opens on the right day.
  const oldest = notificationRow(page, titles[0]!);
  await whileCalling(page, "notification.markRead", () => oldest.getByRole("link", { name: "Open in calendar" }).click());
  await expect(page).toHaveURL(new RegExp(`/calendar\\?view=day&date=${utcDay(starts[0]!)}$`));
  await expect(notificationPanel(page)).toHaveCount(0);
  await expect(bell(page)).toHaveAccessibleName("Notifications, 10 unread");
  await expect(bellCount(page)).toHaveText("9+");
  await openBell(page);
  await expect(notificationRows(page)).toHaveCount(11);
  await expect(notificationRow(page, titles[0]!)).not.toHaveAttribute("data-unread");

  // Mark all read covers every page.
  await whileCalling(page, "notification.markAllRead", () => notificationPanel(page).getByRole("button", { name: "Mark all read" }).click());
  await expect(bellCount(page)).toHaveCount(0);
  await expect(notificationPanel(page).locator("[data-unread]")).toHaveCount(0);
});

// Not assertions: pictures to look at (test-results/screens/, or E2E_OUTPUT_DIR's).
const widths = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };
const screens = `${process.env.E2E_OUTPUT_DIR ?? "test-results"}/screens`;

for (const [device, viewport] of Object.entries(widths)) {
  test(`notification screens at ${device} width`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await signUpAndOpenTodos(page);
    await openBell(page);
    await expect(notificationPanel(page).getByRole("heading", { name: "You’re all caught up" })).toBeVisible();
    await page.screenshot({ path: `${screens}/${device}-notifications-empty.png` });
    await page.keyboard.press("Escape");

    await page.route(trpcCall("notification.list"), (route) => route.abort());
    await page.reload();
    await openBell(page);
    await expect(notificationPanel(page).getByRole("alert")).toBeVisible();
    await page.screenshot({ path: `${screens}/${device}-notifications-error.png` });
    await page.unroute(trpcCall("notification.list"));
    await page.keyboard.press("Escape");

    // Three reminders falling due hours apart; the oldest gets read.
    const titles = ["Dentist", "Team lunch with the design group at the new place", "Piano lesson"];
    const starts: Date[] = [];
    for (const [index, hours] of [26, 30, 49].entries()) starts.push(await createRemindedSchedule(page, titles[index]!, hours));
    for (const startAt of starts) await advanceToReminderOf(page, startAt);
    // This browser's clock a little past the server's, so the times read as they would for real.
    await page.clock.install({ time: new Date((await serverNow(page)).getTime() + 2 * HOUR_MS) });
    await page.reload();
    await expect(bellCount(page)).toHaveText("3");
    await page.screenshot({ path: `${screens}/${device}-notifications-badge.png` });

    // Loading, held on screen until the picture is taken.
    const release = await holdRequests(page, trpcCall("notification.list"));
    await openBell(page);
    await expect(loadingStatus(page, "Loading notifications…")).toBeVisible();
    await page.screenshot({ path: `${screens}/${device}-notifications-loading.png` });
    await release();
    await expect(notificationRows(page)).toHaveCount(3);
    await whileCalling(page, "notification.markRead", () =>
      notificationRow(page, "Dentist").getByRole("button", { name: "Mark read" }).click(),
    );
    await expect(bellCount(page)).toHaveText("2");
    await page.mouse.move(0, viewport.height - 1);
    await page.screenshot({ path: `${screens}/${device}-notifications-open.png` });

    // Keyboard focus inside the panel.
    await notificationPanel(page).focus();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.screenshot({ path: `${screens}/${device}-notifications-focus.png` });
  });
}

test("reminders chosen in the dialog go off as the clock passes them: the bell counts each once", async ({ page }) => {
  test.setTimeout(90_000);
  await page.clock.install();
  await signUpForCalendar(page);
  // A schedule made 3 hours ahead of the server's clock, on the grid, in the day view of its day (the spec runs in UTC).
  const startAt = onGrid(new Date((await serverNow(page)).getTime() + 3 * HOUR_MS));
  const day = utcDay(startAt);
  const time = startAt.toISOString().slice(11, 16);
  await openCalendar(page, `view=day&date=${day}`);
  await clickSlot(page, day, time);
  const dialog = scheduleDialog(page);
  const title = uniqueTitle("Standup");
  await dialog.getByLabel("Title").fill(title);
  await dialog.getByLabel("Add a reminder").selectOption({ label: "1 hour before" });
  await dialog.getByLabel("Add a reminder").selectOption({ label: "10 minutes before" });
  await expect(dialog.getByRole("list", { name: "Reminders" }).getByRole("listitem")).toHaveText(["1 hour before", "10 minutes before"]);
  await whileCalling(page, "schedule.create", () => dialog.getByRole("button", { name: "Add schedule" }).click());
  await expect(dialog).toHaveCount(0);
  await expect(bellCount(page)).toHaveCount(0);

  // Just past an hour before: one.
  const hourBefore = await advanceServerClock(page, startAt.getTime() - HOUR_MS + 20_000 - (await serverNow(page)).getTime());
  expect(hourBefore.delivered).toBeGreaterThanOrEqual(1);
  await page.clock.fastForward(20_000);
  await expect(bellCount(page)).toHaveText("1", { timeout: 25_000 });
  // Running the worker again delivers nothing new.
  await advanceServerClock(page, 0);
  await page.clock.fastForward(20_000);
  await expect(bellCount(page)).toHaveText("1");

  // Just past ten minutes before: the second.
  await advanceServerClock(page, startAt.getTime() - 10 * 60_000 + 20_000 - (await serverNow(page)).getTime());
  await page.clock.fastForward(20_000);
  await expect(bellCount(page)).toHaveText("2", { timeout: 25_000 });
  await openBell(page);
  await expect(notificationRow(page, title)).toHaveCount(2);
  await expect(notificationRow(page, title).first()).toContainText(`Reminder: “${title}” starts in 10 minutes`);
  await expect(notificationRow(page, title).nth(1)).toContainText(`Reminder: “${title}” starts in 1 hour`);
  await expect(notificationRow(page, title).first().getByRole("link", { name: "Open in calendar" })).toHaveAttribute("href", `/calendar?view=day&date=${day}`);
});
