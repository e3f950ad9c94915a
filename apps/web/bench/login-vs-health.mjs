#!/usr/bin/env node
// Benchmark (not a test): does bcrypt block the server? Serves the production
// build on a fresh embedded database with the default bcrypt cost (12), fires
// 20 log-ins at once and, while they run, calls GET /api/health one after
// another. Prints health latency percentiles before and during the log-ins.
//   pnpm bench:login            (builds first if there is no build)
//   BENCH_URL=http://host:port  measure a server that is already running
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const webDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const LOGINS = Number(process.env.BENCH_LOGINS ?? 20);
const port = process.env.BENCH_PORT ?? "3200";
const baseUrl = process.env.BENCH_URL ?? `http://127.0.0.1:${port}`;

let server;
if (!process.env.BENCH_URL) {
  server = spawn(process.execPath, [path.join(webDir, "e2e", "server.mjs")], {
    cwd: webDir,
    env: {
      ...process.env,
      E2E_PORT: port,
      E2E_SKIP_BUILD: existsSync(path.join(webDir, ".next", "BUILD_ID")) ? "1" : "0",
      BCRYPT_COST: process.env.BCRYPT_COST ?? "12",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

try {
  await waitForHealth();
  for (let i = 0; i < 20; i += 1) await timedHealth(); // warm-up: compile, connect
  const idle = [];
  for (let i = 0; i < 200; i += 1) idle.push(await timedHealth());

  const during = [];
  let loginsRunning = true;
  const started = performance.now();
  const logins = Promise.all(Array.from({ length: LOGINS }, (_, i) => logIn(i % 2 === 0 ? "user01" : "user02"))).finally(() => {
    loginsRunning = false;
  });
  while (loginsRunning) during.push(await timedHealth());
  const results = await logins;
  const loginWallMs = performance.now() - started;

  const ok = results.filter(Boolean).length;
  console.log(`bcrypt cost ${process.env.BCRYPT_COST ?? "12"}, ${LOGINS} concurrent log-ins: ${ok} succeeded in ${loginWallMs.toFixed(0)} ms`);
  console.log(`GET /api/health idle          ${summary(idle)}`);
  console.log(`GET /api/health during log-ins ${summary(during)}`);
  const p99 = percentile(during, 99);
  console.log(`p99 during log-ins ${p99.toFixed(1)} ms: ${p99 < 50 ? "under" : "OVER"} the 50 ms target`);
  if (ok !== LOGINS) process.exitCode = 1;
} finally {
  server?.kill("SIGTERM");
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
  const cookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", "X-Auth-Return-Redirect": "1", Cookie: cookie },
    body: new URLSearchParams({ login: username, password: `${username}-pass`, csrfToken, callbackUrl: "/calendar" }),
  });
  await response.arrayBuffer();
  return response.headers.getSetCookie().some((c) => c.includes("session-token="));
}

async function waitForHealth() {
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${baseUrl} did not become healthy`);
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

function summary(values) {
  return `n=${values.length} p50=${percentile(values, 50).toFixed(1)} ms p95=${percentile(values, 95).toFixed(1)} ms p99=${percentile(values, 99).toFixed(1)} ms max=${Math.max(...values).toFixed(1)} ms`;
}
