import type { Page } from "@playwright/test";
import { axePassFor, expectNoAxeViolations } from "./axe";
import { expect, test } from "./fixtures";
import { holdRequests, loadingStatus, settle, signUpAndLogInByApi, trpcCall } from "./helpers";
import { addDays, createLabel, createProject, createTodo, rowOf, serverToday } from "./todo-views-helpers";

// Not assertions (apart from axe's): pictures of the todos screen's views,
// its details editor, its dialogs and its phone sheet, at desktop and phone
// widths, in English and Korean, light and dark, to look at
// (<E2E_OUTPUT_DIR>/screens/todo-views-*.png). axe finds no violations on any.

const outputDir = process.env.E2E_OUTPUT_DIR ?? "test-results";
const widths = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };

test.use({ timezoneId: "Asia/Seoul" });
test.describe.configure({ timeout: 420_000 });

const WORDS = {
  "en-US": {
    home: "Home",
    work: "Work",
    errand: "errand",
    calls: "calls",
    todos: ["Renew the passport", "Send the quarterly report", "Call the bank about the mortgage rate", "Water the plants", "Dentist appointment", "Plan the team offsite in March", "Buy a birthday present for Mina"],
    subtasks: ["Book the venue", "Ask everyone for dates"],
  },
  "ko-KR": {
    home: "집",
    work: "업무",
    errand: "심부름",
    calls: "전화",
    todos: ["여권 갱신하기", "분기 보고서 보내기", "대출 금리 문의 전화하기", "화분에 물 주기", "치과 예약", "3월 팀 워크숍 계획하기", "미나 생일 선물 사기"],
    subtasks: ["장소 예약하기", "모두에게 가능한 날짜 묻기"],
  },
} as const;

async function seed(page: Page, words: (typeof WORDS)[keyof typeof WORDS]) {
  const today = await serverToday(page);
  const home = await createProject(page, words.home, "green");
  const work = await createProject(page, words.work, "blue");
  const errand = await createLabel(page, words.errand, "orange");
  const calls = await createLabel(page, words.calls, "purple");
  const [passport, report, bank, plants, dentist, offsite, present] = words.todos;
  await createTodo(page, present, { projectId: home.id, labelIds: [errand.id] });
  const parent = await createTodo(page, offsite, { projectId: work.id, priority: 3 });
  await createTodo(page, words.subtasks[0], { parentId: parent.id });
  const done = await createTodo(page, words.subtasks[1], { parentId: parent.id });
  await page.request.post("/api/trpc/todo.toggle", { data: { json: { id: done.id } } });
  await createTodo(page, dentist, { dueOn: addDays(today, 3), dueTime: "10:30", projectId: home.id });
  await createTodo(page, plants, { dueOn: addDays(today, 1), labelIds: [errand.id] });
  await createTodo(page, bank, { dueOn: today, dueTime: "15:00", priority: 2, projectId: home.id, labelIds: [calls.id] });
  await createTodo(page, report, { dueOn: today, priority: 1, projectId: work.id });
  await createTodo(page, passport, { dueOn: addDays(today, -2), priority: 1, labelIds: [errand.id] });
  return { home, work, errand, calls, bank };
}

