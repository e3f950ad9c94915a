import { existsSync } from "node:fs";
import path from "node:path";
import { dbSettings } from "./settings";

/**
 * Where the data lives. With no DATABASE_URL the app runs on embedded PGlite
 * stored under <repo>/.data/pglite (or PGLITE_DIR), so a fresh clone needs no
 * server; a postgresql:// URL selects a PostgreSQL server.
 */
export type DatabaseConfig =
  | { kind: "postgres"; url: string }
  | { kind: "pglite"; dataDir: string };

export function resolveDatabaseConfig(): DatabaseConfig {
  const { DATABASE_URL: url, PGLITE_DIR } = dbSettings();
  if (url) return { kind: "postgres", url };
  const dataDir = PGLITE_DIR?.trim() || path.join(findRepoRoot(), ".data", "pglite");
  return { kind: "pglite", dataDir: path.resolve(dataDir) };
}

/** The folder holding pnpm-workspace.yaml, so every package agrees on .data/. */
export function findRepoRoot(start: string = process.cwd()): string {
  let dir = path.resolve(start);
  for (;;) {
    if (existsSync(path.join(dir, "pnpm-workspace.yaml"))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return path.resolve(start);
    dir = parent;
  }
}
