import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { axePassFor, expectNoAxeViolations } from "./axe";
import { createSchedulesViaApi } from "./calendar-helpers";
import { logInByApi, settle, signUpAndLogInByApi, whileCalling } from "./helpers";
import { serverNow } from "./notification-helpers";
import { addDays, createTodo, todoBox } from "./todo-calendar-helpers";

// Not assertions (beyond axe's 0 violations): pictures of todos on the
// calendar beside schedules (week, month, day, agenda; an overdue one carried
// to today, ticked ones struck through, "Show todos" off) in both languages and
// themes, at desktop and phone widths (<output dir>/screens/).
const widths = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };
const screens = `${process.env.E2E_OUTPUT_DIR ?? "test-results"}/screens`;

test.use({ timezoneId: "UTC" });

const WORDS = {
  en: {
    overdue: "Renew the passport",
    rent: "Pay rent",
    groceries: "Buy groceries for the weekend",
    report: "Send the quarterly report",
    call: "Call the bank",
    standUp: "Team stand-up",
    showTodos: "Show todos",
    work: "Work",
    home: "Home",
    office: "office",
  },
  ko: {
    overdue: "여권 갱신하기",
    rent: "월세 내기",
    groceries: "주말 장보기",
    report: "분기 보고서 보내기",
    call: "은행에 전화하기",
    standUp: "팀 회의",
    showTodos: "할 일 표시",
    work: "업무",
    home: "집",
    office: "사무실",
  },
} as const;

async function trpc(page: Page, path: string, json: unknown) {
  const response = await page.request.post(`/api/trpc/${path}`, { data: { json } });
  expect(response.ok(), await response.text()).toBe(true);
  return ((await response.json()) as { result: { data: { json: { id: string } } } }).result.data.json;
}

for (const [locale, colorScheme] of [["en-US", "light"], ["en-US", "dark"], ["ko-KR", "light"], ["ko-KR", "dark"]] as const) {
  test.describe(`${locale} ${colorScheme}`, () => {
    test.use({ locale, colorScheme });
    test(`todos on the calendar in ${locale}, ${colorScheme}`, async ({ page, browser }) => {
      test.slow();
      const language = locale === "ko-KR" ? "ko" : "en";
      const words = WORDS[language];
      const prefix = `${language}-${colorScheme}`;
      const pass = axePassFor(colorScheme);
      await signUpAndLogInByApi(page, "shot");
      const today = (await serverNow(page)).toISOString().slice(0, 10);
      const tomorrow = addDays(today, 1);
      await createTodo(page, { contents: words.overdue, dueOn: addDays(today, -2) });
      const work = await trpc(page, "todo.project.create", { name: words.work, color: "blue" });
      const home = await trpc(page, "todo.project.create", { name: words.home, color: "green" });
      const office = await trpc(page, "todo.label.create", { name: words.office, color: "purple" });
      await createTodo(page, { contents: words.rent, dueOn: today, priority: 2, projectId: home.id });
      const groceries = await createTodo(page, { contents: words.groceries, dueOn: today });
      await trpc(page, "todo.toggle", { id: groceries });
      await createTodo(page, { contents: words.report, dueOn: tomorrow, dueTime: "10:30", reminderMinutes: [], priority: 1, projectId: work.id, labelIds: [office.id] });
      const call = await createTodo(page, { contents: words.call, dueOn: tomorrow, dueTime: "14:00", reminderMinutes: [] });
      await trpc(page, "todo.toggle", { id: call });
      await createSchedulesViaApi(page, [
        { title: words.standUp, startAt: `${tomorrow}T09:00:00.000Z`, endAt: `${tomorrow}T10:00:00.000Z` },
        { title: words.standUp, startAt: `${today}T09:00:00.000Z`, endAt: `${today}T10:00:00.000Z` },
      ]);

      const shoot = async (name: string, where: string) => {
        await settle(page);
        await page.screenshot({ path: `${screens}/${prefix}-${name}.png`, fullPage: true });
        await expectNoAxeViolations(page, `${where} (${prefix})`, { pass, exclude: "[data-sonner-toaster]" });
      };
      const open = async (query: string) => {
        await whileCalling(page, "todo.range", async () => {
          await page.goto(`/calendar?${query}`);
        });
        await expect(page.getByTestId("calendar").locator(".fc-view")).toBeVisible();
      };

      for (const [device, viewport] of Object.entries(widths)) {
        await page.setViewportSize(viewport);
        await open(`view=week&date=${today}`);
        await expect(todoBox(page, words.overdue, { overdue: true }).or(page.getByRole("checkbox", { name: new RegExp(words.overdue) }))).toBeVisible();
        await shoot(`${device}-todo-calendar-week`, "calendar week with todos");
        await open(`view=month&date=${today}`);
        await shoot(`${device}-todo-calendar-month`, "calendar month with todos");
        await open(`view=day&date=${tomorrow}`);
        await expect(page.locator(".todo-event")).toHaveCount(2);
        await shoot(`${device}-todo-calendar-day`, "calendar day with timed todos");
        await page.goto(`/calendar?view=agenda&date=${today}`);
        await expect(page.getByTestId("agenda-todo").first()).toBeVisible();
        await expect(page.getByTestId("agenda").locator('[role="status"]')).toHaveCount(0, { timeout: 20_000 });
        await shoot(`${device}-todo-calendar-agenda`, "agenda with todos");
      }

      // "Show todos" off: the calendar is schedules alone again.
      await page.setViewportSize(widths.desktop);
      await open(`view=week&date=${today}`);
      await page.getByRole("checkbox", { name: words.showTodos }).uncheck();
      await expect(page.locator(".todo-event")).toHaveCount(0);
      await shoot("desktop-todo-calendar-hidden", "calendar with todos hidden");
      await page.getByRole("checkbox", { name: words.showTodos }).check();

      // The admin's view of this user's todos: the new fields, then filtered to the overdue ones.
      const me = (await (await page.request.get("/api/trpc/auth.me")).json()) as { result: { data: { json: { id: string } } } };
      const adminContext = await browser.newContext({ locale, colorScheme, timezoneId: "UTC" });
      const admin = await adminContext.newPage();
      await logInByApi(admin, "admin", "admin-pass-1");
      for (const [device, viewport] of Object.entries(widths)) {
        await admin.setViewportSize(viewport);
        await admin.goto(`/admin/users/${me.result.data.json.id}`);
        const todos = admin.getByRole("list", { name: language === "ko" ? /할 일$/ : /todos$/ });
        await expect(todos.getByRole("listitem")).toHaveCount(5);
        await expect(todos.getByTestId("admin-todo-due").first()).toBeVisible();
        const section = todos.locator("xpath=ancestor::section[1]");
        await section.scrollIntoViewIfNeeded();
        await settle(admin);
        await section.screenshot({ path: `${screens}/${prefix}-${device}-admin-user-todos.png` });
        await expectNoAxeViolations(admin, `admin user todos (${prefix}, ${device})`, { pass, exclude: "[data-sonner-toaster]" });
        await admin.locator("#admin-todo-due").selectOption("overdue");
        await expect(todos.getByRole("listitem")).toHaveCount(1);
        await settle(admin);
        await section.screenshot({ path: `${screens}/${prefix}-${device}-admin-user-todos-overdue.png` });
      }
      await adminContext.close();
    });
  });
}
