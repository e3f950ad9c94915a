import type { APIRequestContext, Page } from "@playwright/test";
import { calendarEvent, createSchedulesViaApi, openCalendar, scheduleDialog, utcDate } from "./calendar-helpers";
import { expect, test } from "./fixtures";
import { addTodo, signUpAndLogInByApi, toasts, todoCheckbox, trpcCall } from "./helpers";

// The service worker is what these tests are about (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: "allow" });

// Issue 16, item 4: an installable app that reads offline. The service worker
// is the production build's (public/sw.js).

/** Width and height from a PNG's header (IHDR). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function manifestOf(request: APIRequestContext, query = "") {
  const response = await request.get(`/manifest.webmanifest${query}`);
  expect(response.ok()).toBe(true);
  expect(response.headers()["content-type"]).toContain("application/manifest+json");
  return (await response.json()) as { name: string; short_name: string; start_url: string; display: string; scope: string; icons: { src: string; sizes: string; type: string; purpose: string }[] };
}

test("the manifest has what installing needs: names in the page's language, PNG icons of 192 and 512, start address, standalone", async ({ request }) => {
  const manifest = await manifestOf(request);
  expect(manifest).toMatchObject({ name: "Planner: calendar and todos", short_name: "Planner", start_url: "/calendar", scope: "/", display: "standalone" });
  for (const size of [192, 512]) {
    const icons = manifest.icons.filter((icon) => icon.sizes === `${size}x${size}`);
    expect(icons.map((icon) => icon.purpose).sort()).toEqual(["any", "maskable"]);
    for (const icon of icons) {
      const image = await request.get(icon.src);
      expect(image.headers()["content-type"], icon.src).toBe("image/png");
      expect(pngSize(await image.body()), icon.src).toEqual({ width: size, height: size });
    }
  }
  expect((await manifestOf(request, "?lang=ko")).name).toBe("Planner: 일정과 할 일");
});

/** Waits until the service worker controls the page (it installs after the first load), then loads the page again through it. */
async function reloadThroughWorker(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
  await page.reload();
}

const banner = (page: Page) => page.getByTestId("offline-banner");
const personalCaches = (page: Page) => page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith("planner-personal-")));

test("offline: the last calendar and todos, read-only, typed text kept; back online it refreshes; after log-out none of it is left", async ({ page, context }) => {
  await signUpAndLogInByApi(page, "offline");
  const today = utcDate();
  await createSchedulesViaApi(page, [{ title: "Standup kept offline", startAt: `${today}T10:00:00Z`, endAt: `${today}T10:30:00Z` }]);
  await page.goto("/todos");
  await reloadThroughWorker(page);
  await addTodo(page, "Groceries kept offline");
  await page.goto("/todos"); // the list as it now is, through the worker
  await expect(todoCheckbox(page, "Groceries kept offline")).toBeVisible();
  await openCalendar(page, `view=week&date=${today}`);
  await expect(calendarEvent(page, "Standup kept offline")).toBeVisible();

  await context.setOffline(true);
  await expect(banner(page)).toContainText(/^Offline: showing what was loaded at \d{1,2}:\d{2}\s(AM|PM)\. Read-only until you're back online\.$/);
  // The page opens again offline, from the worker's copies.
  const range = page.waitForResponse((response) => trpcCall("schedule.range")(new URL(response.url())));
  await page.reload();
  expect((await range).headers()["x-planner-saved-at"], "the range from the worker's copy").toBeTruthy();
  await expect(calendarEvent(page, "Standup kept offline")).toBeVisible();
  await expect(banner(page)).toContainText("Offline: showing what was loaded at");

  // A new schedule is refused, clearly, and the dialog keeps what was typed.
  await page.getByRole("button", { name: "New schedule" }).first().click();
  const dialog = scheduleDialog(page);
  await dialog.getByLabel("Title").fill("Planned offline");
  await dialog.getByRole("button", { name: "Add schedule" }).click();
  await expect(dialog.getByTestId("form-alert")).toHaveText("You're offline, so nothing was changed. Try again once you're back online.");
  await expect(dialog.getByLabel("Title")).toHaveValue("Planned offline");
  await page.keyboard.press("Escape");

  // The todo list opens offline too, from the header's link; a new todo is refused and stays in the box.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Todos" }).click();
  await expect(page).toHaveURL(/\/todos$/);
  await expect(todoCheckbox(page, "Groceries kept offline")).toBeVisible();
  const box = page.getByLabel("New todo");
  await box.fill("Buy bread");
  await box.press("Enter");
  await expect(toasts(page)).toContainText("You're offline, so nothing was changed.");
  await expect(box).toHaveValue("Buy bread");
  await expect(todoCheckbox(page, "Buy bread")).toHaveCount(0);

  // Meanwhile, elsewhere: a todo added from another device.
  const elsewhere = await page.request.post("/api/trpc/todo.create", { data: { json: { contents: "Added on the phone" } } });
  expect(elsewhere.ok()).toBe(true);
  await context.setOffline(false);
  await expect(banner(page)).toHaveCount(0);
  await expect(todoCheckbox(page, "Added on the phone")).toBeVisible();
  await box.press("Enter");
  await expect(todoCheckbox(page, "Buy bread")).toBeEnabled();

  // Log out: this browser keeps none of it; offline, the next person gets the offline page, never the last one's data.
  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page).toHaveURL(/\/login/);
  expect(await personalCaches(page)).toEqual([]);
  await context.setOffline(true);
  for (const path of ["/login", "/calendar", "/todos"]) {
    await page.goto(path);
    await expect(page.getByTestId("offline-page"), path).toContainText("You're offline");
    await expect(page.getByText(/kept offline|Added on the phone|Buy bread/), path).toHaveCount(0);
  }
  await context.setOffline(false);
});
