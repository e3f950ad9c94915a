import { noFilters, withSchemaEngine } from "./engine";
import { defaultMigrationsDir, readMigrationsList } from "./migrations-dir";
import { migrationFactory, type MigrateOptions, type MigrationTarget } from "./target";

export type MigrationStatus = { pending: string[]; applied: string[]; problems: string[] };

/** `prisma migrate status`, from the engine's diagnoseMigrationHistory (no shadow database). */
export async function migrationStatus(target: MigrationTarget, options: MigrateOptions = {}): Promise<MigrationStatus> {
  const migrationsList = await readMigrationsList(options.migrationsDir ?? defaultMigrationsDir());
  const diagnosis = await withSchemaEngine(migrationFactory(target), options, (engine) =>
    engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters: noFilters }),
  );
  const { history } = diagnosis;
  const pending = history && history.diagnostic !== "migrationsDirectoryIsBehind" ? history.unappliedMigrationNames : [];
  const unknown = history && history.diagnostic !== "databaseIsBehind" ? history.unpersistedMigrationNames : [];
  const failed = diagnosis.failedMigrationNames;
  const problems = [
    ...failed.map((name) => `${name} failed to apply: fix the database, then mark it rolled back or applied`),
    ...diagnosis.editedMigrationNames.map((name) => `${name} was modified after it was applied`),
    ...unknown.map((name) => `${name} is applied in the database but missing from the migrations folder`),
  ];
  if (history?.diagnostic === "historiesDiverge") {
    problems.push(`the database and the migrations folder diverge after ${history.lastCommonMigrationName ?? "the start"}`);
  }
  const local = migrationsList.migrationDirectories.map((dir) => dir.path);
  const applied = [...local.filter((name) => !pending.includes(name) && !failed.includes(name)), ...unknown];
  return { pending, applied, problems };
}
