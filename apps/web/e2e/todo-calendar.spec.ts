import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { signUpAndLogInByApi, uniqueUsername, whileCalling } from "./helpers";
import { advanceServerClock, bell, bellCount, comeBackToTab, notificationPanel, serverNow } from "./notification-helpers";
import { addDays, allDayCell, createTodo, todoBox, todoEvent, todosInRange } from "./todo-calendar-helpers";

// Todos on the calendar: ticked off there (and still ticked after a reload),
// overdue ones on today, "Show todos", dragging to another day, the agenda;
// and a todo's reminder in the bell through the server's test clock. The clock
// is shared by the run and may be ahead of the machine's, so every date is
// taken from the server's own now. In the serial stream: it moves the clock.

test.use({ timezoneId: "UTC" });

const MINUTE_MS = 60_000;

/** The server's today (UTC, the accounts' zone here). */
async function serverToday(page: Page): Promise<string> {
  return (await serverNow(page)).toISOString().slice(0, 10);
}

async function openCalendarOn(page: Page, query: string) {
  await whileCalling(page, "todo.range", async () => {
    await page.goto(`/calendar?${query}`);
  });
  await expect(page.getByTestId("calendar").locator(".fc-view")).toBeVisible();
}

function unique(name: string) {
  return `${name} ${uniqueUsername("t").slice(2)}`;
}

test("a due todo shows on the calendar and is ticked off there, which a reload keeps; an overdue one shows on today", async ({ page }) => {
  await signUpAndLogInByApi(page, "tcal");
  const today = await serverToday(page);
  const rent = unique("Pay rent");
  const errand = unique("Old errand");
  const call = unique("Call the bank");
  await createTodo(page, { contents: rent, dueOn: today });
  await createTodo(page, { contents: errand, dueOn: addDays(today, -1) });
  await createTodo(page, { contents: call, dueOn: addDays(today, 1), dueTime: "09:00" });
  await createTodo(page, { contents: unique("No date") });

  await openCalendarOn(page, `view=week&date=${today}`);
  // A date alone: today's all-day row; the overdue one from yesterday: today too, marked.
  await expect(todoBox(allDayCell(page, today), rent)).toHaveAttribute("aria-checked", "false");
  await expect(todoBox(allDayCell(page, today), errand, { overdue: true })).toBeVisible();
  await expect(todoEvent(page, errand)).toContainText("Overdue");
  await expect(page.getByTestId("legend-todos")).toHaveText("Todos");
  // A time: a block at it in tomorrow's column (today may end the week: the day view).
  await openCalendarOn(page, `view=day&date=${addDays(today, 1)}`);
  await expect(page.locator(`.fc-timegrid-col[data-date="${addDays(today, 1)}"]`).locator(".todo-event")).toContainText(call);
  await expect(todoEvent(page, call).locator(".todo-event-time")).toHaveText("9:00 AM");
  await expect(todoBox(page, call)).toHaveAttribute("aria-checked", "false");
  await openCalendarOn(page, `view=week&date=${today}`);

  // Ticked at once (before the server answers), struck through, and kept after a reload.
  await whileCalling(page, "todo.toggle", async () => {
    await todoBox(page, rent).click();
    await expect(todoBox(page, rent)).toHaveAttribute("aria-checked", "true");
  });
  await expect(todoEvent(page, rent)).toHaveClass(/todo-done/);
  await expect(todoEvent(page, rent).locator(".todo-event-title")).toHaveCSS("text-decoration-line", "line-through");
  await page.reload();
  await expect(todoBox(allDayCell(page, today), rent)).toHaveAttribute("aria-checked", "true");
  expect((await todosInRange(page, today, addDays(today, 1))).find((todo) => todo.contents === rent)?.done).toBe(true);

  // Ticking the overdue one off takes it back to its own day, done.
  await whileCalling(page, "todo.toggle", () => todoBox(page, errand, { overdue: true }).click());
  await expect(allDayCell(page, today).locator(".todo-event").filter({ hasText: errand })).toHaveCount(0);
  // Yesterday may be in the week before (today starts the week on a Monday): its own day.
  await openCalendarOn(page, `view=day&date=${addDays(today, -1)}`);
  await expect(todoBox(allDayCell(page, addDays(today, -1)), errand)).toHaveAttribute("aria-checked", "true");
});