for (const locale of ["en-US", "ko-KR"] as const) {
  test.describe(locale, () => {
    test.use({ locale });
    test(`todo views in ${locale}`, async ({ page }) => {
      await signUpAndLogInByApi(page, "views");
      await page.goto("/todos");
      const words = WORDS[locale];
      const { work, calls } = await seed(page, words);
      const lang = locale.slice(0, 2);
      const name = (what: string, device: string, theme: string) => `${outputDir}/screens/todo-views-${what}-${device}-${lang}-${theme}.png`;
      const views = [
        ["today", "/todos?view=today"],
        ["upcoming", "/todos?view=upcoming"],
        ["project", `/todos?view=project&id=${work.id}`],
        ["all", "/todos"],
      ] as const;

      for (const [device, viewport] of Object.entries(widths)) {
        await page.setViewportSize(viewport);
        for (const theme of ["light", "dark"] as const) {
          await page.emulateMedia({ colorScheme: theme });
          for (const [what, url] of views) {
            await page.goto(url);
            await expect(page.getByTestId("todo-row").first()).toBeVisible();
            await settle(page);
            await page.screenshot({ path: name(what, device, theme), fullPage: true });
            await expectNoAxeViolations(page, `todo views ${what} ${locale} (${device}, ${theme})`, { pass: axePassFor(theme), exclude: "[data-sonner-toaster]" });
          }

          // The details editor of a todo with a time (reminders shown).
          await page.goto("/todos?view=today");
          await rowOf(page, words.todos[2]).getByTestId("details-button").click();
          await expect(page.getByTestId("todo-details")).toBeVisible();
          await settle(page);
          await page.screenshot({ path: name("details", device, theme), fullPage: false });
          await expectNoAxeViolations(page, `todo details ${locale} (${device}, ${theme})`, { pass: axePassFor(theme), exclude: "[data-sonner-toaster]" });
          await page.keyboard.press("Escape");

          // An empty view, and its hint.
          await page.goto(`/todos?view=label&id=${calls.id}&filter=done`);
          await expect(page.getByRole("heading", { level: 2 }).last()).toBeVisible();
          await settle(page);
          await page.screenshot({ path: name("empty", device, theme), fullPage: false });

          if (device === "phone") {
            await page.goto("/todos?view=today");
            await page.getByTestId("open-views").click();
            await expect(page.getByTestId("views-sheet")).toBeVisible();
            await settle(page);
            await page.screenshot({ path: name("sheet", device, theme), fullPage: false });
            await expectNoAxeViolations(page, `views sheet ${locale} (${device}, ${theme})`, { pass: axePassFor(theme), exclude: "[data-sonner-toaster]" });
            await page.keyboard.press("Escape");
          }

          if (theme === "light") {
            // The dialogs that ask: a project's todos, a todo's subtasks.
            await page.goto(`/todos?view=project&id=${work.id}`);
            await expect(page.getByTestId("todo-row").first()).toBeVisible();
            await page.getByTestId("delete-view").click();
            await expect(page.getByTestId("delete-project-dialog")).toBeVisible();
            await settle(page);
            await page.screenshot({ path: name("delete-project", device, theme), fullPage: false });
            await expectNoAxeViolations(page, `delete project ${locale} (${device})`, { exclude: "[data-sonner-toaster]" });
            await page.keyboard.press("Escape");
            await page.goto(`/todos?view=project&id=${work.id}`);
            await rowOf(page, words.todos[5]).getByTestId("details-button").first().click();
            await page.getByTestId("details-delete").click();
            await expect(page.getByTestId("delete-todo-dialog")).toBeVisible();
            await settle(page);
            await page.screenshot({ path: name("delete-subtasks", device, theme), fullPage: false });
            await page.keyboard.press("Escape");
            // The skeleton while a view loads.
            const release = await holdRequests(page, trpcCall("todo.list"));
            await page.goto("/todos?view=upcoming");
            await expect(loadingStatus(page, lang === "ko" ? "할 일을 불러오는 중" : "Loading todos")).toBeVisible();
            await page.screenshot({ path: name("loading", device, theme), fullPage: false });
            await release();
          }
        }
      }

      // A new account's Today: nothing due, and what adding does there.
      await signUpAndLogInByApi(page, "fresh");
      for (const [device, viewport] of Object.entries(widths)) {
        await page.setViewportSize(viewport);
        for (const theme of ["light", "dark"] as const) {
          await page.emulateMedia({ colorScheme: theme });
          await page.goto("/todos?view=today");
          await expect(page.getByTestId("todo-count-all")).toHaveText("0");
          await settle(page);
          await page.screenshot({ path: name("empty-today", device, theme), fullPage: false });
          await expectNoAxeViolations(page, `empty today ${locale} (${device}, ${theme})`, { pass: axePassFor(theme), exclude: "[data-sonner-toaster]" });
        }
      }
    });
  });
}
