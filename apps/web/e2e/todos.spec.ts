import { expect, test } from "./fixtures";
import { addTodo, logIn, signUpAndLogInByApi, signUpAndOpenTodos, toasts, todoCheckbox, todoCount, todoRows, trpcCall, whileCalling } from "./helpers";


test("add with Enter, edit in place, toggle, and it is all there after a reload", async ({ page }) => {
  await signUpAndOpenTodos(page);

  await addTodo(page, "Buy milk");
  await expect(page.getByLabel("New todo")).toHaveValue("");
  await addTodo(page, "Call the bank");
  await expect(todoRows(page)).toHaveText([/Call the bank/, /Buy milk/]);

  // Double-click to edit, Enter saves.
  await page.getByText("Buy milk", { exact: true }).dblclick();
  const milk = page.getByRole("textbox", { name: "Change “Buy milk”" });
  await expect(milk).toBeFocused();
  await milk.fill("Buy oat milk");
  await whileCalling(page, "todo.update", () => milk.press("Enter"));
  await expect(todoCheckbox(page, "Buy oat milk")).toBeVisible();

  // The Edit button, and leaving the field saves too.
  await page.getByRole("button", { name: "Edit “Call the bank”" }).click();
  await page.getByRole("textbox", { name: "Change “Call the bank”" }).fill("Call the bank before noon");
  await whileCalling(page, "todo.update", () => page.getByRole("heading", { name: "Todos", exact: true }).click());
  await expect(todoCheckbox(page, "Call the bank before noon")).toBeVisible();

  await whileCalling(page, "todo.toggle", () => todoCheckbox(page, "Buy oat milk").click());
  await expect(todoCheckbox(page, "Buy oat milk")).toBeChecked();
  await expect(todoCount(page, "done")).toHaveText("1");

  await page.reload();
  await expect(todoRows(page)).toHaveText([/Call the bank before noon/, /Buy oat milk/]);
  await expect(todoCheckbox(page, "Buy oat milk")).toBeChecked();
  await expect(todoCheckbox(page, "Call the bank before noon")).not.toBeChecked();
  await expect(todoCount(page, "all")).toHaveText("2");
  await expect(todoCount(page, "open")).toHaveText("1");
  await expect(todoCount(page, "done")).toHaveText("1");
});

test("filter tabs show counts and keep the filter in the URL", async ({ page }) => {
  await signUpAndOpenTodos(page);
  for (const contents of ["Water plants", "Pay rent", "Book dentist"]) await addTodo(page, contents);
  await whileCalling(page, "todo.toggle", () => todoCheckbox(page, "Pay rent").click());
  await expect(todoCheckbox(page, "Pay rent")).toBeChecked();

  const tabs = page.getByRole("navigation", { name: "Filter todos" });
  await expect(todoCount(page, "all")).toHaveText("3");
  await expect(todoCount(page, "open")).toHaveText("2");
  await expect(todoCount(page, "done")).toHaveText("1");
  await expect(tabs.getByRole("link", { name: /^All/ })).toHaveAttribute("aria-current", "page");

  await tabs.getByRole("link", { name: /^Open/ }).click();
  await expect(page).toHaveURL(/\/todos\?filter=open$/);
  await expect(tabs.getByRole("link", { name: /^Open/ })).toHaveAttribute("aria-current", "page");
  await expect(tabs.getByRole("link", { name: /^All/ })).not.toHaveAttribute("aria-current");
  await expect(todoRows(page)).toHaveText([/Book dentist/, /Water plants/]);

  await page.reload();
  await expect(page).toHaveURL(/\/todos\?filter=open$/);
  await expect(todoRows(page)).toHaveText([/Book dentist/, /Water plants/]);
  await expect(tabs.getByRole("link", { name: /^Open/ })).toHaveAttribute("aria-current", "page");

  await tabs.getByRole("link", { name: /^Done/ }).click();
  await expect(page).toHaveURL(/\/todos\?filter=done$/);
  await expect(todoRows(page)).toHaveText([/Pay rent/]);

  // Unticking in the Done view moves it out of the view at once.
  await whileCalling(page, "todo.toggle", () => todoCheckbox(page, "Pay rent").click());
  await expect(page.getByRole("heading", { name: "Nothing done yet" })).toBeVisible();
  await expect(todoCount(page, "done")).toHaveText("0");
  await expect(todoCount(page, "open")).toHaveText("3");

  await page.goBack();
  await expect(page).toHaveURL(/\/todos\?filter=open$/);
  await expect(todoRows(page)).toHaveText([/Book dentist/, /Pay rent/, /Water plants/]);

  await tabs.getByRole("link", { name: /^All/ }).click();
  await expect(page).toHaveURL(/\/todos$/);
  await expect(todoRows(page)).toHaveCount(3);

  // Nothing open is its own empty state.
  for (const contents of ["Water plants", "Pay rent", "Book dentist"]) {
    await whileCalling(page, "todo.toggle", () => todoCheckbox(page, contents).click());
  }
  await page.goto("/todos?filter=open");
  await expect(page.getByRole("heading", { name: "No open todos" })).toBeVisible();
});

