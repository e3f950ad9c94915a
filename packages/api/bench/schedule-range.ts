// Benchmark (not a test): server-side latency of schedule.range for one
// user's month (includeShared as the calendar asks) at 10 thousand and at 1 million schedules in
// PostgreSQL, 10% of them repeating (weekly, daily, monthly; some forever, some ending), plus
// the query plan (the repeating branch must read the (owner_id, repeats_until) index). Seeds a throwaway database on the server
// named by TEST_POSTGRES_URL / DATABASE_URL (default: the local server) and
// drops it afterwards (BENCH_KEEP=1 keeps it).
//   pnpm bench:range
import { Prisma, createTestDatabase, rangeStatement, visibleOwners, type TestDatabase } from "@planner/db/testing";
import { monthRange } from "@planner/domain";
import { percentile, writeBenchResult } from "../../../scripts/bench-results.mjs";
import { createCaller } from "../src/root";
import { createContext } from "../src/context";

process.env.TEST_DATABASE = "postgres";
process.env.TEST_POSTGRES_URL ||= process.env.DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/postgres";

const SCHEDULES_PER_USER = 1000;
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 1000);
const MONTH = monthRange(new Date("2026-06-15T00:00:00Z"), "UTC");

const db = await createTestDatabase();
try {
  await seedUsers(db, 0, 10);
  const small = await measure(db, "10 users × 1,000 = 10,000 schedules");
  await seedUsers(db, 10, 1000);
  const large = await measure(db, "1,000 users × 1,000 = 1,000,000 schedules");
  const ratio = large.p99 / small.p99;
  console.log(`\nmonth p50 / p99 at 10k: ${small.p50.toFixed(2)} / ${small.p99.toFixed(2)} ms; at 1M: ${large.p50.toFixed(2)} / ${large.p99.toFixed(2)} ms`);
  console.log(`p99 at 1M rows: ${large.p99.toFixed(2)} ms (target < 20 ms); ratio to 10k: ${ratio.toFixed(2)}× (target ≤ 1.5×)`);
  writeBenchResult("range", [
    { metric: "schedule.range month p99 at 1M schedules", value: large.p99, unit: "ms", target: "< 20", pass: large.p99 < 20 },
    { metric: "schedule.range p99 1M / 10k", value: ratio, unit: "×", target: "≤ 1.5", pass: ratio <= 1.5 },
  ]);
} finally {
  if (process.env.BENCH_KEEP === "1") console.log("kept the database (BENCH_KEEP=1)");
  else await db.close();
}
process.exit(0);

/**
 * Users [from, to), each with 1,000 one-to-three-hour schedules on the grid through 2026, ~100 a month.
 * Every tenth repeats, by turns: weekly forever, daily 10 times, monthly forever, weekly 8 times,
 * every other day 15 times; repeats_until is the end of the last occurrence (2200-12-31 for forever),
 * as the application stores it.
 */
