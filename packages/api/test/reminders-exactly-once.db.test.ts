import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect } from "vitest";
import type { TestDatabase } from "@planner/db/testing";
import { deliverDueReminders } from "../src/reminders/worker";
import { TEST_NOW, apiTest as it } from "./fixture";
import { DUE_PER_SCHEDULE, seedDueReminders } from "./support/seed-due-reminders";

// 10,000 due occurrence-reminders (2,500 repeating schedules, four occurrences
// each), several workers at once, one of them dying in the middle of a batch:
// exactly 10,000 notifications at the end.

const REMINDERS = 10_000;
const now = TEST_NOW;

// Seeded once for the file: on each database only one of the two tests below runs.
it.beforeAll(async ({ sharedDb }) => {
  await seedDueReminders(sharedDb, REMINDERS, now);
}, 120_000);

const SCHEDULES = REMINDERS / DUE_PER_SCHEDULE;

async function expectExactlyOnce(db: TestDatabase) {
  expect(await db.prisma.notification.count()).toBe(REMINDERS);
  const rows = await db.prisma.$queryRaw<{ schedules: bigint; occurrences: bigint }[]>`
    SELECT count(DISTINCT schedule_id) AS schedules, count(DISTINCT regexp_replace(dedupe_key, ':-?[0-9]+$', '')) AS occurrences FROM notifications`;
  expect(rows.map((row) => [Number(row.schedules), Number(row.occurrences)])).toEqual([[SCHEDULES, REMINDERS]]);
  // Every queue row has moved on to its next reminder, an hour ahead.
  expect(await db.prisma.scheduleReminder.count({ where: { remindAt: { lte: now } } })).toBe(0);
  expect(await db.prisma.scheduleReminder.count({ where: { remindAt: new Date(now.getTime() + 3_600_000) } })).toBe(SCHEDULES);
}

// Skipped on PGlite (reported as skipped there): separate worker processes need a
// server they can all connect to, and an in-process PGlite is one process's database.
describe.runIf(process.env.TEST_DATABASE === "postgres")("worker processes on PostgreSQL", () => {
  // tsx as a loader, so the worker is this very process (the tsx CLI would fork a child).
  const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve("tsx/esm")).href;
  const workerScript = fileURLToPath(new URL("./support/reminder-worker-process.ts", import.meta.url));

  function runWorkerProcess(db: TestDatabase, env: Record<string, string>): Promise<{ code: number | null; signal: string | null; output: string }> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, ["--import", tsxLoader, workerScript], {
        env: { ...process.env, DATABASE_URL: db.url!, REMINDER_NOW: now.toISOString(), ...env },
        stdio: ["ignore", "pipe", "inherit"],
      });
      let output = "";
      child.stdout.on("data", (chunk) => (output += chunk));
      child.on("exit", (code, signal) => resolve({ code, signal, output }));
    });
  }

  it("three processes, one killed mid-batch, then the next tick: exactly 10,000 notifications", async ({ sharedDb: db }) => {
    const runs = await Promise.all([
      runWorkerProcess(db, { KILL_AFTER_BATCHES: "2" }),
      runWorkerProcess(db, {}),
      runWorkerProcess(db, {}),
    ]);
    expect(runs[0].signal).toBe("SIGKILL");
    expect(runs.slice(1).map((run) => run.code)).toEqual([0, 0]);
    // Rows the killed worker held were invisible to the others; the next tick takes them.
    const next = await runWorkerProcess(db, {});
    const delivered = [...runs.slice(1), next].reduce((sum, run) => sum + (JSON.parse(run.output) as { delivered: number }).delivered, 0);
    // The killed worker committed its first two full batches of 200 schedules before dying in the third.
    expect(delivered + 2 * 200 * DUE_PER_SCHEDULE).toBe(REMINDERS);
    await expectExactlyOnce(db);
  }, 120_000);
});

// Skipped on PostgreSQL (reported as skipped there): the server is covered by the real
// processes above; this is the embedded database's own case, one process sharing one session.
describe.runIf(process.env.TEST_DATABASE !== "postgres")("workers in one process on embedded PGlite", () => {
  it("four workers at once, one aborting mid-batch, then the next tick: exactly 10,000 notifications", async ({ sharedDb: db }) => {
    let batches = 0;
    const crashing = deliverDueReminders(db, {
      now: () => now,
      batchSize: 200,
      beforeCommit: () => {
        batches += 1;
        if (batches === 3) throw new Error("worker died mid-batch");
      },
    });
    const others = Array.from({ length: 3 }, () => deliverDueReminders(db, { now: () => now, batchSize: 200 }));
    const [crashed, ...finished] = await Promise.allSettled([crashing, ...others]);
    expect(crashed.status).toBe("rejected");
    const next = await deliverDueReminders(db, { now: () => now });
    const delivered =
      finished.reduce((sum, result) => sum + (result.status === "fulfilled" ? result.value.delivered : 0), 0) + next.delivered;
    // The crashed worker's committed batches (before the crash) count too.
    const committedByCrashed = (batches - 1) * 200 * DUE_PER_SCHEDULE;
    expect(delivered + committedByCrashed).toBe(REMINDERS);
    await expectExactlyOnce(db);
  }, 120_000);
});
