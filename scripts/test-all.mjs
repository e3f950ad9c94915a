#!/usr/bin/env node
// `pnpm test`: every suite, then one line with the totals.
//   1. vitest: domain unit tests, and the database tests on embedded PGlite
//      (plus on PostgreSQL when TEST_POSTGRES_URL or DATABASE_URL is set);
//   2. Playwright: the browser tests against a production build (made while vitest runs),
//      served on a database of its own on that PostgreSQL server when there is one
//      (e2e/embedded.spec.ts then walks the embedded database), else on embedded PGlite.
// Prints `N passed, N failed` last and exits non-zero if anything failed.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const reportDir = path.join(root, ".test-results");
rmSync(reportDir, { recursive: true, force: true });
mkdirSync(reportDir, { recursive: true });

// A fresh clone: install first, so `pnpm test` is enough on its own.
if (!existsSync(path.join(root, "node_modules", ".modules.yaml"))) {
  spawnSync("pnpm", ["install", "--frozen-lockfile"], { cwd: root, stdio: "inherit" });
}

// Debian's Chromium (or its headless shell) where installed (offline machines); otherwise Playwright's own.
const systemBrowsers = [process.env.CHROMIUM_PATH, "/usr/bin/chromium-headless-shell", "/usr/bin/chromium"].filter(Boolean);
if (!systemBrowsers.some((browser) => existsSync(browser))) {
  spawnSync("pnpm", ["--filter", "@planner/web", "exec", "playwright", "install", "chromium"], { cwd: root, stdio: "inherit" });
}

const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1", NEXT_TELEMETRY_DISABLED: "1", VITE_CONFIG_NATIVE_IGNORE_WARNING: "true" };
const totals = { passed: 0, failed: 0 };
let anySuiteBroke = false;

function run(name, command, args, options = {}) {
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, env: { ...env, ...options.env }, stdio: "inherit" });
  console.log(`=== ${name}: ${Math.round((Date.now() - started) / 1000)} s ===`);
  return result.status ?? 1;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

// The production build the browser tests run against is made while vitest runs
// (it waits on its own processes), so the two suites overlap instead of adding up.
console.log("\n=== production build for the browser tests (in the background) ===");
const buildStarted = Date.now();
const build = spawn("node", ["e2e/server.mjs"], {
  cwd: path.join(root, "apps", "web"),
  env: { ...env, E2E_BUILD_ONLY: "1" },
  stdio: ["ignore", "pipe", "pipe"],
});
let buildOutput = "";
build.stdout.on("data", (chunk) => (buildOutput += chunk));
build.stderr.on("data", (chunk) => (buildOutput += chunk));
const buildDone = new Promise((resolve) => build.on("exit", (code) => resolve(code ?? 1)));

// 1. vitest
const vitestReport = path.join(reportDir, "vitest.json");
const vitestStatus = run("unit and database tests (vitest)", "pnpm", [
  "exec", "vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestReport}`,
]);
const vitest = readJson(vitestReport);
if (vitest) {
  totals.passed += vitest.numPassedTests;
  totals.failed += vitest.numFailedTests;
  // A file that failed to load has no tests to count; count it as a failure.
  totals.failed += (vitest.testResults ?? []).filter((file) => file.status === "failed" && file.assertionResults.length === 0).length;
}
if (vitestStatus !== 0 && (!vitest || vitest.numFailedTests === 0)) anySuiteBroke = true;

// 2. Playwright, on the build made above (or building again if that failed, to show why).
const buildStatus = await buildDone;
console.log(`=== production build: ${buildStatus === 0 ? "done" : "failed"} after ${Math.round((Date.now() - buildStarted) / 1000)} s ===`);
if (buildStatus !== 0) console.log(buildOutput);
const playwrightReport = path.join(reportDir, "playwright.json");
const playwrightStatus = run("browser tests (Playwright)", "pnpm", ["--filter", "@planner/web", "exec", "playwright", "test"], {
  env: {
    PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport,
    ...(buildStatus === 0 ? { E2E_SKIP_BUILD: "1" } : {}),
    E2E_POSTGRES_URL: process.env.E2E_POSTGRES_URL ?? process.env.TEST_POSTGRES_URL ?? "",
  },
});
const playwright = existsSync(playwrightReport) ? readJson(playwrightReport) : null;
if (playwright?.stats) {
  totals.passed += playwright.stats.expected + playwright.stats.flaky;
  totals.failed += playwright.stats.unexpected;
}
if (playwrightStatus !== 0 && (!playwright?.stats || playwright.stats.unexpected === 0)) anySuiteBroke = true;

if (anySuiteBroke) {
  console.error("\nA suite could not run to the end (see its output above); counting it as one failure.");
  totals.failed += 1;
}
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 ? 1 : 0);
