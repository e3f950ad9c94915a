import { resolveDatabaseConfig, type DatabaseConfig } from "./config";
import { openPglite } from "./connections";
import { openDatabase, type Database } from "./database";
import type { MigrationTarget } from "./migrate";
import { seedDemoData } from "./seed";
import { dbSettings } from "./settings";

// One database per server process. Next.js may evaluate this module in more
// than one bundle, and only one PGlite may open a data directory, so the
// instance lives on globalThis.
const holder = globalThis as typeof globalThis & { __plannerDatabase?: Promise<Database> };

/**
 * The app's database, opened on first use. The embedded database migrates and
 * seeds itself so a fresh clone runs with nothing else; a PostgreSQL server is
 * migrated by `pnpm db:deploy`, or here when MIGRATE_ON_START=true (Docker).
 */
export function getDatabase(): Promise<Database> {
  holder.__plannerDatabase ??= startDatabase().catch((error: unknown) => {
    holder.__plannerDatabase = undefined; // let the next request try again
    throw error;
  });
  return holder.__plannerDatabase;
}

async function startDatabase(): Promise<Database> {
  const config = resolveDatabaseConfig();
  return config.kind === "pglite" ? startEmbedded(config.dataDir) : startServer(config);
}

async function startEmbedded(dataDir: string): Promise<Database> {
  const pglite = await openPglite(dataDir);
  try {
    await migrate({ kind: "pglite", pglite });
    const db = await openDatabase({ kind: "pglite-instance", pglite, owned: true });
    if ((await db.users.count()) === 0) {
      await seedDemoData(db);
      console.info("[db] seeded demo accounts (see README)");
    }
    return db;
  } catch (error) {
    await pglite.close().catch(() => undefined);
    throw error;
  }
}

async function startServer(config: Extract<DatabaseConfig, { kind: "postgres" }>): Promise<Database> {
  if (dbSettings().MIGRATE_ON_START) await migrate({ kind: "postgres", url: config.url });
  return openDatabase(config);
}

/**
 * The migration engine (Prisma's WASM schema engine, several MB) is loaded only
 * here, on demand: a server process on an already migrated PostgreSQL never
 * loads it.
 */
async function migrate(target: MigrationTarget): Promise<void> {
  const { deployMigrations } = await import("./migrate");
  const { applied } = await deployMigrations(target);
  if (applied.length > 0) console.info(`[db] applied migrations: ${applied.join(", ")}`);
}
