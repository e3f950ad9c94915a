// Prisma migrations without Prisma's native schema engine: its WASM build,
// driven through driver adapters (PostgreSQL or PGlite), writes the same
// migration.sql, migration_lock.toml and _prisma_migrations rows as the CLI, so
// `prisma migrate deploy` can take over wherever the native engine is available.
export type { MigrationTarget, MigrateOptions } from "./target";
export { deployMigrations } from "./deploy";
export { createMigration, type CreateMigrationOptions } from "./dev";
export { migrationStatus, type MigrationStatus } from "./status";
export { defaultMigrationsDir, defaultSchemaPath } from "./migrations-dir";
