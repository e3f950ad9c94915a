import type { PGlite } from "@electric-sql/pglite";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { pgMigrationFactory } from "./pg-adapter";
import { pgliteMigrationFactory } from "./pglite-adapter";

/**
 * Where migrations run. A PGlite is passed already open because only one
 * process may open a data directory and the app keeps one per process: the
 * migration functions use it and leave it open.
 */
export type MigrationTarget = { kind: "postgres"; url: string } | { kind: "pglite"; pglite: PGlite };

export type MigrateOptions = {
  /** Defaults to packages/db/prisma/migrations. */
  migrationsDir?: string;
  /** Receives the schema engine's JSON log lines. */
  log?: (line: string) => void;
};

export function migrationFactory(target: MigrationTarget): SqlMigrationAwareDriverAdapterFactory {
  return target.kind === "postgres" ? pgMigrationFactory(target.url) : pgliteMigrationFactory(target.pglite);
}
