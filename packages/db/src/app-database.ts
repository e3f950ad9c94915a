import { existsSync, readdirSync } from "node:fs";
import { resolveDatabaseConfig, type DatabaseConfig } from "./config";
import { openPglite, queryOnServer } from "./connections";
import { openDatabase, type Database } from "./database";
import type { MigrationTarget } from "./migrate";
import { migrateOnStart } from "./migrate/on-start";
import type { QueryRows } from "./migrate/pending";
import { hashDemoPasswords, seedDemoData } from "./seed";
import { dbSettings } from "./settings";

// One database per server process. Next.js may evaluate this module in more
// than one bundle, and only one PGlite may open a data directory, so the
// instance lives on globalThis.
const holder = globalThis as typeof globalThis & { __plannerDatabase?: Promise<Database> };

/**
 * The app's database, opened on first use. The embedded database migrates
 * itself, and seeds the demo accounts when it is first created, so a fresh
 * clone runs with nothing else; a PostgreSQL server is migrated by
 * `pnpm db:deploy`, or here when MIGRATE_ON_START=true (Docker).
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
  if (dbSettings().NODE_ENV === "production") {
    console.warn(
      "[db] warning: the embedded database (PGlite) is serving a production build. It is one process's " +
        "single-session database, made for trying the app and for tests: set DATABASE_URL to a PostgreSQL server for real use.",
    );
  }
  // An empty folder gets a new database and the demo accounts. Their bcrypt
  // hashes (about a second at cost 12) are made on libuv's thread pool while
  // PGlite creates the database on this thread, instead of after it.
  const demoPasswordHashes = isEmptyFolder(dataDir) ? hashDemoPasswords() : undefined;
  demoPasswordHashes?.catch(() => undefined); // awaited (and its failure reported) by the seed, if it runs
  const pglite = await openPglite(dataDir);
  try {
    const { fresh } = await migrateIfNeeded({ kind: "pglite", pglite }, async (sql) => (await pglite.query(sql)).rows as Record<string, unknown>[]);
    const db = await openDatabase({ kind: "pglite-instance", pglite, owned: true });
    // Only a database created just now gets the demo accounts (never a check on every start).
    if (fresh) {
      await seedDemoData(db, new Date(), demoPasswordHashes);
      console.info("[db] seeded demo accounts (see README)");
    }
    return db;
  } catch (error) {
    await pglite.close().catch(() => undefined);
    throw error;
  }
}

function isEmptyFolder(folder: string): boolean {
  return !existsSync(folder) || readdirSync(folder).length === 0;
}

async function startServer(config: Extract<DatabaseConfig, { kind: "postgres" }>): Promise<Database> {
  if (dbSettings().MIGRATE_ON_START) await migrateIfNeeded(config, (sql) => queryOnServer(config.url, sql));
  return openDatabase(config);
}

async function migrateIfNeeded(target: MigrationTarget, query: QueryRows): Promise<{ fresh: boolean }> {
  const { fresh, applied } = await migrateOnStart(target, query);
  if (applied.length > 0) console.info(`[db] applied migrations: ${applied.join(", ")}`);
  return { fresh };
}
