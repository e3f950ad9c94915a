import { createHash } from "node:crypto";
import { defaultMigrationsDir, readMigrationsList } from "./migrations-dir";

/** One SQL query, on whatever connection the caller already has open. */
export type QueryRows = (sql: string) => Promise<Record<string, unknown>[]>;

/**
 * What `_prisma_migrations` says about the migrations folder, read with one
 * query and compared by name and checksum (sha256 of migration.sql, as the
 * schema engine records it).
 * - `fresh`: the database has no migration bookkeeping at all (never migrated).
 * - `pending`: folders not yet applied.
 * - `problems`: what only the engine may judge and report: a failed or
 *   unfinished migration, one edited after it was applied, one applied but
 *   missing from the folder.
 */
export type MigrationCheck = { fresh: boolean; pending: string[]; problems: string[] };

type Recorded = { migration_name: string; checksum: string; finished_at: unknown; rolled_back_at: unknown };

/**
 * The cheap check before start-up loads the schema engine (a WASM module of
 * several MB and a few seconds on PGlite): when it finds nothing to do, there
 * is nothing for the engine to do either. It only decides whether to call the
 * engine; everything that is applied or reported is still the engine's work.
 */
export async function checkMigrations(query: QueryRows, migrationsDir = defaultMigrationsDir()): Promise<MigrationCheck> {
  const list = await readMigrationsList(migrationsDir);
  let rows: Recorded[];
  try {
    rows = (await query(
      "SELECT migration_name, checksum, finished_at, rolled_back_at FROM _prisma_migrations",
    )) as Recorded[];
  } catch (error) {
    if (isUndefinedTable(error)) {
      return { fresh: true, pending: list.migrationDirectories.map((dir) => dir.path), problems: [] };
    }
    throw error;
  }
  // Rolled-back rows do not count, as for the engine: the migration is applied again.
  const live = rows.filter((row) => row.rolled_back_at === null);
  const problems = live.filter((row) => row.finished_at === null).map((row) => `${row.migration_name} failed to apply`);
  const applied = new Map(live.filter((row) => row.finished_at !== null).map((row) => [row.migration_name, row.checksum]));
  const pending: string[] = [];
  for (const dir of list.migrationDirectories) {
    const checksum = applied.get(dir.path);
    if (checksum === undefined) {
      if (!problems.some((problem) => problem.startsWith(`${dir.path} `))) pending.push(dir.path);
      continue;
    }
    const content = dir.migrationFile.content;
    if (content.tag === "error") problems.push(`${dir.path}: ${content.value}`);
    else if (sha256(content.value) !== checksum) problems.push(`${dir.path} was modified after it was applied`);
    applied.delete(dir.path);
  }
  for (const name of applied.keys()) problems.push(`${name} is applied in the database but missing from the migrations folder`);
  return { fresh: false, pending, problems };
}

/** Nothing for the engine to do. */
export function upToDate(check: MigrationCheck): boolean {
  return check.pending.length === 0 && check.problems.length === 0;
}

function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** PostgreSQL's undefined_table (42P01), from pg or PGlite. */
function isUndefinedTable(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "42P01";
}