async function seedUsers(database: TestDatabase, from: number, to: number) {
  const started = performance.now();
  await database.prisma.$executeRawUnsafe(`
    INSERT INTO users (id, username, email, password_hash, name, role, time_zone, updated_at)
    SELECT gen_random_uuid(), 'bench' || n, 'bench' || n || '@example.com', NULL, 'Bench ' || n, 'USER', 'UTC', now()
    FROM generate_series(${from}, ${to - 1}) AS n`);
  await database.prisma.$executeRawUnsafe(`
    INSERT INTO schedules (id, owner_id, title, memo, start_at, end_at, status, created_by_id, updated_at,
                           recurrence, time_zone, repeats_until, reminder_minutes)
    SELECT gen_random_uuid(), u.id, 'Schedule ' || s, '', slot.start_at, slot.start_at + slot.length,
           (CASE WHEN s % 5 = 0 AND s % 10 <> 0 THEN 'CLOSED' ELSE 'OPEN' END)::"ScheduleStatus", u.id, now(),
           rule.recurrence, CASE WHEN rule.recurrence IS NULL THEN NULL ELSE 'UTC' END,
           CASE WHEN rule.recurrence IS NULL THEN NULL
                WHEN rule.last IS NULL THEN timestamptz '2200-12-31 23:59:59.999+00'
                ELSE slot.start_at + rule.last + slot.length END,
           ARRAY[1440, 10]
    FROM users u
    CROSS JOIN generate_series(1, ${SCHEDULES_PER_USER}) AS s
    CROSS JOIN LATERAL (
      SELECT timestamptz '2026-01-01 00:00:00+00' + ((s * 432 + (abs(hashtext(u.id::text)) % 48) * 30) / 30 * 30) * interval '1 minute' AS start_at,
             (1 + s % 3) * interval '1 hour' AS length
    ) AS slot
    CROSS JOIN LATERAL (
      SELECT * FROM (VALUES
        (0, 'RRULE:FREQ=WEEKLY', NULL::interval),
        (1, 'RRULE:FREQ=DAILY;COUNT=10', interval '9 days'),
        (2, 'RRULE:FREQ=MONTHLY', NULL::interval),
        (3, 'RRULE:FREQ=WEEKLY;COUNT=8', interval '49 days'),
        (4, 'RRULE:FREQ=DAILY;INTERVAL=2;COUNT=15', interval '28 days')
      ) AS rules (kind, recurrence, last)
      WHERE s % 10 = 0 AND rules.kind = (s / 10) % 5
      UNION ALL
      SELECT NULL, NULL, NULL WHERE s % 10 <> 0
    ) AS rule
    WHERE u.username LIKE 'bench%' AND substring(u.username from 6)::int BETWEEN ${from} AND ${to - 1}`);
  await database.prisma.$executeRawUnsafe("ANALYZE users");
  await database.prisma.$executeRawUnsafe("ANALYZE schedules");
  const total = await database.prisma.schedule.count();
  const repeating = await database.prisma.schedule.count({ where: { recurrence: { not: null } } });
  console.log(`seeded users ${from}..${to - 1}: ${total.toLocaleString("en")} schedules in total, ${repeating.toLocaleString("en")} repeating (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

async function measure(database: TestDatabase, label: string) {
  const user = await database.prisma.user.findFirstOrThrow({ where: { username: "bench5" }, select: { id: true } });
  const sessionId = await database.sessions.create({ userId: user.id, ip: null, userAgent: null, now: new Date(), lifetimeSeconds: 86_400 });
  const caller = createCaller(createContext({ db: database, session: { sessionId, userId: user.id, role: "USER", sessionVersion: 0 } }));
  const items = await caller.schedule.range({ ...MONTH, includeShared: true });
  const events = items.length;
  const occurrences = items.filter((item) => item.seriesId !== null).length;
  for (let i = 0; i < 100; i += 1) await caller.schedule.range({ ...MONTH, includeShared: true }); // warm-up
  const timings: number[] = [];
  for (let i = 0; i < ITERATIONS; i += 1) {
    const start = performance.now();
    await caller.schedule.range({ ...MONTH, includeShared: true });
    timings.push(performance.now() - start);
  }
  const result = { p50: percentile(timings, 50), p99: percentile(timings, 99) };
  console.log(`\n${label}: schedule.range for one user's June (${events} events, ${occurrences} of them occurrences of repeating schedules), ${ITERATIONS} calls`);
  console.log(`  p50 ${result.p50.toFixed(2)} ms   p99 ${result.p99.toFixed(2)} ms   max ${Math.max(...timings).toFixed(2)} ms`);
  // The statement ScheduleRepository.findVisibleInRange sends, with this window (the calendar asks with includeShared).
  const plan = await database.prisma.$queryRaw<{ "QUERY PLAN": string }[]>(
    Prisma.sql`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${rangeStatement(visibleOwners(user.id, true), MONTH)}`,
  );
  const lines = plan.map((row) => row["QUERY PLAN"]);
  console.log(lines.slice(0, 40).map((line) => `    ${line}`).join("\n"));
  // The repeating branch: read through the (owner_id, repeats_until) index, never a scan.
  const repeatingBranch = lines.filter((line) => line.includes("schedules_owner_id_repeats_until_idx"));
  console.log(`  repeating branch: ${repeatingBranch.length > 0 ? repeatingBranch[0]!.trim() : "NOT via schedules_owner_id_repeats_until_idx"}`);
  console.log(`  sequential scans of schedules: ${lines.filter((line) => /Seq Scan on schedules/.test(line)).length}`);
  return result;
}
