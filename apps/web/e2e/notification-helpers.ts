import { expect, type Page } from "@playwright/test";

// Reminders through the server's test clock (POST /api/test/clock, only with
// PLANNER_TEST_HOOKS=1). The clock only moves forward and is shared by every
// spec in the run, so times are always taken from the server's own `now`.

export const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const SLOT_MS = 30 * 60_000;

type ClockAnswer = { now: Date; claimed: number; delivered: number; skipped: number };

/** Moves the server's clock forward (0 only reads it) and runs the reminder worker at once. */
export async function advanceServerClock(page: Page, advanceMs: number): Promise<ClockAnswer> {
  const response = await page.request.post("/api/test/clock", { data: { advanceMs: Math.max(0, Math.round(advanceMs)) } });
  expect(response.ok(), await response.text()).toBe(true);
  const body = (await response.json()) as { now: string; claimed: number; delivered: number; skipped: number };
  return { ...body, now: new Date(body.now) };
}

export async function serverNow(page: Page): Promise<Date> {
  return (await advanceServerClock(page, 0)).now;
}

/** The first 30-minute grid point (UTC) at or after `date`. */
export function onGrid(date: Date): Date {
  return new Date(Math.ceil(date.getTime() / SLOT_MS) * SLOT_MS);
}

/** Creates a schedule as the page's logged-in user, through tRPC's HTTP API (superjson on the wire). */
export async function createSchedule(page: Page, title: string, startAt: Date, minutes = 60) {
  const endAt = new Date(startAt.getTime() + minutes * 60_000);
  const response = await page.request.post("/api/trpc/schedule.create", {
    data: {
      json: { title, startAt: startAt.toISOString(), endAt: endAt.toISOString() },
      meta: { values: { startAt: ["Date"], endAt: ["Date"] } },
    },
  });
  expect(response.ok(), await response.text()).toBe(true);
  const body = (await response.json()) as { result: { data: { json: { id: string; title: string; startAt: string } } } };
  expect(body.result.data.json.title).toBe(title);
  expect(body.result.data.json.startAt).toBe(startAt.toISOString());
  return body.result.data.json;
}

/** The logged-in user's own schedules (first page). */
export async function listSchedules(page: Page): Promise<{ id: string; title: string }[]> {
  const input = encodeURIComponent(JSON.stringify({ json: {} }));
  const response = await page.request.get(`/api/trpc/schedule.list?input=${input}`);
  expect(response.ok(), await response.text()).toBe(true);
  const body = (await response.json()) as { result: { data: { json: { items: { id: string; title: string }[] } } } };
  return body.result.data.json.items;
}

export async function deleteSchedule(page: Page, id: string) {
  const response = await page.request.post("/api/trpc/schedule.delete", { data: { json: { id } } });
  expect(response.ok(), await response.text()).toBe(true);
}

/** A schedule starting `hoursAhead` (on the grid) after the server's now, so it gets a reminder. */
export async function createRemindedSchedule(page: Page, title: string, hoursAhead = 48): Promise<Date> {
  const startAt = onGrid(new Date((await serverNow(page)).getTime() + hoursAhead * HOUR_MS));
  await createSchedule(page, title, startAt);
  return startAt;
}

/** Moves the server's clock just past the reminder of a schedule starting at `startAt` (24 hours before it). */
export async function advanceToReminderOf(page: Page, startAt: Date): Promise<ClockAnswer> {
  const now = await serverNow(page);
  const remindAt = startAt.getTime() - DAY_MS;
  return advanceServerClock(page, Math.max(0, remindAt - now.getTime()) + 60_000);
}

/** YYYY-MM-DD in UTC (the spec's browser time zone). */
export function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function bell(page: Page) {
  return page.getByRole("banner").getByRole("button", { name: /^Notifications/ });
}

/** The badge on the bell (absent at 0). */
export function bellCount(page: Page) {
  return page.getByTestId("notification-count");
}

export function notificationPanel(page: Page) {
  return page.getByRole("dialog", { name: "Notifications" });
}

export function notificationRows(page: Page) {
  return notificationPanel(page).getByRole("listitem");
}

export function notificationRow(page: Page, text: string) {
  return notificationRows(page).filter({ hasText: text });
}

/** What a returning tab does: the bell asks for its count again (TanStack Query listens to visibilitychange). */
export async function comeBackToTab(page: Page) {
  await page.evaluate(() => document.dispatchEvent(new Event("visibilitychange", { bubbles: true })));
}
