#!/usr/bin/env node
// Benchmark (not a test): the calendar's month request over HTTP. The app's
// `schedule.range` (one user's June, ~100 events, includeShared as the calendar
// page asks) through `next start` of the production build on PostgreSQL, against
// the floor: bench/bare-server.mjs, node:http + pg doing the same session check
// and returning the same rows. Both read the same next-auth cookie. Load from
// autocannon at concurrency 10, rounds interleaved (app, bare, app, bare, …).
//   pnpm bench:http
// Settings (environment): BENCH_ROUNDS (3), BENCH_SECONDS (10), BENCH_CONNECTIONS (10),
// BENCH_PORT (3140: app; +1 the bare server), BENCH_PG (postgresql://postgres@127.0.0.1:5432/postgres),
// NEXT_DIST_DIR (the build to serve, default .next; built first when missing),
// BENCH_PROFILE_DIR (write a CPU profile of the app's server there: node --cpu-prof),
// BENCH_ONLY=app (load the app only, e.g. while profiling),
// BENCH_BASELINE_DIST (a second build, say of the main branch, served on BENCH_PORT+2 and
// loaded in the same interleaved rounds: before/after as a ratio on the same machine state).
// Besides throughput and latency it prints each server's own CPU time per request
// (from /proc): a figure a busy machine disturbs far less than requests per second.
// A throwaway database is created on the server and dropped afterwards.
import autocannon from "autocannon";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { encode } from "next-auth/jwt";
import pg from "pg";
import superjson from "superjson";
import { runOnServer, withDatabase } from "../e2e/postgres.mjs";
import { loadAverage, machineLabel, writeBenchResult } from "../../../scripts/bench-results.mjs";

const webDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const repoRoot = path.join(webDir, "../..");
const nextBin = path.join(webDir, "node_modules", "next", "dist", "bin", "next");
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const appPort = Number(process.env.BENCH_PORT ?? 3140);
const barePort = appPort + 1;
const serverUrl = process.env.BENCH_PG ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const distDir = process.env.NEXT_DIST_DIR || ".next";
const profileDir = process.env.BENCH_PROFILE_DIR;
const only = process.env.BENCH_ONLY;
const baselineDist = process.env.BENCH_BASELINE_DIST;
const baselinePort = appPort + 2;
const AUTH_SECRET = "bench-only-secret-not-for-production-use-0000";
const COOKIE = "authjs.session-token";
const FROM = new Date("2026-06-01T00:00:00Z");
const TO = new Date("2026-07-01T00:00:00Z");
const BACKGROUND_USERS = 50; // 1,000 schedules each besides the measured user's

const databaseName = `planner_bench_http_${process.pid}`;
const databaseUrl = withDatabase(serverUrl, databaseName);
const children = [];
const pids = {};

