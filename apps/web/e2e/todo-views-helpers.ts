import { expect, type Locator, type Page } from "@playwright/test";

// Todos with due dates, projects and labels made over the API (what a test is
// not about), and the places of the todos screen the view specs look at.

type TodoFields = { dueOn?: string; dueTime?: string; priority?: 1 | 2 | 3 | 4; projectId?: string; labelIds?: string[]; parentId?: string };

async function call<T>(page: Page, path: string, json: Record<string, unknown>): Promise<T> {
  const response = await page.request.post(`/api/trpc/${path}`, { data: { json } });
  expect(response.ok(), await response.text()).toBeTruthy();
  return ((await response.json()) as { result: { data: { json: T } } }).result.data.json;
}

export async function createTodo(page: Page, contents: string, fields: TodoFields = {}): Promise<{ id: string }> {
  return call(page, "todo.create", { contents, ...fields });
}

export async function createProject(page: Page, name: string, color = "blue"): Promise<{ id: string }> {
  return call(page, "todo.project.create", { name, color });
}

export async function createLabel(page: Page, name: string, color = "orange"): Promise<{ id: string }> {
  return call(page, "todo.label.create", { name, color });
}

/**
 * The owner's today as the server reckons it ("YYYY-MM-DD"): the server's
 * clock may have been moved forward by the reminder specs, so not the test's own.
 */
export async function serverToday(page: Page): Promise<string> {
  const input = encodeURIComponent(JSON.stringify({ json: { view: "today", filter: "all", limit: 1 } }));
  const response = await page.request.get(`/api/trpc/todo.list?input=${input}`);
  expect(response.ok(), await response.text()).toBeTruthy();
  return ((await response.json()) as { result: { data: { json: { today: string } } } }).result.data.json.today;
}

/** A calendar date moved by whole days. */
export function addDays(date: string, days: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/** The top-level rows of the list (subtasks are rows of their own: subtaskRows). */
export function viewRows(page: Page): Locator {
  return page.getByTestId("todo-row");
}

export function subtaskRows(page: Page): Locator {
  return page.getByTestId("subtask-row");
}

export function rowOf(page: Page, contents: string): Locator {
  return viewRows(page).filter({ has: page.getByText(contents, { exact: true }) });
}

/** The desktop side column (the phone sheet has the same links). */
export function viewsNav(page: Page): Locator {
  return page.getByRole("navigation", { name: "Todo views" }).first();
}

/** Drags a row by its handle onto another row with the mouse, in small steps (dnd-kit waits for a few pixels of movement). */
export async function dragByHandle(page: Page, from: Locator, to: Locator, below = false) {
  const handle = from.getByTestId("drag-handle");
  const source = await handle.boundingBox();
  const target = await to.boundingBox();
  if (!source || !target) throw new Error("rows not on screen");
  await page.mouse.move(source.x + source.width / 2, source.y + source.height / 2);
  await page.mouse.down();
  await page.mouse.move(source.x + source.width / 2, source.y + source.height / 2 + 8, { steps: 4 });
  const y = below ? target.y + target.height * 0.75 : target.y + target.height * 0.25;
  await page.mouse.move(source.x + source.width / 2, y, { steps: 15 });
  await page.mouse.up();
}
