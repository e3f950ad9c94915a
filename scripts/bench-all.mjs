#!/usr/bin/env node
// `pnpm bench`: every benchmark, one after another (they would disturb each
// other side by side on a small machine), then one table of their figures.
//   pnpm bench                 run all, then print the table
//   pnpm bench -- --table      only print the table of the last figures (.bench-results/)
//   pnpm bench -- http lists   run only these
// Each benchmark writes .bench-results/<name>.json (scripts/bench-results.mjs).
import { spawnSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readBenchResults } from "./bench-results.mjs";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
// In this order: the production build is made by the first that needs it and reused.
const benchmarks = ["weight", "http", "start", "login", "range", "lists", "reminders", "import", "dev"];

const args = process.argv.slice(2).filter((arg) => arg !== "--");
const tableOnly = args.includes("--table");
const chosen = args.filter((arg) => !arg.startsWith("--"));
const toRun = tableOnly ? [] : chosen.length > 0 ? chosen : benchmarks;

const failed = [];
for (const name of toRun) {
  if (!benchmarks.includes(name)) {
    console.error(`unknown benchmark "${name}"; known: ${benchmarks.join(", ")}`);
    process.exit(2);
  }
  console.log(`\n=== bench:${name} ===`);
  const run = spawnSync("pnpm", [`bench:${name}`], { cwd: root, stdio: "inherit", env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1", NEXT_TELEMETRY_DISABLED: "1" } });
  if (run.status !== 0) failed.push(name);
}

const results = readBenchResults().sort((a, b) => benchmarks.indexOf(a.name) - benchmarks.indexOf(b.name));
const lines = ["| bench | metric | value | target | met |", "|---|---|---|---|---|"];
for (const result of results) {
  for (const row of result.rows) {
    const value = typeof row.value === "number" ? formatNumber(row.value) : row.value;
    // A figure without a target is reported, not judged.
    const judged = row.pass !== undefined && row.target && row.target !== "reported";
    const met = !judged ? "" : row.pass ? "yes" : "**no**";
    const target = row.target && row.target !== "reported" ? row.target : "";
    lines.push(`| ${result.name} | ${row.metric} | ${value}${row.unit ? ` ${row.unit}` : ""} | ${target} | ${met} |`);
  }
}
const machines = [...new Set(results.map((result) => result.machine))];
console.log(`\n${lines.join("\n")}\n`);
console.log(`Machine: ${machines.join("; ") || `${os.cpus()[0]?.model} ×${os.cpus().length}`}`);
for (const result of results) console.log(`  ${result.name}: ${result.at}, load average ${result.loadAverage.toFixed(2)} at the end`);
if (failed.length > 0) {
  console.error(`\nfailed: ${failed.join(", ")}`);
  process.exit(1);
}

function formatNumber(value) {
  if (Number.isInteger(value)) return value.toLocaleString("en");
  return Math.abs(value) >= 100 ? value.toFixed(0) : Math.abs(value) >= 10 ? value.toFixed(1) : value.toFixed(2);
}