await runOnServer(serverUrl, `CREATE DATABASE ${databaseName}`);
try {
  deployMigrations();
  const { userId, sessionId } = await seed();
  const cookie = `${COOKIE}=${await encode({
    // What auth.config.ts's jwt callback puts in the cookie at log-in.
    token: { sub: userId, name: "bench", username: "bench", role: "USER", sessionVersion: 0, sid: sessionId },
    secret: AUTH_SECRET,
    salt: COOKIE,
  })}`;
  if (only !== "bare") pids.app = await startApp(distDir, appPort, profileDir);
  if (baselineDist) pids.baseline = await startApp(baselineDist, baselinePort);
  if (only !== "app") pids.bare = await startBare();

  const appPath = `/api/trpc/schedule.range?batch=1&input=${encodeURIComponent(
    JSON.stringify({ 0: superjson.serialize({ from: FROM, to: TO, includeShared: true }) }),
  )}`;
  const barePath = `/range?from=${FROM.toISOString()}&to=${TO.toISOString()}`;
  const targets = [
    { name: "app", url: `http://127.0.0.1:${appPort}${appPath}` },
    ...(baselineDist ? [{ name: "baseline", url: `http://127.0.0.1:${baselinePort}${appPath}` }] : []),
    { name: "bare", url: `http://127.0.0.1:${barePort}${barePath}` },
  ].filter((target) => !only || target.name === only || target.name === "baseline");
  const events = await sameRows(targets, cookie);
  console.log(`schedule.range, June 2026: ${events} events for the measured user; ${BACKGROUND_USERS} other users × 1,000 schedules`);
  console.log(`concurrency ${CONNECTIONS}, ${SECONDS} s per round, ${ROUNDS} rounds each, interleaved; ${machineLabel()}`);

  for (const target of targets) await load(target.url, cookie, 3); // warm-up: JIT, pools, Next's lazy modules
  const results = Object.fromEntries(targets.map((target) => [target.name, []]));
  for (let round = 1; round <= ROUNDS; round += 1) {
    for (const target of targets) {
      const load1 = os.loadavg()[0].toFixed(2);
      const cpuBefore = cpuMillis(pids[target.name]);
      const result = await load(target.url, cookie, SECONDS);
      result.cpuPerRequest = (cpuMillis(pids[target.name]) - cpuBefore) / result.requests;
      results[target.name].push(result);
      console.log(
        `round ${round} ${target.name.padEnd(8)} ${result.rps.toFixed(0).padStart(5)} req/s  p50 ${result.p50.toFixed(1).padStart(6)} ms  p99 ${result.p99.toFixed(1).padStart(6)} ms  CPU ${result.cpuPerRequest.toFixed(2)} ms/req  errors ${result.errors}  (load ${load1})`,
      );
    }
  }
  report(results);
} finally {
  for (const child of children) child.kill("SIGTERM");
  await Promise.all(children.map((child) => new Promise((resolve) => (child.exitCode === null ? child.once("exit", resolve) : resolve()))));
  await runOnServer(serverUrl, `DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
}

function report(results) {
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const summary = Object.fromEntries(
    Object.entries(results).map(([name, rounds]) => [
      name,
      {
        rps: median(rounds.map((r) => r.rps)),
        p50: median(rounds.map((r) => r.p50)),
        p99: median(rounds.map((r) => r.p99)),
        cpu: median(rounds.map((r) => r.cpuPerRequest)),
      },
    ]),
  );
  for (const [name, s] of Object.entries(summary)) {
    console.log(`median ${name.padEnd(8)} ${s.rps.toFixed(0).padStart(5)} req/s  p50 ${s.p50.toFixed(1)} ms  p99 ${s.p99.toFixed(1)} ms  CPU ${s.cpu.toFixed(2)} ms/req`);
  }
  console.log(`load average ${loadAverage()}`);
  if (summary.app && summary.baseline) {
    const speedup = median(results.app.map((r, i) => r.rps / results.baseline[i].rps));
    const p99 = median(results.app.map((r, i) => r.p99 / results.baseline[i].p99));
    const cpu = median(results.app.map((r, i) => r.cpuPerRequest / results.baseline[i].cpuPerRequest));
    console.log(`app/baseline throughput ${speedup.toFixed(2)}×, p99 ${p99.toFixed(2)}×, CPU per request ${cpu.toFixed(2)}×`);
  }
  if (!summary.app || !summary.bare) return;
  // Ratios per round (each app round against the bare round next to it), then their median.
  const throughput = median(results.app.map((r, i) => r.rps / results.bare[i].rps));
  const p99 = median(results.app.map((r, i) => r.p99 / results.bare[i].p99));
  const cpu = median(results.app.map((r, i) => r.cpuPerRequest / results.bare[i].cpuPerRequest));
  console.log(`app/bare throughput ${throughput.toFixed(2)}× (target ≥ 0.5×), p99 ${p99.toFixed(2)}× (target ≤ 2×), CPU per request ${cpu.toFixed(2)}×`);
  const rows = [
    { metric: "app/bare throughput ratio (c=10)", value: round2(throughput), unit: "×", target: "≥ 0.5", pass: throughput >= 0.5 },
    { metric: "app/bare p99 ratio (c=10)", value: round2(p99), unit: "×", target: "≤ 2", pass: p99 <= 2 },
    { metric: "app throughput (c=10)", value: Math.round(summary.app.rps), unit: "req/s", target: "", pass: true },
    { metric: "app p50 / p99", value: `${summary.app.p50.toFixed(1)} / ${summary.app.p99.toFixed(1)}`, unit: "ms", target: "", pass: true },
    { metric: "app/bare server CPU per request", value: round2(cpu), unit: "×", target: "", pass: true },
    { metric: "bare throughput (c=10)", value: Math.round(summary.bare.rps), unit: "req/s", target: "", pass: true },
    { metric: "bare p50 / p99", value: `${summary.bare.p50.toFixed(1)} / ${summary.bare.p99.toFixed(1)}`, unit: "ms", target: "", pass: true },
  ];
  writeBenchResult("http", rows);
}

async function load(url, cookie, seconds) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: seconds, headers: { cookie } });
  return {
    rps: result.requests.average,
    requests: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

/** Both servers must answer the same rows, or the comparison means nothing. */
async function sameRows(targets, cookie) {
  const answers = {};
  for (const target of targets) {
    const response = await fetch(target.url, { headers: { cookie } });
    if (!response.ok) throw new Error(`${target.name} answered ${response.status}: ${await response.text()}`);
    const body = await response.json();
    answers[target.name] = target.name !== "bare" ? superjson.deserialize(body[0].result.data) : body;
  }
  const ids = Object.values(answers).map((rows) => rows.map((row) => row.id).join());
  if (new Set(ids).size !== 1) {
    for (const [name, rows] of Object.entries(answers)) console.error(name, rows.length, rows[0]?.id);
    throw new Error("the servers answered different rows");
  }
  return Object.values(answers)[0].length;
}

function deployMigrations() {
  const result = spawnSync("pnpm", ["--filter", "@planner/db", "db:deploy"], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (result.status !== 0) throw new Error("migrating the bench database failed");
}

/** The measured user (~100 schedules a month through 2026, as bench:range) and the background users; one live session. */
async function seed() {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`
      INSERT INTO users (id, username, email, password_hash, name, role, time_zone, updated_at)
      SELECT gen_random_uuid(), 'bench' || n, 'bench' || n || '@example.com', NULL, 'Bench ' || n, 'USER', 'UTC', now()
      FROM generate_series(0, ${BACKGROUND_USERS}) AS n`);
    await client.query(`
      INSERT INTO schedules (id, owner_id, title, memo, start_at, end_at, status, created_by_id, updated_at)
      SELECT gen_random_uuid(), u.id, 'Schedule ' || s, '', slot.start_at, slot.start_at + (1 + s % 3) * interval '1 hour',
             (CASE WHEN s % 5 = 0 THEN 'CLOSED' ELSE 'OPEN' END)::"ScheduleStatus", u.id, now()
      FROM users u
      CROSS JOIN generate_series(1, 1000) AS s
      CROSS JOIN LATERAL (
        SELECT timestamptz '2026-01-01 00:00:00+00' + ((s * 432 + (abs(hashtext(u.id::text)) % 48) * 30) / 30 * 30) * interval '1 minute' AS start_at
      ) AS slot`);
    await client.query("ANALYZE");
    const { rows } = await client.query("SELECT id FROM users WHERE username = 'bench0'");
    const userId = rows[0].id;
    const session = await client.query(
      `INSERT INTO sessions (id, user_id, created_at, last_active_at, expires_at)
       VALUES (gen_random_uuid(), $1, now(), now(), now() + interval '1 day') RETURNING id`,
      [userId],
    );
    return { userId, sessionId: session.rows[0].id };
  } finally {
    await client.end();
  }
}

/** A process's user + system CPU time so far, in ms (Linux /proc; fields 14 and 15 are in clock ticks, 100 a second). */
function cpuMillis(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Starts `next start` on a build; its pid once it answers. */
async function startApp(dist, port, profile) {
  if (!existsSync(path.join(webDir, dist, "BUILD_ID"))) {
    const build = spawnSync(process.execPath, [nextBin, "build"], { cwd: webDir, env: serverEnv(dist), stdio: "inherit" });
    if (build.status !== 0) throw new Error("next build failed");
  }
  const nodeArgs = profile ? ["--cpu-prof", "--cpu-prof-dir", path.resolve(profile)] : [];
  const child = spawn(process.execPath, [...nodeArgs, nextBin, "start", "--port", String(port), "--hostname", "127.0.0.1"], {
    cwd: webDir,
    env: serverEnv(dist),
    stdio: ["ignore", "ignore", "inherit"],
  });
  children.push(child);
  await waitFor(`http://127.0.0.1:${port}/api/health`);
  return child.pid;
}

async function startBare() {
  const child = spawn(process.execPath, [path.join(webDir, "bench", "bare-server.mjs")], {
    cwd: webDir,
    env: { ...process.env, PORT: String(barePort), DATABASE_URL: databaseUrl, AUTH_SECRET },
    stdio: ["ignore", "ignore", "inherit"],
  });
  children.push(child);
  await waitFor(`http://127.0.0.1:${barePort}/health`, true);
  return child.pid;
}

function serverEnv(dist) {
  return {
    ...process.env,
    NODE_ENV: "production",
    NEXT_DIST_DIR: dist,
    DATABASE_URL: databaseUrl,
    AUTH_SECRET,
    AUTH_TRUST_HOST: "true",
    // The request path is measured, not the reminder worker's sweep every 15 s.
    REMINDER_WORKER: "off",
    NEXT_TELEMETRY_DISABLED: "1",
  };
}

async function waitFor(url, anyAnswer = false) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.ok || anyAnswer) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${url} did not answer`);
}



function round2(value) {
  return Math.round(value * 100) / 100;
}
