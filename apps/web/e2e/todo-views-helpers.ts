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

/**
 * Drags a row by its handle onto another row with the mouse, in small steps
 * (dnd-kit starts a drag after a few pixels), so that the dragged row's middle
 * ends on the target's middle: dnd-kit picks the row whose centre is closest.
 */
export async function dragByHandle(page: Page, from: Locator, to: Locator) {
  const handle = await from.getByTestId("drag-handle").boundingBox();
  const source = await from.boundingBox();
  const target = await to.boundingBox();
  if (!handle || !source || !target) throw new Error("rows not on screen");
  const x = handle.x + handle.width / 2;
  const grabY = handle.y + handle.height / 2;
  // Where the pointer must be for the dragged row's centre to sit on the target's centre.
  const dropY = target.y + target.height / 2 + (grabY - (source.y + source.height / 2));
  await page.mouse.move(x, grabY);
  await page.mouse.down();
  await page.mouse.move(x, grabY + (dropY > grabY ? 10 : -10), { steps: 4 });
  await page.mouse.move(x, dropY, { steps: 20 });
  // A last small move and a frame, so the collision of the final position is the one dropped on.
  await page.mouse.move(x, dropY + 1);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.mouse.up();
}
