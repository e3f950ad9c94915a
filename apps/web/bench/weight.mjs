#!/usr/bin/env node
// Benchmark (not a test): how much JavaScript each page makes the browser load
// first, gzipped, read from a production build's manifests. Next's own "First
// Load JS" leaves out the layouts; this counts everything a first visit fetches:
//   the root main files (webpack runtime, React, Next's client)
//   + global-error (its client reference is in every page's payload)
//   + for each segment on the route's path: layout, template, error, loading, not-found
//   + the page itself.
// Chunks a page loads later through dynamic import (FullCalendar) are listed apart.
//   pnpm bench:weight                   builds first, then measures .next
//   pnpm bench:weight --skip-build      measures the existing build
//   pnpm bench:weight --dir .next-old   measures another build folder (no build)
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { writeBenchResult } from "../../../scripts/bench-results.mjs";

const webDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const repoRoot = path.join(webDir, "../..");
const args = process.argv.slice(2);
const dirArg = args.includes("--dir") ? args[args.indexOf("--dir") + 1] : undefined;
const distDir = path.resolve(webDir, dirArg ?? process.env.NEXT_DIST_DIR ?? ".next");

const TARGETS = { login: 130, calendar: 200, anyPage: 220, notFoundOverFloor: 10 };

if (!dirArg && !args.includes("--skip-build")) {
  const nextBin = path.join(webDir, "node_modules", "next", "dist", "bin", "next");
  const build = spawnSync(process.execPath, [nextBin, "build"], {
    cwd: webDir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const readJson = (name) => JSON.parse(readFileSync(path.join(distDir, name), "utf8"));
const buildManifest = readJson("build-manifest.json");
const appPages = readJson("app-build-manifest.json").pages;
const appRoutes = readJson("app-path-routes-manifest.json");
const loadable = readJson("react-loadable-manifest.json");

const gzCache = new Map();
/** Gzipped size in bytes of a build file (level 9, as Next's own figure). */
function gz(file) {
  if (!gzCache.has(file)) gzCache.set(file, gzipSync(readFileSync(path.join(distDir, file)), { level: 9 }).length);
  return gzCache.get(file);
}
const sum = (files) => [...files].reduce((total, file) => total + gz(file), 0);
const kB = (bytes) => bytes / 1000;
const jsOnly = (files) => files.filter((file) => file.endsWith(".js"));

const floorFiles = new Set(jsOnly(buildManifest.rootMainFiles));
const BOUNDARIES = ["layout", "template", "error", "loading", "not-found"];

/** Every file a first visit to the app page `pageKey` ("/(auth)/login/page") loads. */
function firstLoadFiles(pageKey) {
  const files = new Set(floorFiles);
  const add = (key) => jsOnly(appPages[key] ?? []).forEach((file) => files.add(file));
  add("/global-error");
  const segments = pageKey.split("/").slice(1, -1);
  for (let depth = 0; depth <= segments.length; depth += 1) {
    const prefix = segments.slice(0, depth).map((segment) => `/${segment}`).join("");
    for (const boundary of BOUNDARIES) add(`${prefix}/${boundary}`);
  }
  add(pageKey);
  return files;
}

/** What a dynamic import() names: "./schedule-calendar" in "features/schedule/calendar-screen.tsx -> ./schedule-calendar". */
const importedName = (key) => key.split(" -> ").at(-1).replace(/^\.\//, "");

/**
 * The dynamic imports (next/dynamic, import()) that one of `files` contains, each
 * with the chunks it loads beyond `files` (and beyond the imports listed before it).
 */
function laterImports(files) {
  const code = [...files].map((file) => readFileSync(path.join(distDir, file), "utf8")).join("\n");
  const loaded = new Set(files);
  const imports = [];
  for (const [key, entry] of Object.entries(loadable)) {
    if (!new RegExp(`\\.bind\\(\\w+,${entry.id}\\)`).test(code)) continue;
    const extra = jsOnly(entry.files).filter((file) => !loaded.has(file));
    extra.forEach((file) => loaded.add(file));
    imports.push({ name: importedName(key), bytes: sum(extra) });
  }
  return imports.filter((entry) => entry.bytes > 0);
}

const CALENDAR_LIBRARY = "schedule-calendar";
const rows = [];
for (const [pageKey, route] of Object.entries(appRoutes)) {
  if (!pageKey.endsWith("/page")) continue; // route handlers ship no JavaScript
  const files = firstLoadFiles(pageKey);
  const later = laterImports(files);
  rows.push({ route: route === "/_not-found" ? "404 (/_not-found)" : route, pageKey, first: sum(files), later });
}
rows.sort((a, b) => a.route.localeCompare(b.route));

const floor = sum(floorFiles);
const width = Math.max(...rows.map((row) => row.route.length));
console.log(`build: ${path.relative(repoRoot, distDir)}   framework floor (root main files): ${kB(floor).toFixed(1)} kB gz`);
console.log(`${"route".padEnd(width)}  first load kB gz   then, by dynamic import (kB gz)`);
for (const row of rows) {
  const later = row.later.map((entry) => `${entry.name} ${kB(entry.bytes).toFixed(1)}`).join(", ");
  console.log(`${row.route.padEnd(width)}  ${kB(row.first).toFixed(1).padStart(17)}   ${later}`);
}

const byRoute = (route) => rows.find((row) => row.route === route);
const login = kB(byRoute("/login").first);
const calendar = byRoute("/calendar");
const calendarLibrary = calendar.later.find((entry) => entry.name === CALENDAR_LIBRARY)?.bytes ?? 0;
const notFound = kB(rows.find((row) => row.pageKey === "/_not-found/page").first);
const heaviest = rows.reduce((a, b) => (b.first > a.first ? b : a));
const round = (value) => Math.round(value * 10) / 10;
const results = [
  { metric: "/login first load JS (gz)", value: round(login), unit: "kB", target: `≤ ${TARGETS.login}`, pass: login <= TARGETS.login },
  { metric: "/calendar first load JS (gz), before the calendar chunk", value: round(kB(calendar.first)), unit: "kB", target: `≤ ${TARGETS.calendar}`, pass: kB(calendar.first) <= TARGETS.calendar },
  { metric: "/calendar calendar library chunk, loaded after (gz)", value: round(kB(calendarLibrary)), unit: "kB", target: "reported", pass: true },
  { metric: `heaviest page first load JS (gz): ${heaviest.route}`, value: round(kB(heaviest.first)), unit: "kB", target: `≤ ${TARGETS.anyPage}`, pass: kB(heaviest.first) <= TARGETS.anyPage },
  { metric: "404 first load JS over the framework floor (gz)", value: round(notFound - kB(floor)), unit: "kB", target: `≤ ${TARGETS.notFoundOverFloor}`, pass: notFound - kB(floor) <= TARGETS.notFoundOverFloor },
];
console.log("");
for (const row of results) console.log(`${row.pass ? "pass" : "FAIL"}  ${row.metric}: ${row.value} ${row.unit} (target ${row.target})`);

writeBenchResult("weight", results);
