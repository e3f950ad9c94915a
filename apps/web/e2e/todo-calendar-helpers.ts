import { expect, type Locator, type Page } from "@playwright/test";

// Todos on the calendar, from the browser: made through tRPC's HTTP API as the
// page's logged-in user, found on the calendar by their check box ("Todo: …").

export type TodoInput = { contents: string; dueOn?: string; dueTime?: string; reminderMinutes?: number[]; priority?: number; projectId?: string; labelIds?: string[] };

/** Creates a todo as the page's user; its id. */
export async function createTodo(page: Page, input: TodoInput): Promise<string> {
  const response = await page.request.post("/api/trpc/todo.create", { data: { json: input } });
  expect(response.ok(), await response.text()).toBe(true);
  return ((await response.json()) as { result: { data: { json: { id: string } } } }).result.data.json.id;
}

/** The page user's todos due in [from, to), as the calendar asks for them. */
export async function todosInRange(page: Page, from: string, to: string): Promise<{ id: string; contents: string; done: boolean; dueOn: string | null }[]> {
  const input = encodeURIComponent(JSON.stringify({ json: { from: `${from}T00:00:00.000Z`, to: `${to}T00:00:00.000Z` }, meta: { values: { from: ["Date"], to: ["Date"] } } }));
  const response = await page.request.get(`/api/trpc/todo.range?input=${input}`);
  expect(response.ok(), await response.text()).toBe(true);
  return ((await response.json()) as { result: { data: { json: { items: { id: string; contents: string; done: boolean; dueOn: string | null }[] } } } }).result.data.json.items;
}

/** A todo's check box on the calendar or in the agenda (its accessible name starts "Todo: "). */
export function todoBox(scope: Page | Locator, contents: string, options: { overdue?: boolean } = {}): Locator {
  return scope.getByRole("checkbox", { name: `Todo: ${contents}${options.overdue ? ", overdue" : ""}`, exact: true });
}

/** The calendar event that holds a todo. */
export function todoEvent(page: Page, contents: string): Locator {
  return page.locator(".fc-event.todo-event").filter({ has: page.locator(".todo-event-title", { hasText: contents }) });
}

/** A day's cell of the all-day row (week and day views) or of the month. */
export function allDayCell(page: Page, date: string): Locator {
  return page.locator(`.fc-daygrid-day[data-date="${date}"]`);
}

/** YYYY-MM-DD of a date moved by whole days. */
export function addDays(date: string, days: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}
