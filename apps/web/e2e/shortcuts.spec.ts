import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { openCalendar, scheduleDialog, signUpForCalendar } from "./calendar-helpers";
import { addTodo, logInByApi, todoCheckbox } from "./helpers";

// The keyboard shortcuts of the calendar and the lists, and the ? dialog that
// lists them; none of them fires while typing in a field.

const url = (page: Page) => new URL(page.url());
const query = (page: Page, name: string) => url(page).searchParams.get(name);

/** A key as a Korean (두벌식) keyboard sends it: the jamo it types, from the same key as the Latin letter. */
async function pressOnKoreanLayout(page: Page, key: string, code: string) {
  await page.evaluate(
    ([k, c]) => {
      for (const type of ["keydown", "keyup"]) document.dispatchEvent(new KeyboardEvent(type, { key: k, code: c, bubbles: true }));
    },
    [key, code],
  );
}

test("calendar: c, t, d / w / m, j / k and arrows, a; typing c in the title types a c", async ({ page }) => {
  await signUpForCalendar(page);
  await openCalendar(page, "view=week&date=2026-12-02");
  const keyboard = page.keyboard;

  await keyboard.press("m");
  await expect.poll(() => query(page, "view")).toBe("month");
  await expect(page.getByTestId("calendar")).toHaveAttribute("data-view", "month");
  await keyboard.press("j");
  await expect.poll(() => query(page, "date")).toBe("2027-01-02");
  await keyboard.press("k");
  await expect.poll(() => query(page, "date")).toBe("2026-12-02");
  await keyboard.press("d");
  await expect.poll(() => query(page, "view")).toBe("day");
  await keyboard.press("ArrowRight");
  await expect.poll(() => query(page, "date")).toBe("2026-12-03");
  await keyboard.press("ArrowLeft");
  await keyboard.press("ArrowLeft");
  await expect.poll(() => query(page, "date")).toBe("2026-12-01");
  // The hours scroll inside the day: a keyboard can reach them even with nothing to tab to,
  // and the arrow keys scroll them from there.
  const hours = page.locator(".fc-scroller:has(> .fc-timegrid-body)");
  await page.locator(".fc-timegrid-col[data-date]").first().focus();
  const top = await hours.evaluate((element) => element.scrollTop);
  await keyboard.press("ArrowDown");
  await expect.poll(() => hours.evaluate((element) => element.scrollTop)).toBeGreaterThan(top);
  await page.locator("body").click({ position: { x: 5, y: 5 } });
  await keyboard.press("w");
  await expect.poll(() => query(page, "view")).toBe("week");
  const today = await page.evaluate(() => new Intl.DateTimeFormat("en-CA", { timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone }).format(new Date()));
  await keyboard.press("t");
  await expect.poll(() => query(page, "date")).toBe(today);

  // c opens a new schedule; in its title field, c is just a letter.
  await keyboard.press("c");
  const dialog = scheduleDialog(page);
  await expect(dialog.getByRole("heading", { name: "New schedule" })).toBeVisible();
  const title = dialog.getByLabel("Title");
  await title.fill("");
  await title.pressSequentially("cmwdtjk");
  await expect(title).toHaveValue("cmwdtjk");
  await expect(dialog).toHaveCount(1);
  expect(query(page, "view")).toBe("week");
  // Behind an open dialog, the calendar's keys do nothing either.
  await dialog.getByRole("button", { name: "Cancel" }).focus();
  await keyboard.press("m");
  expect(query(page, "view")).toBe("week");
  await keyboard.press("Escape");
  await expect(dialog).toBeHidden();

  // With Ctrl or ⌘ held, the browser's own shortcuts win.
  await keyboard.press("Control+m");
  expect(query(page, "view")).toBe("week");

  await keyboard.press("a");
  await expect(page).toHaveURL(/\/schedules$/);
});

test("lists: j / k move down and up the rows, c goes to the new todo, / to the admin's search", async ({ page }) => {
  await signUpForCalendar(page);
  await page.goto("/todos");
  for (const contents of ["First", "Second", "Third"]) await addTodo(page, contents);
  await page.locator("body").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("j");
  await expect(todoCheckbox(page, "Third")).toBeFocused();
  await page.keyboard.press("j");
  await expect(todoCheckbox(page, "Second")).toBeFocused();
  await page.keyboard.press("k");
  await expect(todoCheckbox(page, "Third")).toBeFocused();
  await page.keyboard.press("c");
  await expect(page.getByLabel("New todo")).toBeFocused();
  await page.keyboard.type("c");
  await expect(page.getByLabel("New todo")).toHaveValue("c");

  await logInByApi(page, "admin", "admin-pass-1");
  await page.goto("/admin");
  await expect(page.getByRole("table").locator("[data-list-item]").first()).toBeVisible();
  await page.keyboard.press("/");
  await expect(page.getByRole("searchbox")).toBeFocused();
  await expect(page.getByRole("searchbox")).toHaveValue("");
});

test.describe("in Korean", () => {
  test.use({ locale: "ko-KR", colorScheme: "dark" });

  test("? lists the shortcuts in Korean, and the keys work from a Korean keyboard layout", async ({ page }) => {
    await signUpForCalendar(page);
    await openCalendar(page, "view=week&date=2026-12-02");
    await page.keyboard.press("Shift+?");
    const help = page.getByTestId("shortcuts-dialog");
    await expect(help.getByRole("heading", { name: "단축키" })).toBeVisible();
    await expect(help.getByText("새 일정")).toBeVisible();
    await expect(help.getByText("월 보기")).toBeVisible();
    await page.screenshot({ path: "test-results/screens/ko-shortcuts.png" });
    await page.keyboard.press("Escape");
    await expect(help).toBeHidden();

    await pressOnKoreanLayout(page, "ㅡ", "KeyM");
    await expect.poll(() => query(page, "view")).toBe("month");
  });
});
