import { resolveDatabaseConfig } from "./config";
import { openDatabase, type Database } from "./database";
import { deployMigrations } from "./migrate";
import { seedDemoData } from "./seed";

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
  const db = await openDatabase(config);
  try {
    const embedded = config.kind === "pglite";
    if (embedded || process.env.MIGRATE_ON_START === "true") {
      const { applied } = await deployMigrations(db.migrationTarget);
      if (applied.length > 0) console.info(`[db] applied migrations: ${applied.join(", ")}`);
    }
    if (embedded && (await db.users.count()) === 0) {
      await seedDemoData(db);
      console.info("[db] seeded demo accounts (see README)");
    }
    return db;
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
}