test("delete shows a toast whose Undo puts the todo back in its place", async ({ page }) => {
  await signUpAndOpenTodos(page);
  for (const contents of ["First", "Second", "Third"]) await addTodo(page, contents);
  await whileCalling(page, "todo.toggle", () => todoCheckbox(page, "Second").click());
  await expect(todoCheckbox(page, "Second")).toBeChecked();

  await page.getByRole("button", { name: "Delete “Second”" }).click();
  await expect(todoCheckbox(page, "Second")).toHaveCount(0);
  await expect(todoCount(page, "all")).toHaveText("2");
  const toast = toasts(page).getByRole("listitem").filter({ hasText: "Deleted “Second”" });
  await expect(toast).toBeVisible();

  await whileCalling(page, "todo.restore", () => toast.getByRole("button", { name: "Undo" }).click());
  await expect(todoRows(page)).toHaveText([/Third/, /Second/, /First/]);
  await expect(todoCheckbox(page, "Second")).toBeChecked();
  await expect(todoCount(page, "all")).toHaveText("3");
  await expect(todoCount(page, "done")).toHaveText("1");

  await page.getByRole("button", { name: "Delete “First”" }).click();
  await expect(toasts(page).getByText("Deleted “First”")).toBeVisible();

  await page.reload();
  await expect(todoRows(page)).toHaveText([/Third/, /Second/]);
  await expect(todoCheckbox(page, "Second")).toBeChecked();
});

test("the shared rules refuse empty or overlong todos, in the field", async ({ page }) => {
  await signUpAndOpenTodos(page);
  const field = page.getByLabel("New todo");

  await field.fill("   ");
  await field.press("Enter");
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#new-todo-error")).toHaveText("Write what there is to do.");
  await field.fill("x".repeat(257));
  await field.press("Enter");
  await expect(page.locator("#new-todo-error")).toHaveText("Keep it to 256 characters.");
  await expect(todoRows(page)).toHaveCount(0);

  // Trimmed, as the server stores it.
  await field.fill("  Plan the trip  ");
  await field.press("Enter");
  await expect(todoCheckbox(page, "Plan the trip")).toBeEnabled();
  await expect(field).not.toHaveAttribute("aria-invalid");

  await page.getByRole("button", { name: "Edit “Plan the trip”" }).click();
  const edit = page.getByRole("textbox", { name: "Change “Plan the trip”" });
  await edit.fill("");
  await edit.press("Enter");
  await expect(edit).toHaveAttribute("aria-invalid", "true");
  await expect(todoRows(page).first()).toContainText("Write what there is to do.");

  // Escape gives up the change; focus goes back to the Edit button.
  await edit.press("Escape");
  await expect(edit).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Edit “Plan the trip”" })).toBeFocused();
  await page.reload();
  await expect(todoCheckbox(page, "Plan the trip")).toBeVisible();
});

