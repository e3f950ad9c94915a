import { readFile } from "node:fs/promises";
import path from "node:path";
import { noFilters, withSchemaEngine } from "./engine";
import {
  defaultMigrationsDir,
  defaultSchemaPath,
  readMigrationsList,
  slugifyMigrationName,
  writeMigration,
} from "./migrations-dir";
import { migrationFactory, type MigrateOptions, type MigrationTarget } from "./target";

export type CreateMigrationOptions = MigrateOptions & {
  name: string;
  /** Defaults to packages/db/prisma/schema.prisma. */
  schemaPath?: string;
  /** Write the migration without applying it (to edit it first). */
  createOnly?: boolean;
  /** Go ahead although the change drops data (the CLI would ask). */
  acceptDataLoss?: boolean;
};

/**
 * `prisma migrate dev` in the engine calls of @prisma/migrate: apply what is
 * pending, then diff the schema against the migrations (replayed on a shadow
 * database) and write and apply a new migration if anything changed.
 */
export async function createMigration(
  target: MigrationTarget,
  options: CreateMigrationOptions,
): Promise<{ created: string | null; applied: string[] }> {
  const migrationsDir = options.migrationsDir ?? defaultMigrationsDir();
  const schemaPath = path.resolve(options.schemaPath ?? defaultSchemaPath);
  const schemaContent = await readFile(schemaPath, "utf8");
  const schema = { files: [{ path: schemaPath, content: schemaContent }] };
  const datamodels: [string, string][] = [[schemaPath, schemaContent]];

  return withSchemaEngine(migrationFactory(target), { ...options, datamodels }, async (engine) => {
    const diagnose = async () => {
      const { action } = await engine.devDiagnostic({
        migrationsList: await readMigrationsList(migrationsDir),
        filters: noFilters,
      });
      if (action.tag === "reset") {
        throw new Error(`${action.reason}\nThe database must be reset (all its data lost) before migrate dev can go on.`);
      }
    };
    const applyPending = async () =>
      (await engine.applyMigrations({ migrationsList: await readMigrationsList(migrationsDir), filters: noFilters }))
        .appliedMigrationNames;

    await diagnose();
    const applied = await applyPending();
    // Unlike the native engine, the WASM one forgets its shadow database here:
    // without a second diagnosis the next calls fail with "shadow DB must be provided".
    if (applied.length > 0) await diagnose();

    const migrationsList = await readMigrationsList(migrationsDir);
    const loss = await engine.evaluateDataLoss({ migrationsList, schema, filters: noFilters });
    if (loss.unexecutableSteps.length > 0 && !options.createOnly) {
      const steps = loss.unexecutableSteps.map((step) => `  • Step ${step.stepIndex} ${step.message}`);
      throw new Error(`Changes that cannot be executed:\n${steps.join("\n")}\nUse --create-only and edit the SQL.`);
    }
    if (loss.warnings.length > 0 && !options.acceptDataLoss) {
      const warnings = loss.warnings.map((warning) => `  • ${warning.message}`);
      throw new Error(`This migration would lose data:\n${warnings.join("\n")}\nRerun with --accept-data-loss to go ahead.`);
    }
    if (loss.migrationSteps === 0 && !options.createOnly) return { created: null, applied };
    const migrationName = slugifyMigrationName(options.name);
    if (!migrationName) throw new Error("The schema changed: name the new migration (--name).");

    const output = await engine.createMigration({
      migrationsList,
      schema,
      filters: noFilters,
      migrationName,
      draft: options.createOnly ?? false,
    });
    if (output.migrationScript === null) return { created: null, applied };
    await writeMigration(migrationsList, output);
    if (!options.createOnly) applied.push(...(await applyPending()));
    return { created: output.generatedMigrationName, applied };
  });
}
