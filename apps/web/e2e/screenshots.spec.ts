import { expect, test } from "./fixtures";
import { addTodo, holdRequests, loadingStatus, logInByApi, settle, signUpAndOpenTodos, toasts, todoCheckbox, todoCount, todoRows, trpcCall, whileCalling } from "./helpers";
import { openCalendar } from "./calendar-helpers";

// Not assertions: pictures of each page at desktop and phone widths, to look at
// (test-results/screens/). A page must look finished before it is called done.
const widths = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };

for (const [device, viewport] of Object.entries(widths)) {
  test(`screens at ${device} width`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto("/login");
    await page.screenshot({ path: `test-results/screens/${device}-login.png`, fullPage: true });
    await page.goto("/signup");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.screenshot({ path: `test-results/screens/${device}-signup-errors.png`, fullPage: true });
    await logInByApi(page, "admin", "admin-pass-1");
    await page.goto("/calendar");
    await page.screenshot({ path: `test-results/screens/${device}-calendar.png`, fullPage: true });
  });
}

for (const [device, viewport] of Object.entries(widths)) {
  test(`todos at ${device} width`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await signUpAndOpenTodos(page);
    await page.screenshot({ path: `test-results/screens/${device}-todos-empty.png`, fullPage: true });

    for (const contents of ["Renew the passport", "Buy milk", "Call the bank about the mortgage offer before Friday", "Water the plants"]) {
      await addTodo(page, contents);
    }
    await whileCalling(page, "todo.toggle", () => todoCheckbox(page, "Buy milk").click());
    await expect(todoCount(page, "done")).toHaveText("1");
    await page.screenshot({ path: `test-results/screens/${device}-todos.png`, fullPage: true });

    // Keyboard focus: New todo → Add → three tabs → the first row's move handle → its checkbox.
    await page.getByLabel("New todo").focus();
    for (let i = 0; i < 6; i += 1) await page.keyboard.press("Tab");
    await page.screenshot({ path: `test-results/screens/${device}-todos-focus.png`, fullPage: true });

    await page.getByRole("button", { name: "Edit “Water the plants”" }).click();
    await page.getByRole("textbox", { name: "Change “Water the plants”" }).fill("");
    await page.keyboard.press("Enter");
    await page.getByLabel("New todo").fill(" ");
    await page.getByLabel("New todo").press("Enter");
    await page.screenshot({ path: `test-results/screens/${device}-todos-errors.png`, fullPage: true });
    await page.getByLabel("New todo").fill("");
    await page.getByRole("textbox", { name: "Change “Water the plants”" }).press("Escape");

    if (device === "phone") {
      // Phones keep a row's delete in its details (the row has room for two buttons).
      await page.getByRole("button", { name: "Details of “Renew the passport”" }).click();
      await page.getByRole("button", { name: "Delete todo" }).click();
    } else {
      await page.getByRole("button", { name: "Delete “Renew the passport”" }).click();
    }
    await expect(toasts(page).getByText("Deleted “Renew the passport”")).toBeVisible();
    await settle(page); // the toast slides in
    await page.screenshot({ path: `test-results/screens/${device}-todos-deleted.png` });

    await page.goto("/todos?filter=done");
    await expect(todoRows(page)).toHaveCount(1);
    await page.screenshot({ path: `test-results/screens/${device}-todos-done.png`, fullPage: true });

    // The skeleton, held on screen by a slow answer.
    const release = await holdRequests(page, trpcCall("todo.list"));
    await page.goto("/todos?filter=open");
    await expect(loadingStatus(page, "Loading todos…")).toBeVisible();
    await page.screenshot({ path: `test-results/screens/${device}-todos-loading.png`, fullPage: true });
    await release();

    await page.getByRole("button", { name: "Log out" }).click();
    await page.waitForURL(/\/login/);
    await logInByApi(page, "viewer01", "viewer01-pass");
    await page.goto("/todos");
    await expect(page.getByRole("heading", { name: "Nothing to do" })).toBeVisible();
    await page.screenshot({ path: `test-results/screens/${device}-todos-subscriber.png`, fullPage: true });
  });
}

// The main pages in Korean on a dark device and in English on a light one, at
// both widths: to look at both themes and languages side by side. The demo
// accounts follow the browser's language and the device's scheme.
for (const [locale, colorScheme] of [["ko-KR", "dark"], ["en-US", "light"]] as const) {
  test.describe(`${locale} ${colorScheme}`, () => {
    test.use({ locale, colorScheme });
    test(`main pages in ${locale}, ${colorScheme}`, async ({ page }) => {
      const name = (device: string, screen: string) => `test-results/screens/${locale.slice(0, 2)}-${colorScheme}-${device}-${screen}.png`;
      await logInByApi(page, "user01", "user01-pass");
      for (const [device, viewport] of Object.entries(widths)) {
        await page.setViewportSize(viewport);
        for (const view of ["week", "month"]) {
          await openCalendar(page, `view=${view}`);
          await settle(page);
          await page.screenshot({ path: name(device, `calendar-${view}`), fullPage: true });
        }
        for (const path of ["/todos", "/settings"]) {
          await page.goto(path);
          await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
          await settle(page);
          await page.screenshot({ path: name(device, path.slice(1)), fullPage: true });
        }
      }
      await logInByApi(page, "viewer01", "viewer01-pass");
      await page.setViewportSize(widths.desktop);
      await openCalendar(page, "view=week");
      await settle(page);
      await page.screenshot({ path: name("desktop", "subscriber-week"), fullPage: true });
    });
  });
}
