// Benchmark (not a test): every list in packages/db at 10 thousand and at 1
// million rows per table on PostgreSQL, each at its first page and at a deep
// page: p50/p99 of the call through the tRPC caller, the ratio 1M/10k, and
// the plan of each statement it sends (EXPLAIN ANALYZE, BUFFERS). The two
// sizes live in two throwaway databases on the server named by
// TEST_POSTGRES_URL / DATABASE_URL (default: the local server), measured in
// interleaved rounds (10k, 1M, 10k, 1M, …) so machine noise hits both alike;
// both are dropped afterwards (BENCH_KEEP=1 keeps them).
//   pnpm bench:lists        BENCH_ROUNDS=3 BENCH_ITERATIONS=100 by default
import { createTestDatabase, type TestDatabase } from "@planner/db/testing";
import { createContext } from "../src/context";
import { createCaller } from "../src/root";
import { loadAverage, percentile, writeBenchResult } from "../../../scripts/bench-results.mjs";
import { LIST_CASES, type ListsFixture } from "./lists-cases";
import { seedListsDatabase, ROWS_PER_USER } from "./lists-seed";
import { explain, type PlanSummary } from "./plan-summary";

process.env.TEST_DATABASE = "postgres";
process.env.TEST_POSTGRES_URL ||= process.env.DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/postgres";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 100);
const TARGET_RATIO = 1.5;

type Captured = { sql: string; params: string };
type Size = { label: string; users: number; db: TestDatabase; captured: Captured[] | null; fixture?: ListsFixture };