test("works from the keyboard alone", async ({ page }) => {
  await signUpAndOpenTodos(page);
  await addTodo(page, "Older one");
  const field = page.getByLabel("New todo");
  await field.focus();
  await page.keyboard.type("Sort the mail");
  await page.keyboard.press("Enter");
  await expect(todoCheckbox(page, "Sort the mail")).toBeEnabled();

  // Field → Add → three filter tabs → the first row's move handle, checkbox, Add a subtask, Details, Edit, Delete.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Add", exact: true })).toBeFocused();
  for (let i = 0; i < 4; i += 1) await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Move “Sort the mail”" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(todoCheckbox(page, "Sort the mail")).toBeFocused();
  await whileCalling(page, "todo.toggle", () => page.keyboard.press("Space"));
  await expect(todoCheckbox(page, "Sort the mail")).toBeChecked();

  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Add a subtask to “Sort the mail”" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Details of “Sort the mail”" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Edit “Sort the mail”" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("textbox", { name: "Change “Sort the mail”" })).toBeFocused();
  await page.keyboard.press("End");
  await page.keyboard.type(" and bills");
  await whileCalling(page, "todo.update", () => page.keyboard.press("Enter"));
  await expect(page.getByRole("button", { name: "Edit “Sort the mail and bills”" })).toBeFocused();

  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Delete “Sort the mail and bills”" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(todoCheckbox(page, "Sort the mail and bills")).toHaveCount(0);
  // Focus stays in the list, on the next row's delete button.
  await expect(page.getByRole("button", { name: "Delete “Older one”" })).toBeFocused();
});

test("a refused change is rolled back with a message", async ({ page }) => {
  await signUpAndOpenTodos(page);
  await addTodo(page, "Fix the bike");

  // The server refuses, as it does for a subscriber.
  await page.route(trpcCall("todo.toggle"), (route) =>
    route.fulfill({
      status: 403,
      contentType: "application/json",
      body: JSON.stringify([
        {
          error: {
            json: {
              message: "Subscriber accounts are read-only and cannot keep todos.",
              code: -32003,
              data: { code: "FORBIDDEN", httpStatus: 403, path: "todo.toggle" },
            },
          },
        },
      ]),
    }),
  );
  await todoCheckbox(page, "Fix the bike").click();
  await expect(toasts(page).getByText("Subscriber accounts are read-only and cannot keep todos.")).toBeVisible();
  await expect(todoCheckbox(page, "Fix the bike")).not.toBeChecked();
  await expect(todoCount(page, "done")).toHaveText("0");

  // The connection drops: the new todo goes away again and its text is given back.
  await page.route(trpcCall("todo.create"), (route) => route.abort());
  await page.getByLabel("New todo").fill("Never saved");
  await page.getByLabel("New todo").press("Enter");
  await expect(page.getByLabel("New todo")).toHaveValue("Never saved");
  await expect(todoCheckbox(page, "Never saved")).toHaveCount(0);
  await expect(toasts(page).locator("[data-type=error]").first()).toBeVisible();
  await expect(todoCount(page, "all")).toHaveText("1");
});

test("another account does not see my todos", async ({ page }) => {
  await signUpAndOpenTodos(page);
  await addTodo(page, "My private errand");
  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page).toHaveURL(/\/login$/);

  await signUpAndLogInByApi(page);
  await page.goto("/todos");
  await expect(page.getByRole("heading", { name: "Nothing to do" })).toBeVisible();
  await expect(todoCount(page, "all")).toHaveText("0");
  await expect(page.getByText("My private errand")).toHaveCount(0);
});

test("a long list loads more on request", async ({ page }) => {
  await signUpAndOpenTodos(page);
  for (let i = 1; i <= 21; i += 1) await addTodo(page, `Task ${i}`);
  await page.reload();
  await expect(todoRows(page)).toHaveCount(20);
  await expect(todoRows(page).first()).toContainText("Task 21");
  await expect(todoCount(page, "all")).toHaveText("21");

  await page.getByRole("button", { name: "Load more" }).click();
  await expect(todoRows(page)).toHaveCount(21);
  await expect(todoRows(page).last()).toContainText("Task 1");
  await expect(page.getByRole("button", { name: "Load more" })).toHaveCount(0);
});

test("a subscriber sees a read-only list with a note and no add field", async ({ page }) => {
  await page.goto("/todos");
  await logIn(page, "viewer01", "viewer01-pass");
  await expect(page).toHaveURL(/\/todos$/);
  await expect(page.getByRole("note")).toContainText("Subscriber accounts follow other people’s calendars and cannot keep todos of their own.");
  await expect(page.getByLabel("New todo")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Nothing to do" })).toBeVisible();
  await expect(todoCount(page, "all")).toHaveText("0");
});
