// Writes <repo>/.bench-results/<name>.json, the shape `pnpm bench` gathers into one table.
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { findRepoRoot } from "@planner/db";

export type BenchRow = { metric: string; value: number; unit: string; target: string; pass: boolean };

export function writeBenchResult(name: string, rows: BenchRow[]): string {
  const folder = join(findRepoRoot(), ".bench-results");
  mkdirSync(folder, { recursive: true });
  const file = join(folder, `${name}.json`);
  const machine = `${cpus()[0]?.model ?? "unknown CPU"} ×${cpus().length}, ${process.version}`;
  writeFileSync(file, `${JSON.stringify({ name, machine, at: new Date().toISOString(), rows }, null, 2)}\n`);
  return file;
}
