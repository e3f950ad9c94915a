#!/usr/bin/env node
// Benchmark (not a test): does logging in stall the server? Serves the
// production build on a fresh embedded database with the default bcrypt cost
// (12). Rounds alternate idle and loaded: in an idle round only the health
// clients run; in a loaded round 20 log-ins are fired at once and the health
// clients run until the last one is done. Several clients call GET /api/health
// back to back side by side, so a stall shows up in every one of them, not as
// one slow sample among a few. Prints p50 / p99 / max of both kinds of round.
//   pnpm bench:login            (builds first if there is no build)
//   BENCH_ROUNDS=3 BENCH_CLIENTS=4 BENCH_LOGINS=20 BENCH_PORT=3200
//   BENCH_URL=http://host:port  measure a server that is already running
import { spawn } from "node:child_process";
import path from "node:path";
import { hasBuild, loadAverage, percentile, waitForHealth, webDir, writeResults } from "./support.mjs";

const LOGINS = Number(process.env.BENCH_LOGINS ?? 20);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 4);
const IDLE_MS = Number(process.env.BENCH_IDLE_MS ?? 2000);
const cost = process.env.BCRYPT_COST ?? "12";
const port = process.env.BENCH_PORT ?? "3200";
const baseUrl = process.env.BENCH_URL ?? `http://127.0.0.1:${port}`;

let server;
if (!process.env.BENCH_URL) {
  server = spawn(process.execPath, [path.join(webDir, "e2e", "server.mjs")], {
    cwd: webDir,
    env: { ...process.env, E2E_PORT: port, E2E_SKIP_BUILD: hasBuild() ? "1" : "0", BCRYPT_COST: cost },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

try {
  await waitForHealth(baseUrl, { timeoutMs: 600_000, everyMs: 200 });
  // Warm-up: the routes compile their modules, the database and the auth route are opened.
  await healthClients(() => true, 50);
  await Promise.all([logIn("user01"), logIn("user02")]);

  const idle = [];
  const loaded = [];
  const loginWalls = [];
  let failures = 0;
  console.log(`bcrypt cost ${cost}, ${LOGINS} concurrent log-ins, ${CLIENTS} health clients, ${ROUNDS} idle + ${ROUNDS} loaded rounds`);
  for (let round = 1; round <= ROUNDS; round += 1) {
    const until = performance.now() + IDLE_MS;
    const idleRound = await healthClients(() => performance.now() < until);
    idle.push(...idleRound);

    let running = true;
    const started = performance.now();
    const logins = Promise.all(Array.from({ length: LOGINS }, (_, i) => logIn(i % 2 === 0 ? "user01" : "user02"))).finally(() => {
      running = false;
    });
    const loadedRound = await healthClients(() => running);
    const ok = (await logins).filter(Boolean).length;
    failures += LOGINS - ok;
    loginWalls.push(performance.now() - started);
    loaded.push(...loadedRound);
    console.log(
      `round ${round}: idle ${summary(idleRound)} | loaded ${summary(loadedRound)} | ${ok}/${LOGINS} log-ins in ${(loginWalls.at(-1) / 1000).toFixed(1)} s (load ${loadAverage()})`,
    );
  }

  console.log(`GET /api/health idle    ${summary(idle)}`);
  console.log(`GET /api/health loaded  ${summary(loaded)}`);
  const p99 = percentile(loaded, 99);
  const max = Math.max(...loaded);
  const ratio = p99 / percentile(idle, 99);
  console.log(`loaded p99 ${p99.toFixed(1)} ms (target < 50), max ${max.toFixed(1)} ms (target < 150), loaded/idle p99 ${ratio.toFixed(2)}×`);
  writeResults("login", [
    { metric: `health p99 during ${LOGINS} log-ins (cost ${cost})`, value: round1(p99), unit: "ms", target: "< 50", pass: p99 < 50 },
    { metric: `health max during ${LOGINS} log-ins (cost ${cost})`, value: round1(max), unit: "ms", target: "< 150", pass: max < 150 },
    { metric: "health p99 loaded/idle", value: Number(ratio.toFixed(2)), unit: "×", target: "", pass: true },
    { metric: `${LOGINS} log-ins wall time (median round)`, value: round1(percentile(loginWalls, 50) / 1000), unit: "s", target: "", pass: failures === 0 },
  ]);
  if (failures > 0) {
    console.error(`${failures} log-ins failed`);
    process.exitCode = 1;
  }
} finally {
  server?.kill("SIGTERM");
}

/** CLIENTS loops calling /api/health back to back while `go()` (or `count` calls each); every latency in ms. */
async function healthClients(go, count = Infinity) {
  const samples = [];
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      for (let i = 0; i < count && go(); i += 1) samples.push(await timedHealth());
    }),
  );
  return samples;
}

async function timedHealth() {
  const start = performance.now();
  const response = await fetch(`${baseUrl}/api/health`);
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`health answered ${response.status}`);
  return performance.now() - start;
}

/** A whole next-auth credentials log-in: CSRF token, then the callback. */
async function logIn(username) {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = await csrf.json();
  const cookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", "X-Auth-Return-Redirect": "1", Cookie: cookie },
    body: new URLSearchParams({ login: username, password: `${username}-pass`, csrfToken, callbackUrl: "/calendar" }),
  });
  await response.arrayBuffer();
  return response.headers.getSetCookie().some((c) => c.includes("session-token="));
}

function summary(values) {
  return `n=${values.length} p50=${percentile(values, 50).toFixed(1)} p99=${percentile(values, 99).toFixed(1)} max=${Math.max(...values).toFixed(1)} ms`;
}

function round1(value) {
  return Number(value.toFixed(1));
}
