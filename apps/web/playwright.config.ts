import { defineConfig, devices } from "@playwright/test";
import { existsSync } from "node:fs";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

// Debian's Chromium where it is installed (these machines cannot download
// browsers); otherwise Playwright's own (`pnpm exec playwright install chromium`).
// Debian's headless shell first: it is the same Blink without the browser's own UI,
// GPU process and background services, and it is what Playwright itself runs headless.
// On two cores the full browser's GPU and browser processes used more CPU than the
// pages they showed; the shell takes less than half the CPU for the same pages.
const systemChromium = [process.env.CHROMIUM_PATH, "/usr/bin/chromium-headless-shell", "/usr/bin/chromium"].find(
  (candidate): candidate is string => Boolean(candidate) && existsSync(candidate!),
);
const executablePath = systemChromium;

// Pictures of every page to look at, not checks ("Not assertions" in each file):
// `pnpm screenshots` takes them; `pnpm test` leaves them out.
const screenSpecs = ["**/screenshots.spec.ts", "**/*-screens.spec.ts"];

// Two streams on one server, each one test at a time: the specs below touch
// nothing another spec reads or relies on (each works on accounts of its own,
// or only reads the demo accounts' pages, or runs app instances of its own on a
// database of its own: embedded, two-instances) and never move the main server's
// clock, so they run beside the rest. Everything else stays in the one serial
// stream: the specs that move the clock (notifications, two-factor), those whose
// tokens the clock would expire (api-tokens, api-docs, readme-api), those that
// change or count shared accounts (accounts, calendar), and recovery (it reads
// the e-mails the server sends). A spec that could run beside the rest may still
// sit in the serial stream to keep the two even: schedule-repeat and phone-calendar
// (own accounts) do. Keep the streams' sums of test time even when adding specs
// (each ~6 min of CI's; `.test-results/playwright.json` has each test's duration).
const independentSpecs = [
  "**/accessibility.spec.ts",
  "**/agenda-search.spec.ts",
  "**/auth.spec.ts",
  // Its own account; the feed's address, fetched without cookies, and a download.
  "**/calendar-feed.spec.ts",
  // Its own account; imports a file into it.
  "**/calendar-import.spec.ts",
  "**/embedded.spec.ts",
  "**/i18n.spec.ts",
  // Its own accounts; offline in its own browser context only.
  "**/offline.spec.ts",
  "**/security-headers.spec.ts",
  "**/sessions.spec.ts",
  "**/shortcuts.spec.ts",
  // Its own app instance, OpenID Connect server and vendor mock, on a database of its own.
  "**/sign-in-providers.spec.ts",
  "**/theme.spec.ts",
  "**/todos.spec.ts",
  // Its own accounts; creates their projects and labels.
  "**/todos-quick-add.spec.ts",
  "**/two-instances.spec.ts",
];
const takingScreenshots = process.env.E2E_SCREENS === "1";

export default defineConfig({
  testDir: "e2e",
  outputDir: process.env.E2E_OUTPUT_DIR ?? "test-results",
  fullyParallel: false,
  // One per stream (see `projects`); each stream runs its tests one at a time.
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  use: {
    baseURL,
    // The service worker precaches every chunk of the build on a context's first page: in every
    // test's fresh context that was a few MB fetched and stored, for nothing the test checks.
    // The specs about the worker (offline, offline-screens) allow it.
    serviceWorkers: "block",
    // Recording a trace costs every test CPU (a DOM snapshot per action); CI retries a
    // failed test once and records that retry, so a failure still comes with its trace.
    trace: process.env.CI ? "on-first-retry" : "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: takingScreenshots
    ? [{ name: "screens", testMatch: screenSpecs, workers: 1, use: { ...devices["Desktop Chrome"] } }]
    : [
        { name: "chromium", testIgnore: [...screenSpecs, ...independentSpecs], workers: 1, use: { ...devices["Desktop Chrome"] } },
        { name: "independent", testMatch: independentSpecs, workers: 1, use: { ...devices["Desktop Chrome"] } },
      ],
  webServer: {
    command: "node e2e/server.mjs",
    url: `${baseURL}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: { E2E_PORT: String(port) },
  },
});
