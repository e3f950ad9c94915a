#!/usr/bin/env node
// Benchmark (not a test): how long `pnpm dev` (Turbopack) takes from start to
// the first /login answered 200, against `next dev` with webpack and against a
// blank Next.js app (one page, no config: the floor that Next.js and Turbopack
// set on this machine), in interleaved rounds. Each start is a fresh clone's: no
// build cache (its own dist folder, removed first). It runs on the embedded
// database: once on an empty data folder (the very first start: migrate and
// seed), then on that already-created one. A dev server compiles a page on its
// first request: that compile is in the figure.
//   pnpm bench:dev                 3 rounds
//   BENCH_ROUNDS=5 BENCH_PORT=3121 pnpm bench:dev
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadAverage, nextBin, webDir, writeResults } from "./support.mjs";

const port = process.env.BENCH_PORT ?? "3121";
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
// A dist folder that tsconfig.json already lists, so `next dev` leaves the tsconfig alone.
const distDir = ".next-x";
const TARGET_SECONDS = 10;
const MODES = { webpack: [], turbopack: ["--turbopack"] };
// The blank app sits beside apps/web (Turbopack refuses a node_modules link out of
// the repository) and borrows its node_modules: the same Next.js. Removed at the end.
const blankDir = path.join(webDir, "..", ".bench-dev-blank");

const dataRoot = mkdtempSync(path.join(os.tmpdir(), "planner-bench-dev-"));

function writeBlankApp() {
  rmSync(blankDir, { recursive: true, force: true });
  mkdirSync(path.join(blankDir, "app"), { recursive: true });
  symlinkSync(path.join("..", "web", "node_modules"), path.join(blankDir, "node_modules"));
  writeFileSync(path.join(blankDir, "next.config.mjs"), "export default {};\n");
  writeFileSync(path.join(blankDir, "app", "layout.jsx"), "export default function Layout({ children }) { return <html><body>{children}</body></html>; }\n");
  writeFileSync(path.join(blankDir, "app", "page.jsx"), "export default function Page() { return <p>Blank</p>; }\n");
}

/** Seconds from spawning `next dev` to GET /login (the blank app: /) answering 200. */
async function startToLogin(mode, dataDir) {
  const blank = mode === "blank";
  const appDir = blank ? blankDir : webDir;
  rmSync(path.join(appDir, blank ? ".next" : distDir), { recursive: true, force: true });
  const started = performance.now();
  const child = spawn(process.execPath, [nextBin, "dev", ...(blank ? MODES.turbopack : MODES[mode]), "-p", port, "-H", "127.0.0.1"], {
    cwd: appDir,
    detached: true,
    stdio: ["ignore", "ignore", "pipe"],
    env: blank
      ? { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "development" }
      : { ...process.env, DATABASE_URL: "", PGLITE_DIR: dataDir, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "development" },
  });
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr = (stderr + chunk).slice(-4000)));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`next dev (${mode}) exited ${child.exitCode}: ${stderr}`);
      if (performance.now() - started > 300_000) throw new Error(`next dev (${mode}): no /login after 300 s: ${stderr}`);
      const status = await fetch(`http://127.0.0.1:${port}${blank ? "/" : "/login"}`, { signal: AbortSignal.timeout(120_000) })
        .then(async (response) => (await response.arrayBuffer(), response.status))
        .catch(() => 0);
      if (status === 200) return (performance.now() - started) / 1000;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    await stopGroup(child.pid);
  }
}

/**
 * Stops a dev server and every process it started (its process group), and
 * waits until all are gone: a server still writing its cache on the way out
 * would otherwise take the CPU from the next start being timed.
 */
async function stopGroup(pid) {
  const alive = () => {
    try {
      process.kill(-pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  process.kill(-pid, "SIGTERM");
  const deadline = performance.now() + 30_000;
  while (alive()) {
    if (performance.now() > deadline) process.kill(-pid, "SIGKILL");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

// The two middle values averaged for an even count (support.mjs's median is the nearest rank).
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const results = { webpack: { first: 0, warm: [] }, turbopack: { first: 0, warm: [] }, blank: { warm: [] } };
const dataDirs = { webpack: path.join(dataRoot, "webpack"), turbopack: path.join(dataRoot, "turbopack") };

try {
  writeBlankApp();
  console.log(`load average before: ${loadAverage()}`);
  // The very first start of each: an empty data folder, migrated and seeded.
  for (const mode of Object.keys(MODES)) {
    mkdirSync(dataDirs[mode], { recursive: true });
    results[mode].first = await startToLogin(mode, dataDirs[mode]);
    console.log(`very first start, ${mode}: ${results[mode].first.toFixed(1)} s`);
  }
  for (let round = 1; round <= rounds; round += 1) {
    const order = ["webpack", "turbopack", "blank"];
    for (const mode of round % 2 ? order : order.reverse()) {
      const seconds = await startToLogin(mode, dataDirs[mode]);
      results[mode].warm.push(seconds);
      console.log(`round ${round}, ${mode}: ${seconds.toFixed(1)} s (load ${os.loadavg()[0].toFixed(2)})`);
    }
  }
} finally {
  rmSync(dataRoot, { recursive: true, force: true });
  rmSync(path.join(webDir, distDir), { recursive: true, force: true });
  rmSync(blankDir, { recursive: true, force: true });
}

const webpack = median(results.webpack.warm);
const turbopack = median(results.turbopack.warm);
const blank = median(results.blank.warm);
const ratios = results.turbopack.warm.map((seconds, i) => seconds / results.webpack.warm[i]);
const overBlank = results.turbopack.warm.map((seconds, i) => seconds / results.blank.warm[i]);
console.log(`median start to first /login 200: webpack ${webpack.toFixed(1)} s, Turbopack ${turbopack.toFixed(1)} s; Turbopack/webpack ratio per round ${ratios.map((r) => r.toFixed(2)).join(", ")}`);
console.log(`a blank Next.js app (Turbopack) to its first page: median ${blank.toFixed(1)} s; Planner/blank ratio per round ${overBlank.map((r) => r.toFixed(2)).join(", ")}`);
console.log(`load average after: ${loadAverage()}`);

const round1 = (value) => Math.round(value * 10) / 10;
const rows = [
  { metric: "pnpm dev (Turbopack): start to first /login 200, data already created", value: round1(turbopack), unit: "s", target: `≤ ${TARGET_SECONDS}`, pass: turbopack <= TARGET_SECONDS },
  { metric: "pnpm dev (Turbopack): very first start (empty data folder)", value: round1(results.turbopack.first), unit: "s", target: "reported", pass: true },
  { metric: "next dev with webpack: start to first /login 200, data already created", value: round1(webpack), unit: "s", target: "reported", pass: true },
  { metric: "Turbopack / webpack dev start (median of per-round ratios)", value: Math.round(median(ratios) * 100) / 100, unit: "×", target: "reported", pass: true },
  { metric: "a blank Next.js app (Turbopack): start to its first page", value: round1(blank), unit: "s", target: "reported", pass: true },
  { metric: "pnpm dev / blank Next.js app (median of per-round ratios)", value: Math.round(median(overBlank) * 100) / 100, unit: "×", target: "reported", pass: true },
];
for (const row of rows) console.log(`${row.pass ? "pass" : "FAIL"}  ${row.metric}: ${row.value} ${row.unit} (target ${row.target})`);
writeResults("dev", rows);
