import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { signUpAndLogInByApi, toasts, whileCalling } from "./helpers";

// Quick add: the new-todo field reads dates, times, p1..p4, #project and @label
// as they are typed (highlighted in place, said in words under the field), and
// Enter saves them as the todo's fields, creating the project and labels that
// do not exist yet. The account is in Seoul, so "tomorrow 3pm" is 06:00 UTC.
test.use({ timezoneId: "Asia/Seoul" });

/** Seoul's calendar date `days` after today's. */
function seoulDate(days: number): string {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Seoul" }).format(new Date());
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

type SavedTodo = {
  contents: string;
  dueOn: string | null;
  dueAt: string | null;
  priority: number;
  project: { name: string } | null;
  labels: { name: string }[];
};

/** The account's todos as the server keeps them (todo.list over tRPC, with the page's cookie). */
async function savedTodos(page: Page): Promise<SavedTodo[]> {
  const input = encodeURIComponent(JSON.stringify({ json: { view: "all", filter: "all", limit: 20 } }));
  const response = await page.request.get(`/api/trpc/todo.list?input=${input}`);
  expect(response.ok(), await response.text()).toBe(true);
  return ((await response.json()) as { result: { data: { json: { items: SavedTodo[] } } } }).result.data.json.items;
}

function highlights(page: Page) {
  return page.getByTestId("quick-add-highlights").locator("mark");
}

test("English: highlights what it reads, creates the names, saves the fields", async ({ page }) => {
  await signUpAndLogInByApi(page, "qa_en");
  await page.goto("/todos");
  const field = page.getByLabel("New todo");
  await expect(page.getByText("Type a date or time, p1–p4, #project or @label")).toBeVisible();

  await field.fill("tomorrow 3pm call mom p1 #home @phone");
  await expect(highlights(page)).toHaveText(["tomorrow", "3pm", "p1", "#home", "@phone"]);
  await expect(highlights(page).first()).toHaveAttribute("data-kind", "date");
  await expect(page.getByTestId("quick-add-chips")).toContainText("tomorrow 15:00");
  await expect(field).toHaveAccessibleDescription(
    "Understood: Due tomorrow 15:00 · P1 · #home (new project) · @phone (new label) New names are created when you add the todo.",
  );

  await whileCalling(page, "todo.create", () => field.press("Enter"));
  await expect(field).toHaveValue("");
  await expect(toasts(page)).toContainText("Created the project home.");
  await expect(toasts(page)).toContainText("Created the label phone.");
  await expect(page.getByRole("checkbox", { name: /“call mom”/ })).toBeEnabled();

  // Names that exist now are not offered again; a plain number stays text.
  await field.fill("buy 2 apples friday #Home");
  await expect(highlights(page)).toHaveText(["friday", "#Home"]);
  await expect(field).toHaveAccessibleDescription(/^Understood: Due .+ · #home$/);
  await whileCalling(page, "todo.create", () => field.press("Enter"));
  await expect(page.getByRole("checkbox", { name: /“buy 2 apples”/ })).toBeEnabled();

  await page.reload();
  await expect(page.getByRole("checkbox", { name: /“call mom”/ })).toBeVisible();
  const saved = await savedTodos(page);
  expect(saved.find((todo) => todo.contents === "call mom")).toMatchObject({
    dueOn: seoulDate(1),
    dueAt: new Date(`${seoulDate(1)}T06:00:00Z`).toISOString(),
    priority: 1,
    project: { name: "home" },
    labels: [{ name: "phone" }],
  });
  expect(saved.find((todo) => todo.contents === "buy 2 apples")).toMatchObject({ dueAt: null, priority: 4, project: { name: "home" }, labels: [] });
});

test("the highlights stay under their words when a long text scrolls the field", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signUpAndLogInByApi(page, "qa_scroll");
  await page.goto("/todos");
  const field = page.getByLabel("New todo");
  await field.fill("tomorrow 3pm call mom about the holiday plans and the flights p1 #home @phone");
  await field.press("End");
  const scrolled = () =>
    page.evaluate(() => [document.querySelector("#new-todo")!.scrollLeft, document.querySelector("[data-testid=quick-add-highlights]")!.scrollLeft]);
  await expect.poll(async () => (await scrolled())[0]).toBeGreaterThan(0);
  await expect.poll(async () => new Set(await scrolled()).size).toBe(1);
  await field.press("Home");
  await expect.poll(scrolled).toEqual([0, 0]);
});

test.describe("in Korean", () => {
  test.use({ locale: "ko-KR" });

  test("Korean and English phrases, highlighted and saved", async ({ page }) => {
    await signUpAndLogInByApi(page, "qa_ko");
    await page.goto("/todos");
    const field = page.locator("#new-todo");

    await field.fill("내일 오후 3시 보고서 제출 p1 #업무");
    await expect(highlights(page)).toHaveText(["내일", "오후 3시", "p1", "#업무"]);
    await expect(field).toHaveAccessibleDescription(
      "알아본 내용: 마감 내일 15:00 · P1 · #업무 (새 프로젝트) 새 이름은 할 일을 추가할 때 만들어집니다.",
    );
    await whileCalling(page, "todo.create", () => field.press("Enter"));
    await expect(toasts(page)).toContainText("새 프로젝트를 만들었습니다: 업무");
    await expect(page.getByRole("checkbox", { name: /보고서 제출/ })).toBeEnabled();

    // English works for Korean users too, mixed with Korean.
    await field.fill("모레 9am 운동 @건강");
    await expect(highlights(page)).toHaveText(["모레", "9am", "@건강"]);
    await whileCalling(page, "todo.create", () => field.press("Enter"));
    await expect(page.getByRole("checkbox", { name: /운동/ })).toBeEnabled();

    await page.reload();
    await expect(page.getByRole("checkbox", { name: /보고서 제출/ })).toBeVisible();
    const saved = await savedTodos(page);
    expect(saved.find((todo) => todo.contents === "보고서 제출")).toMatchObject({
      dueOn: seoulDate(1),
      dueAt: new Date(`${seoulDate(1)}T06:00:00Z`).toISOString(),
      priority: 1,
      project: { name: "업무" },
      labels: [],
    });
    expect(saved.find((todo) => todo.contents === "운동")).toMatchObject({
      dueOn: seoulDate(2),
      dueAt: new Date(`${seoulDate(2)}T00:00:00Z`).toISOString(),
      project: null,
      labels: [{ name: "건강" }],
    });
  });
});
