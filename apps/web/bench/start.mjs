#!/usr/bin/env node
// Benchmark (not a test): how fast does the production server start, and how
// much memory does it hold idle? Runs `next start` from the existing build:
//   embedded first   - PGlite on a fresh, empty folder (a fresh clone's first start: migrate + seed)
//   embedded restart - PGlite again on that same folder (nothing to migrate)
//   postgres         - the same server on a PostgreSQL server, already migrated (the reference)
// Each round runs all three in turn (interleaved), and each start is timed from
// spawn to the first GET /api/health 200. RSS is the server's process tree, idle
// after a few requests.
//   pnpm bench:start                      (builds first if there is no build)
//   BENCH_ROUNDS=3  BENCH_PORT=3200  BENCH_POSTGRES_URL=postgresql://… (default TEST_POSTGRES_URL)
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { hasBuild, loadAverage, median, nextBin, treeRssMb, waitForHealth, webDir, writeResults } from "./support.mjs";
import { runOnServer, withDatabase } from "../e2e/postgres.mjs";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const port = process.env.BENCH_PORT ?? "3200";
const baseUrl = `http://127.0.0.1:${port}`;
const serverUrl = process.env.BENCH_POSTGRES_URL || process.env.TEST_POSTGRES_URL || "";

const baseEnv = {
  ...process.env,
  AUTH_SECRET: process.env.AUTH_SECRET ?? "bench-only-secret-not-for-production-use-0",
  AUTH_TRUST_HOST: "true",
  NEXT_TELEMETRY_DISABLED: "1",
  DATABASE_URL: "",
  PGLITE_DIR: "",
  MIGRATE_ON_START: "false",
};

if (!hasBuild()) {
  console.log("no build found: running next build first");
  const build = spawnSync(process.execPath, [nextBin, "build"], { cwd: webDir, env: baseEnv, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

/** Starts `next start`, times it to the first healthy answer, measures idle RSS, stops it. */
async function measureStart(label, env) {
  const started = performance.now();
  const child = spawn(process.execPath, [nextBin, "start", "--port", port, "--hostname", "127.0.0.1"], {
    cwd: webDir,
    env: { ...baseEnv, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (chunk) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  let exited = false;
  const exit = new Promise((resolve) => child.on("exit", () => resolve((exited = true))));
  try {
    const startMs = await waitForHealth(baseUrl, { since: started, timeoutMs: 120_000, everyMs: 10, isAlive: () => !exited });
    // A few ordinary requests (the health check and the log-in page), then let it settle.
    for (let i = 0; i < 10; i += 1) await (await fetch(`${baseUrl}/api/health`)).arrayBuffer();
    for (let i = 0; i < 3; i += 1) await (await fetch(`${baseUrl}/login`)).arrayBuffer();
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const rssMb = treeRssMb(child.pid);
    console.log(`  ${label.padEnd(17)} start to health ${(startMs / 1000).toFixed(2)} s   idle RSS ${rssMb.toFixed(0)} MB`);
    return { startMs, rssMb, output };
  } catch (error) {
    console.error(output);
    throw error;
  } finally {
    child.kill("SIGTERM");
    await Promise.race([exit, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    if (!exited) child.kill("SIGKILL");
  }
}

let database;
let postgresUrl;
if (serverUrl) {
  database = `planner_bench_start_${randomBytes(5).toString("hex")}`;
  await runOnServer(serverUrl, `CREATE DATABASE "${database}"`);
  postgresUrl = withDatabase(serverUrl, database);
} else {
  console.log("no BENCH_POSTGRES_URL / TEST_POSTGRES_URL: the PostgreSQL reference is skipped");
}

const results = { first: [], restart: [], postgres: [] };
const dirs = [];
try {
  console.log(`load average before: ${loadAverage()}`);
  if (postgresUrl) {
    // Not timed: migrates the reference database once (the timed starts then have nothing to migrate).
    await measureStart("postgres (migrate)", { DATABASE_URL: postgresUrl, MIGRATE_ON_START: "true" });
  }
  for (let round = 1; round <= ROUNDS; round += 1) {
    console.log(`round ${round}/${ROUNDS} (load ${loadAverage()})`);
    const dir = mkdtempSync(path.join(tmpdir(), "planner-bench-start-"));
    dirs.push(dir);
    results.first.push(await measureStart("embedded first", { PGLITE_DIR: dir }));
    results.restart.push(await measureStart("embedded restart", { PGLITE_DIR: dir }));
    if (postgresUrl) results.postgres.push(await measureStart("postgres", { DATABASE_URL: postgresUrl }));
  }
} finally {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  if (database) await runOnServer(serverUrl, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
}

const med = (kind, key) => median(results[kind].map((run) => run[key]));
const first = med("first", "startMs") / 1000;
const restart = med("restart", "startMs") / 1000;
const rss = med("restart", "rssMb");
console.log(`\nmedians of ${ROUNDS} rounds (load average after: ${loadAverage()})`);
console.log(`embedded first start   ${first.toFixed(2)} s    idle RSS ${med("first", "rssMb").toFixed(0)} MB`);
console.log(`embedded restart       ${restart.toFixed(2)} s    idle RSS ${rss.toFixed(0)} MB`);
const rows = [
  { metric: "embedded restart: start to first health", value: round(restart, 2), unit: "s", target: "≤ 2", pass: restart <= 2 },
  { metric: "embedded first start: start to first health", value: round(first, 2), unit: "s", target: "≤ 6", pass: first <= 6 },
  { metric: "embedded idle RSS (process tree)", value: Math.round(rss), unit: "MB", target: "≤ 500", pass: rss <= 500 },
];
if (results.postgres.length > 0) {
  const pgStart = med("postgres", "startMs") / 1000;
  const pgRss = med("postgres", "rssMb");
  // Ratios of each round's pair, then the median: both ran under the same load.
  const ratio = (kind, key) => median(results[kind].map((run, i) => run[key] / results.postgres[i][key]));
  console.log(`postgres (reference)   ${pgStart.toFixed(2)} s    idle RSS ${pgRss.toFixed(0)} MB`);
  console.log(
    `ratios to postgres: restart ${ratio("restart", "startMs").toFixed(2)}×, first start ${ratio("first", "startMs").toFixed(2)}×, ` +
      `idle RSS ${ratio("restart", "rssMb").toFixed(2)}×`,
  );
  rows.push(
    { metric: "embedded/postgres start time (restart)", value: round(ratio("restart", "startMs"), 2), unit: "×", target: "", pass: true },
    { metric: "embedded/postgres idle RSS", value: round(ratio("restart", "rssMb"), 2), unit: "×", target: "", pass: true },
  );
}
writeResults("start", rows);

function round(value, digits) {
  return Number(value.toFixed(digits));
}

