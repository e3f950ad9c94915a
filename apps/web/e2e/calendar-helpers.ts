import { expect, type Locator, type Page } from "@playwright/test";
import { signUpAndLogInByApi, whileCalling } from "./helpers";

// Helpers of the calendar specs. FullCalendar's own markup is the map:
// `.fc-timegrid-col[data-date]` is a day's column, `.fc-timegrid-slot-lane[data-time]`
// a half-hour row, `.fc-event` an event.

/** Signs up a fresh account (in the browser's zone, over HTTP) and logs it in; open a page next. */
export async function signUpForCalendar(page: Page): Promise<string> {
  return signUpAndLogInByApi(page, "cal");
}

/** Opens the calendar on a view and date and waits for the window's schedules. */
export async function openCalendar(page: Page, query: string) {
  await whileCalling(page, "schedule.range", async () => {
    await page.goto(`/calendar?${query}`);
  });
  await expect(page.getByTestId("calendar").locator(".fc-view")).toBeVisible();
}

/** The event of a schedule, by its exact title. */
export function calendarEvent(page: Page, title: string): Locator {
  return page.locator(".fc-event").filter({ has: page.locator(".schedule-event-title", { hasText: new RegExp(`^(Done: )?${escape(title)}$`) }) });
}

export function scheduleDialog(page: Page): Locator {
  return page.getByTestId("schedule-dialog");
}

/** The middle of a half-hour slot ("10:30") in a day's column of the week or day view, scrolled into sight. */
export async function slotPoint(page: Page, date: string, time: string): Promise<{ x: number; y: number }> {
  const lane = page.locator(`.fc-timegrid-slot-lane[data-time="${time}:00"]`);
  await lane.scrollIntoViewIfNeeded();
  const column = page.locator(`.fc-timegrid-col[data-date="${date}"]`);
  const laneBox = await lane.boundingBox();
  const columnBox = await column.boundingBox();
  if (!laneBox || !columnBox) throw new Error(`No slot ${date} ${time} on screen`);
  return { x: columnBox.x + columnBox.width / 2, y: laneBox.y + laneBox.height / 2 };
}

export async function clickSlot(page: Page, date: string, time: string) {
  const point = await slotPoint(page, date, time);
  await page.mouse.click(point.x, point.y);
}

/** Drags the pointer in small steps, as a hand would (FullCalendar needs the moves in between). */
export async function dragBetween(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x, from.y + 4, { steps: 2 });
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}

/** Drags a schedule by its first half hour onto the slot of another date and time. */
export async function dragSchedule(page: Page, title: string, date: string, time: string) {
  const event = calendarEvent(page, title);
  await event.scrollIntoViewIfNeeded();
  const target = await slotPoint(page, date, time);
  const box = await event.boundingBox();
  if (!box) throw new Error(`${title} is not on screen`);
  await dragBetween(page, { x: box.x + box.width / 2, y: box.y + 6 }, { x: target.x, y: target.y - 6 });
}

/** Drags a schedule's bottom edge down (or up) by whole half-hour slots. */
export async function resizeSchedule(page: Page, title: string, slots: number) {
  const event = calendarEvent(page, title);
  // In the middle of the window: the drag goes below the event, and must stay inside the window.
  await event.evaluate((element) => element.scrollIntoView({ block: "center" }));
  await event.hover();
  const handle = event.locator(".fc-event-resizer-end");
  const box = await handle.boundingBox();
  const lane = await page.locator(".fc-timegrid-slot-lane").first().boundingBox();
  if (!box || !lane) throw new Error(`${title} cannot be resized`);
  // From just above the event's bottom line, so both ends of the drag sit inside a slot, not on a line.
  const from = { x: box.x + box.width / 2, y: box.y + box.height / 2 - 3 };
  await dragBetween(page, from, { x: from.x, y: from.y + slots * lane.height });
}

/** Clicks a slot, names the new schedule and saves it; waits until it is on the calendar. */
export async function createScheduleAt(page: Page, date: string, time: string, title: string) {
  await clickSlot(page, date, time);
  const dialog = scheduleDialog(page);
  await expect(dialog.getByRole("heading", { name: "New schedule" })).toBeVisible();
  await dialog.getByLabel("Title").fill(title);
  await whileCalling(page, "schedule.create", () => dialog.getByRole("button", { name: "Add schedule" }).click());
  await expect(dialog).toHaveCount(0);
  await expect(calendarEvent(page, title)).toBeVisible();
}

/** Opens a schedule's dialog by clicking it on the calendar. */
export async function openSchedule(page: Page, title: string): Promise<Locator> {
  await calendarEvent(page, title).click();
  const dialog = scheduleDialog(page);
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Creates schedules straight through the API (quicker than the calendar, for lists): superjson over HTTP. */
export async function createSchedulesViaApi(page: Page, schedules: { title: string; startAt: string; endAt: string; memo?: string }[]) {
  const ids: string[] = [];
  for (const schedule of schedules) {
    const response = await page.request.post("/api/trpc/schedule.create", {
      data: { json: schedule, meta: { values: { startAt: ["Date"], endAt: ["Date"] } } },
    });
    expect(response.ok(), await response.text()).toBeTruthy();
    ids.push(((await response.json()) as { result: { data: { json: { id: string } } } }).result.data.json.id);
  }
  return ids;
}

/** Marks a schedule done through the API. */
export async function markDoneViaApi(page: Page, id: string) {
  const response = await page.request.post("/api/trpc/schedule.setStatus", { data: { json: { id, status: "CLOSED" } } });
  expect(response.ok(), await response.text()).toBeTruthy();
}

/** The calendar date `days` from today in UTC, as the URL writes it. */
export function utcDate(days = 0): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
