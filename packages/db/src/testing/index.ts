import { randomBytes } from "node:crypto";
import { openPglite, runOnServer } from "../connections";
import { openDatabase, type Database, type OpenOptions } from "../database";
import { deployMigrations } from "../migrate";
import { databaseUrl, dropServerDatabase, openPgliteFromSnapshot } from "./snapshot";

export { createTemplateDatabase, dropServerDatabase, writePgliteSnapshot } from "./snapshot";

export type TestDatabase = Database & {
  /** Empties every table, keeping the schema, so tests stay independent. */
  reset: () => Promise<void>;
  /** The connection URL of a server database (for worker processes); absent for PGlite. */
  url?: string;
};

export type TestDatabaseOptions = Pick<OpenOptions, "onQuery"> & {
  /** Start from these migrated copies (made once per test run, see snapshot.ts) instead of migrating. */
  from?: { pgliteSnapshot?: string; postgresTemplate?: string };
};

/**
 * A real, migrated, empty database for one test file: in-memory PGlite, or a
 * fresh database on the PostgreSQL server named by TEST_POSTGRES_URL when
 * TEST_DATABASE=postgres. The server database is dropped by close().
 */
export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const { from, ...openOptions } = options;
  return process.env.TEST_DATABASE === "postgres"
    ? createServerDatabase(openOptions, from?.postgresTemplate)
    : createEmbeddedDatabase(openOptions, from?.pgliteSnapshot);
}

async function createEmbeddedDatabase(options: OpenOptions, snapshot: string | undefined): Promise<TestDatabase> {
  let pglite;
  if (snapshot) {
    pglite = await openPgliteFromSnapshot(snapshot);
  } else {
    pglite = await openPglite();
    await deployMigrations({ kind: "pglite", pglite });
  }
  const db = await openDatabase({ kind: "pglite-instance", pglite, owned: true }, options);
  return withReset(db, () => db.close());
}

async function createServerDatabase(options: OpenOptions, template: string | undefined): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_POSTGRES_URL;
  if (!serverUrl) throw new Error("TEST_DATABASE=postgres needs TEST_POSTGRES_URL (or DATABASE_URL) to point at a server");
  const name = `planner_test_${randomBytes(6).toString("hex")}`;
  const url = databaseUrl(serverUrl, name);
  if (template) {
    await runOnServer(serverUrl, `CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  } else {
    await runOnServer(serverUrl, `CREATE DATABASE "${name}"`);
    await deployMigrations({ kind: "postgres", url });
  }
  const db = await openDatabase({ kind: "postgres", url }, { ...options, poolSize: 10 });
  const testDb = withReset(db, async () => {
    await db.close();
    await dropServerDatabase(serverUrl, name);
  });
  return { ...testDb, url };
}

function withReset(db: Database, close: () => Promise<void>): TestDatabase {
  return {
    ...db,
    close,
    async reset() {
      const tables = await db.prisma.$queryRaw<{ tablename: string }[]>`
        SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
      if (tables.length === 0) return;
      const list = tables.map(({ tablename }) => `"${tablename}"`).join(", ");
      await db.prisma.$executeRawUnsafe(`TRUNCATE ${list} CASCADE`);
    },
  };
}
export { encodeCursor } from "../repositories/cursor";
/** The calendar's window statement, for benchmarks to EXPLAIN exactly what the repository sends. */
export { rangeStatement, visibleOwners } from "../repositories/schedule-range-query";
export { Prisma } from "../generated/prisma/client";
