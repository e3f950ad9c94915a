import { checkMigrations, upToDate, type QueryRows } from "./pending";
import type { MigrationTarget } from "./target";

export type MigrateOnStartResult = {
  /** The database had never been migrated before this call. */
  fresh: boolean;
  /** Whether the schema engine had to run. */
  ranEngine: boolean;
  applied: string[];
};

/**
 * A server's start-up migration. Reads the bookkeeping with one query and loads
 * the migration engine (Prisma's WASM schema engine: several MB, seconds on
 * PGlite) only when there is something for it to do, so an up-to-date database
 * starts without it. The engine applies what is pending and fails on a failed
 * migration; what it would pass over in silence (an edited migration, one
 * missing from the folder) is logged here.
 */
export async function migrateOnStart(
  target: MigrationTarget,
  query: QueryRows,
  options: { migrationsDir?: string; log?: (line: string) => void } = {},
): Promise<MigrateOnStartResult> {
  const log = options.log ?? console.warn;
  const check = await checkMigrations(query, options.migrationsDir);
  if (upToDate(check)) return { fresh: false, ranEngine: false, applied: [] };
  for (const problem of check.problems) log(`[db] migrations: ${problem}`);
  // Imported here, not at the top: the engine's module is only loaded on this path.
  const { deployMigrations } = await import("./deploy");
  const { applied } = await deployMigrations(target, { migrationsDir: options.migrationsDir });
  return { fresh: check.fresh, ranEngine: true, applied };
}
