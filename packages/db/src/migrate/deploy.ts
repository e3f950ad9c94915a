import { noFilters, withSchemaEngine } from "./engine";
import { defaultMigrationsDir, readMigrationsList } from "./migrations-dir";
import { migrationFactory, type MigrateOptions, type MigrationTarget } from "./target";

/** `prisma migrate deploy`: applies pending migrations, never generates any. */
export async function deployMigrations(
  target: MigrationTarget,
  options: MigrateOptions = {},
): Promise<{ applied: string[] }> {
  const migrationsList = await readMigrationsList(options.migrationsDir ?? defaultMigrationsDir());
  return withSchemaEngine(migrationFactory(target), options, async (engine) => {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: noFilters });
    return { applied: appliedMigrationNames };
  });
}
