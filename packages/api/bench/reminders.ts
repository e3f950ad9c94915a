// Benchmark (not a test): how long two worker processes take to deliver
// 100,000 due occurrence-reminders (25,000 repeating schedules, four due
// occurrences each, see seed-due-reminders.ts) on PostgreSQL, and how many
// duplicates (must be 0: one notification per occurrence).
// Seeds a throwaway database on the server named by TEST_POSTGRES_URL /
// DATABASE_URL (default: the local server) and drops it afterwards.
//   pnpm bench:reminders      (BENCH_REMINDERS, BENCH_WORKERS, BATCH_SIZE to vary)
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createTestDatabase } from "@planner/db/testing";
import { writeBenchResult } from "../../../scripts/bench-results.mjs";
import { DUE_PER_SCHEDULE, seedDueReminders } from "../test/support/seed-due-reminders";

process.env.TEST_DATABASE = "postgres";
process.env.TEST_POSTGRES_URL ||= process.env.DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/postgres";

const REMINDERS = Number(process.env.BENCH_REMINDERS ?? 100_000);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 2);
const BATCH_SIZE = process.env.BATCH_SIZE ?? "500";
const now = new Date("2026-11-21T10:00:00Z");
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve("tsx/esm")).href;
const workerScript = fileURLToPath(new URL("../test/support/reminder-worker-process.ts", import.meta.url));

const db = await createTestDatabase();
try {
  const seeding = performance.now();
  await seedDueReminders(db, REMINDERS, now);
  console.log(`seeded ${REMINDERS.toLocaleString("en")} due reminders (${(REMINDERS / DUE_PER_SCHEDULE).toLocaleString("en")} schedules) in ${((performance.now() - seeding) / 1000).toFixed(1)} s`);

  const started = performance.now();
  const results = await Promise.all(Array.from({ length: WORKERS }, () => runWorker()));
  const seconds = (performance.now() - started) / 1000;

  // The dedupe key is schedule, occurrence start, minutes before: without the minutes, one per occurrence.
  const [row] = await db.prisma.$queryRaw<{ total: bigint; occurrences: bigint }[]>`
    SELECT count(*) AS total, count(DISTINCT regexp_replace(dedupe_key, ':-?[0-9]+$', '')) AS occurrences FROM notifications`;
  const total = Number(row?.total);
  const duplicates = total - Number(row?.occurrences);
  // Each row has moved on to its schedule's next reminder: none is still due.
  const left = await db.prisma.scheduleReminder.count({ where: { remindAt: { lte: now } } });
  console.log(`${WORKERS} worker processes, batches of ${BATCH_SIZE}: ${seconds.toFixed(2)} s (${Math.round(REMINDERS / seconds).toLocaleString("en")} reminders/s, including process start-up)`);
  console.log(`per worker delivered: ${results.map((r) => r.delivered.toLocaleString("en")).join(" + ")}`);
  console.log(`notifications: ${total.toLocaleString("en")}, duplicates: ${duplicates}, reminders left: ${left}`);
  writeBenchResult("reminders", [
    { metric: `${REMINDERS.toLocaleString("en")} due reminders, ${WORKERS} workers`, value: Math.round(REMINDERS / seconds), unit: "reminders/s" },
    { metric: "duplicate notifications", value: duplicates, target: "0", pass: duplicates === 0 && total === REMINDERS && left === 0 },
  ]);
  if (total !== REMINDERS || duplicates !== 0 || left !== 0) process.exitCode = 1;
} finally {
  await db.close();
}

function runWorker(): Promise<{ delivered: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", tsxLoader, workerScript], {
      env: { ...process.env, DATABASE_URL: db.url!, REMINDER_NOW: now.toISOString(), BATCH_SIZE },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.on("exit", (code) => (code === 0 ? resolve(JSON.parse(output) as { delivered: number }) : reject(new Error(`worker exited with ${code}`))));
  });
}