test("a todo dragged to another day is due then; Show todos hides them and is remembered; the agenda lists them", async ({ page }) => {
  await signUpAndLogInByApi(page, "tcal");
  const today = await serverToday(page);
  const report = unique("Report");
  await createTodo(page, { contents: report, dueOn: today });

  await openCalendarOn(page, `view=month&date=${today}`);
  const event = todoEvent(page, report);
  const target = allDayCell(page, addDays(today, 2));
  const from = await event.locator(".todo-event-title").boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error("the todo or the day is not on screen");
  await whileCalling(page, "todo.update", async () => {
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2 + 4, from.y + from.height / 2, { steps: 2 });
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
    await page.mouse.up();
  });
  await expect(todoBox(allDayCell(page, addDays(today, 2)), report)).toBeVisible();
  expect((await todosInRange(page, today, addDays(today, 7))).find((todo) => todo.contents === report)?.dueOn).toBe(addDays(today, 2));

  const showTodos = page.getByRole("checkbox", { name: "Show todos" });
  await showTodos.uncheck();
  await expect(page.locator(".todo-event")).toHaveCount(0);
  await expect(page.getByTestId("legend-todos")).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId("calendar").locator(".fc-view")).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "Show todos" })).not.toBeChecked();
  await expect(page.locator(".todo-event")).toHaveCount(0);
  await page.getByRole("checkbox", { name: "Show todos" }).check();
  await expect(todoBox(page, report)).toBeVisible();

  await page.goto(`/calendar?view=agenda&date=${today}`);
  const day = page.locator(`[data-testid="agenda-day"][data-date="${addDays(today, 2)}"]`);
  await expect(day.getByTestId("agenda-todo")).toContainText(report);
  await whileCalling(page, "todo.toggle", () => todoBox(day, report).click());
  await expect(todoBox(day, report)).toHaveAttribute("aria-checked", "true");
});

test("a timed todo's reminder lights up the bell, in the owner's language, and opens the day on the calendar", async ({ browser }) => {
  test.setTimeout(60_000);
  for (const language of ["en", "ko"] as const) {
    const context = await browser.newContext({ timezoneId: "UTC", locale: language === "ko" ? "ko-KR" : "en-GB" });
    const page = await context.newPage();
    await signUpAndLogInByApi(page, "tcal");
    const locale = await page.request.post("/api/trpc/account.updateLocale", { data: { json: { locale: language } } });
    expect(locale.ok(), await locale.text()).toBe(true);

    // Due two hours from the server's now (whole minutes), reminded an hour before.
    const now = await serverNow(page);
    const dueAt = new Date(Math.ceil((now.getTime() + 2 * 60 * MINUTE_MS) / MINUTE_MS) * MINUTE_MS);
    const dueOn = dueAt.toISOString().slice(0, 10);
    const contents = language === "ko" ? unique("보고서 제출") : unique("Send the report");
    await createTodo(page, { contents, dueOn, dueTime: dueAt.toISOString().slice(11, 16), reminderMinutes: [60] });
    await page.goto("/calendar");
    const bellButton = language === "ko" ? page.getByRole("banner").getByRole("button", { name: /^알림/ }) : bell(page);
    await expect(bellButton).toBeVisible();
    await expect(bellCount(page)).toHaveCount(0);

    const answer = await advanceServerClock(page, dueAt.getTime() - 60 * MINUTE_MS - (await serverNow(page)).getTime() + MINUTE_MS);
    expect(answer.delivered).toBeGreaterThanOrEqual(1);
    await comeBackToTab(page);
    await expect(bellCount(page)).toHaveText("1");
    await bellButton.click();
    const panel = language === "ko" ? page.getByRole("dialog", { name: "알림" }) : notificationPanel(page);
    const row = panel.getByRole("listitem").filter({ hasText: contents });
    await expect(row).toContainText(language === "ko" ? `알림: 할 일 “${contents}”의 마감이 59분 후` : `Reminder: “${contents}” is due in 59 minutes`);
    const link = row.getByRole("link", { name: language === "ko" ? "캘린더에서 보기" : "Open in calendar" });
    await expect(link).toHaveAttribute("href", `/calendar?view=day&date=${dueOn}`);
    await whileCalling(page, "todo.range", () => link.click());
    await expect(page).toHaveURL(new RegExp(`/calendar\\?view=day&date=${dueOn}`));
    await expect(page.getByRole("checkbox", { name: language === "ko" ? `할 일: ${contents}` : `Todo: ${contents}` })).toBeVisible();
    await expect(bellCount(page)).toHaveCount(0);
    await context.close();
  }
});
