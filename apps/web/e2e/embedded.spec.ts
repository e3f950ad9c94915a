import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "./fixtures";
import { expectLoggedInAs, logInByApi, whileCalling } from "./helpers";
import { startInstance, type Instance } from "./instances";

// The README's first command runs the app on the embedded database (PGlite),
// migrated and seeded on its first start. When the main e2e server runs on a
// PostgreSQL server (E2E_POSTGRES_URL, as .ci/run does), this spec walks that
// path on a production instance of its own: first start on an empty folder,
// a demo account's log-in and calendar, then a restart on the same folder that
// keeps what was saved. Without E2E_POSTGRES_URL every spec already runs on it.

const PORT = 3194;

test.describe("the embedded database", () => {
  // Runs when the main e2e server is on PostgreSQL (as in .ci/run); otherwise that server is this test.
  test.skip(!process.env.E2E_POSTGRES_URL, "the main e2e server already runs on the embedded database");
  test.slow();

  let dataDir = "";
  let instance: Instance | null = null;
  const start = () =>
    startInstance(PORT, { DATABASE_URL: "", PGLITE_DIR: dataDir, AUTH_SECRET: "embedded-spec-secret-not-for-production-00", REMINDER_WORKER: "false" });

  test.beforeAll(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), "planner-embedded-"));
  });
  test.afterAll(async () => {
    await instance?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test("starts on an empty folder with the demo accounts, and a restart keeps what was saved", async ({ page }) => {
    instance = await start();
    const origin = instance.origin;
    await logInByApi(page, "user01", "user01-pass", origin);
    await page.goto(`${origin}/todos`);
    await expectLoggedInAs(page, "Uma User");
    await expect(page.getByText("Buy milk")).toBeVisible();
    await page.getByLabel("New todo").fill("kept across a restart");
    // Saved, not only shown: the list shows a new todo before the server has it.
    await whileCalling(page, "todo.create", () => page.keyboard.press("Enter"));
    await expect(page.getByText("kept across a restart")).toBeVisible();

    await instance.stop();
    instance = await start();
    await page.goto(`${origin}/todos`);
    await expect(page.getByText("kept across a restart")).toBeVisible();
  });
});
