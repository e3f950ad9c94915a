// One place that knows where benchmark figures go and what they look like, so
// `pnpm bench` can print every benchmark's figures as one table.
// Each benchmark calls writeBenchResult(name, rows) once, at its end.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const benchResultsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", ".bench-results");

/** The value below which p % of the values lie (nearest rank). */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

/** "1.52 2.95 5.23": the machine's load over 1, 5 and 15 minutes, printed beside every figure. */
export function loadAverage() {
  return os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(" ");
}

/** "AMD EPYC … ×2, Node v20.20.2": the machine a figure was measured on. */
export function machineLabel() {
  const cpus = os.cpus();
  return `${cpus[0]?.model.trim() ?? "unknown CPU"} ×${cpus.length}, Node ${process.version}`;
}

/**
 * @param {string} name the benchmark (`range`, `http`, …)
 * @param {{ metric: string, value: number | string, unit?: string, target?: string, pass?: boolean }[]} rows
 */
export function writeBenchResult(name, rows) {
  mkdirSync(benchResultsDir, { recursive: true });
  const result = { name, machine: machineLabel(), at: new Date().toISOString(), loadAverage: os.loadavg()[0], rows };
  writeFileSync(path.join(benchResultsDir, `${name}.json`), `${JSON.stringify(result, null, 2)}\n`);
  return result;
}

export function readBenchResults() {
  let files = [];
  try {
    files = readdirSync(benchResultsDir).filter((file) => file.endsWith(".json"));
  } catch {
    return [];
  }
  return files.map((file) => JSON.parse(readFileSync(path.join(benchResultsDir, file), "utf8")));
}