const sizes: Size[] = [];
try {
  for (const [label, users] of [["10k", 10], ["1M", 1000]] as const) {
    const size: Size = { label, users, captured: null, db: undefined as unknown as TestDatabase };
    size.db = await createTestDatabase({ onQuery: (sql, params) => size.captured?.push({ sql, params }) });
    sizes.push(size);
    const started = performance.now();
    await seedListsDatabase(size.db, users);
    console.log(`seeded ${label}: ${users} users × ${ROWS_PER_USER} todos, schedules, notifications (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    size.fixture = await fixtureOf(size.db, users);
  }
  const [small, large] = sizes as [Size, Size];

  const thunks = new Map<string, { small: () => Promise<unknown>; large: () => Promise<unknown> }>();
  for (const listCase of LIST_CASES) {
    thunks.set(key(listCase), { small: await listCase.prepare(small.fixture!), large: await listCase.prepare(large.fixture!) });
  }
  for (const thunk of thunks.values()) for (let i = 0; i < 20; i += 1) await Promise.all([thunk.small(), thunk.large()]); // warm-up

  const timings = new Map<string, { small: number[]; large: number[] }>();
  console.log(`\nload average before: ${loadAverage()}`);
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const [name, thunk] of thunks) {
      const entry = timings.get(name) ?? { small: [], large: [] };
      timings.set(name, entry);
      entry.small.push(...(await time(thunk.small)));
      entry.large.push(...(await time(thunk.large)));
    }
  }
  console.log(`load average after:  ${loadAverage()}`);

  const results: { name: string; ratio: number; plans: PlanSummary[] }[] = [];
  console.log(`\n${ROUNDS} interleaved rounds × ${ITERATIONS} calls per size; times in ms through the tRPC caller`);
  console.log(`${"list, page".padEnd(36)} ${"10k p50".padStart(8)} ${"p99".padStart(7)} ${"1M p50".padStart(8)} ${"p99".padStart(7)} ${"ratio".padStart(6)}`);
  for (const [name, entry] of timings) {
    const s = percentiles(entry.small);
    const l = percentiles(entry.large);
    const ratio = l.p50 / s.p50;
    const plans = await plansOf(large, thunks.get(name)!.large);
    results.push({ name, ratio, plans });
    const flag = ratio <= TARGET_RATIO && plans.every((plan) => plan.indexDriven && !plan.spilled) ? "" : "  ✗";
    console.log(`${name.padEnd(36)} ${fmt(s.p50, 8)} ${fmt(s.p99, 7)} ${fmt(l.p50, 8)} ${fmt(l.p99, 7)} ${`${ratio.toFixed(2)}×`.padStart(6)}${flag}`);
    for (const plan of plans) console.log(`    1M plan: ${plan.line}`);
  }

  const worst = results.reduce((a, b) => (b.ratio > a.ratio ? b : a));
  const notIndexed = results.filter((result) => result.plans.some((plan) => !plan.indexDriven));
  const spilled = results.filter((result) => result.plans.some((plan) => plan.spilled));
  console.log(`\nworst ratio: ${worst.ratio.toFixed(2)}× (${worst.name}); target ≤ ${TARGET_RATIO}×`);
  console.log(`plans not index-driven at 1M: ${notIndexed.length ? notIndexed.map((r) => r.name).join(", ") : "none"}`);
  console.log(`sorts spilled to disk at 1M: ${spilled.length ? spilled.map((r) => r.name).join(", ") : "none"}`);
  writeBenchResult("lists", [
    { metric: `worst list p50 1M/10k (${worst.name})`, value: round2(worst.ratio), unit: "×", target: `≤ ${TARGET_RATIO}`, pass: worst.ratio <= TARGET_RATIO },
    { metric: "list pages whose plan is not index-driven (1M)", value: notIndexed.length, unit: "pages", target: "0", pass: notIndexed.length === 0 },
    { metric: "list pages whose sort spilled to disk (1M)", value: spilled.length, unit: "pages", target: "0", pass: spilled.length === 0 },
  ]);
  console.log("wrote .bench-results/lists.json");
} finally {
  if (process.env.BENCH_KEEP === "1") console.log("kept the databases (BENCH_KEEP=1)");
  else for (const size of sizes) await size.db.close();
}
process.exit(0);

function key(listCase: { list: string; page: string }) {
  return `${listCase.list}, ${listCase.page}`;
}

async function fixtureOf(db: TestDatabase, users: number): Promise<ListsFixture> {
  const admin = await db.users.create({ username: "benchadmin", email: "benchadmin@example.com", passwordHash: null, name: "Admin", role: "ADMIN" });
  const owner = await db.prisma.user.findFirstOrThrow({ where: { username: "bench5" }, select: { id: true, role: true } });
  const subscriber = await db.prisma.user.findFirstOrThrow({ where: { username: "sub0" }, select: { id: true, role: true } });
  const callerOf = async (user: { id: string; role: "USER" | "ADMIN" | "SUBSCRIBER" }) => {
    const sessionId = await db.sessions.create({ userId: user.id, ip: null, userAgent: null, now: new Date(), lifetimeSeconds: 86_400 });
    return createCaller(createContext({ db, session: { sessionId, userId: user.id, role: user.role, sessionVersion: 0 } }));
  };
  return { db, users, admin: await callerOf(admin), owner: await callerOf(owner), ownerId: owner.id, subscriber: await callerOf(subscriber) };
}

async function time(call: () => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < ITERATIONS; i += 1) {
    const start = performance.now();
    await call();
    out.push(performance.now() - start);
  }
  return out;
}

/** The plan of every statement one call sends (session checks included: they are part of every request). */
async function plansOf(size: Size, call: () => Promise<unknown>): Promise<PlanSummary[]> {
  size.captured = [];
  await call();
  const statements = size.captured.filter((statement) => /^\s*(SELECT|WITH)/i.test(statement.sql));
  size.captured = null;
  const plans: PlanSummary[] = [];
  for (const statement of statements) {
    // Session checks are the same for every list; show only the list's own statements.
    if (/"sessions"/.test(statement.sql) && !/"todos"|"schedules"|"notifications"|"subscriptions"/.test(statement.sql)) continue;
    plans.push(await explain(size.db, statement.sql, JSON.parse(statement.params) as unknown[]));
  }
  return plans;
}

function percentiles(values: number[]) {
  return { p50: percentile(values, 50), p99: percentile(values, 99) };
}

function fmt(ms: number, width: number) {
  return ms.toFixed(2).padStart(width);
}

function round2(n: number) {
  return Math.round(n * 100) / 100;
}
