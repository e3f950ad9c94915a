// Benchmark (not a test): importing a 10,000-event .ics file the way the
// Settings page does it: one preview (the file read, planned and compared with
// the calendar), then the items in batches of 500, each its own short
// transaction. Prints the time and events/s, and shows that the server is
// never held long: the longest stall of the event loop, and the slowest answer
// another user's calendar got while the import ran. Then imports the file
// again: nothing may be written twice. PostgreSQL on the server named by
// TEST_POSTGRES_URL / DATABASE_URL (default: the local server), in a throwaway database.
//   pnpm bench:import        (BENCH_IMPORT_EVENTS to vary)
import { monitorEventLoopDelay } from "node:perf_hooks";
import { createTestDatabase } from "@planner/db/testing";
import { importBatches, monthRange } from "@planner/domain";
import { percentile, writeBenchResult } from "../../../scripts/bench-results.mjs";
import { callerFor, createAccount } from "../test/helpers";
import { generateCalendar } from "./import-file";

process.env.TEST_DATABASE = "postgres";
process.env.TEST_POSTGRES_URL ||= process.env.DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/postgres";

const EVENTS = Number(process.env.BENCH_IMPORT_EVENTS ?? 10_000);
const now = new Date("2026-12-06T12:00:00Z");

const db = await createTestDatabase();
try {
  const text = generateCalendar(EVENTS);
  console.log(`${EVENTS.toLocaleString("en")} events, ${(text.length / 1024 / 1024).toFixed(2)} MB`);
  const owner = await createAccount(db, "USER");
  await db.users.setTimeZone(owner.id, "America/New_York");
  const other = await createAccount(db, "USER");
  const asOwner = callerFor(db, owner, null, () => now);
  const asOther = callerFor(db, other, null, () => now);
  await asOther.schedule.create({ title: "Someone else's", startAt: new Date("2027-01-05T15:00:00Z"), endAt: new Date("2027-01-05T16:00:00Z") });

  // Another user keeps loading their month while the import runs.
  const otherLatencies: number[] = [];
  let importing = true;
  const month = monthRange(new Date("2027-01-15T00:00:00Z"), "UTC");
  const otherUser = (async () => {
    while (importing) {
      const asked = performance.now();
      await asOther.schedule.range({ ...month, includeShared: true });
      otherLatencies.push(performance.now() - asked);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();

  const started = performance.now();
  const preview = await asOwner.schedule.importPreview({ text });
  const previewSeconds = (performance.now() - started) / 1000;
  const batches = importBatches(preview.items.filter((item) => item.change !== "unchanged").map(({ change: _change, ...item }) => item));
  const batchTimes: number[] = [];
  let created = 0;
  for (const batch of batches) {
    const sent = performance.now();
    created += (await asOwner.schedule.importBatch({ items: batch })).created;
    batchTimes.push(performance.now() - sent);
  }
  const seconds = (performance.now() - started) / 1000;
  loop.disable();
  importing = false;
  await otherUser;

  const rows = await db.prisma.schedule.count({ where: { ownerId: owner.id } });
  const stallMs = loop.max / 1e6;
  const otherMax = Math.max(...otherLatencies);
  console.log(`preview: ${previewSeconds.toFixed(2)} s (${preview.summary.schedules.toLocaleString("en")} schedules, ${preview.summary.repeating} repeating, ${preview.summary.offGrid.count} off the grid, ${preview.summary.skipped.count} left out)`);
  console.log(`${batches.length} batches: ${(batchTimes.reduce((a, b) => a + b, 0) / 1000).toFixed(2)} s, p50 ${percentile(batchTimes, 50).toFixed(0)} ms, slowest ${Math.max(...batchTimes).toFixed(0)} ms`);
  console.log(`import of ${EVENTS.toLocaleString("en")} events: ${seconds.toFixed(2)} s, ${Math.round(EVENTS / seconds).toLocaleString("en")} events/s; ${created.toLocaleString("en")} schedules created, ${rows.toLocaleString("en")} rows`);
  console.log(`longest event-loop stall: ${stallMs.toFixed(0)} ms; another user's month meanwhile: ${otherLatencies.length} answers, p50 ${percentile(otherLatencies, 50).toFixed(0)} ms, slowest ${otherMax.toFixed(0)} ms`);

  const againStarted = performance.now();
  const again = await asOwner.schedule.importPreview({ text });
  const againSeconds = (performance.now() - againStarted) / 1000;
  const resend = importBatches(again.items.filter((item) => item.change !== "unchanged").map(({ change: _change, ...item }) => item));
  for (const batch of resend) await asOwner.schedule.importBatch({ items: batch });
  const duplicates = (await db.prisma.schedule.count({ where: { ownerId: owner.id } })) - rows;
  console.log(`the same file again: preview ${againSeconds.toFixed(2)} s, ${again.summary.changes.unchanged.toLocaleString("en")} unchanged, ${duplicates} duplicates`);

  writeBenchResult("import", [
    { metric: `${EVENTS.toLocaleString("en")}-event .ics, preview + ${batches.length} batches`, value: seconds, unit: "s" },
    { metric: "import rate", value: Math.round(EVENTS / seconds), unit: "events/s" },
    { metric: "slowest batch (one transaction)", value: Math.max(...batchTimes), unit: "ms" },
    { metric: "longest event-loop stall during import", value: stallMs, unit: "ms", target: "< 250", pass: stallMs < 250 },
    { metric: "another user's month during import, slowest", value: otherMax, unit: "ms", target: "< 500", pass: otherMax < 500 },
    { metric: "duplicates after importing again", value: duplicates, target: "0", pass: duplicates === 0 && again.summary.changes.unchanged === preview.summary.schedules },
  ]);
  if (duplicates !== 0) process.exitCode = 1;
} finally {
  await db.close();
}
process.exit(process.exitCode ?? 0);
