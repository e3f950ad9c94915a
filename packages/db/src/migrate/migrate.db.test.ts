import { createHash, randomBytes } from "node:crypto";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, test } from "vitest";
import {
  createMigration,
  defaultMigrationsDir,
  defaultSchemaPath,
  deployMigrations,
  migrationStatus,
  type MigrationTarget,
} from "./index";
import { migrateOnStart } from "./on-start";
import { checkMigrations, upToDate } from "./pending";
import { openEmptyPglite } from "./pglite-adapter";

const timeout = 180_000;
const migrationNames = (await readdir(defaultMigrationsDir(), { withFileTypes: true }))
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const tables = ["admins", "api_tokens", "calendar_feeds", "labels", "notifications", "password_links", "projects", "provider_accounts", "rate_limit_counters", "schedule_exceptions", "schedule_reminders", "schedules", "sessions", "subscribers", "subscriptions", "todo_labels", "todos", "two_factor", "two_factor_recovery_codes", "users"];

/** Just enough SQL to check the results, on either kind of database. */
type Sql = { query: <T>(sql: string, params?: unknown[]) => Promise<T[]>; close: () => Promise<void> };

type Harness = { target: MigrationTarget; sql: Sql; cleanup: () => Promise<void> };

async function pgliteHarness(): Promise<Harness> {
  const pglite = await openEmptyPglite();
  return {
    target: { kind: "pglite", pglite },
    sql: { query: async (text, params) => (await pglite.query(text, params)).rows as never[], close: async () => {} },
    cleanup: () => pglite.close(),
  };
}

/** A throwaway planner_mig_<random> database on the DATABASE_URL server. */
async function postgresHarness(serverUrl: string): Promise<Harness> {
  const database = `planner_mig_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  return {
    target: { kind: "postgres", url: url.toString() },
    sql: { query: async (text, params) => (await client.query(text, params)).rows as never[], close: () => client.end() },
    cleanup: async () => {
      await client.end();
      await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await admin.end();
    },
  };
}

async function tempDir(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), "planner-migrate-"));
}

type Kind = "pglite" | "postgres";

/** An empty, unmigrated database of the given kind. */
function openHarness(kind: Kind): Promise<Harness> {
  if (kind === "pglite") return pgliteHarness();
  const serverUrl = process.env.TEST_POSTGRES_URL || process.env.DATABASE_URL;
  if (!serverUrl) throw new Error("TEST_DATABASE=postgres needs TEST_POSTGRES_URL (or DATABASE_URL) to point at a server");
  return postgresHarness(serverUrl);
}

// The root vitest projects db-pglite / db-postgres set TEST_DATABASE; as for
// createTestDatabase, PGlite unless it says postgres.
const kind: Kind = process.env.TEST_DATABASE === "postgres" ? "postgres" : "pglite";

// Empty databases rather than databaseTest's migrated ones: migrating them is what these tests check.
const it = test
  // Which kind of database this run tests; the fixtures below open theirs by it.
  .extend("kind", { scope: "file" }, kind)
  // One database for the whole file: the tests below build on each other's migrations.
  .extend("harness", { scope: "file" }, async ({ kind }, { onCleanup }) => {
    const harness = await openHarness(kind);
    onCleanup(() => harness.cleanup());
    return harness;
  })
  // A second one, for the test that needs a database without the failed migration.
  .extend("freshHarness", async ({ kind }, { onCleanup }) => {
    const harness = await openHarness(kind);
    onCleanup(() => harness.cleanup());
    return harness;
  });
// Opened in a hook, under its timeout rather than the first test's.
it.beforeAll(({ harness }) => void harness, timeout);

describe(`migrations on ${kind}`, () => {
  it("the start-up check finds a database that was never migrated", async ({ harness }) => {
    expect(await checkMigrations(harness.sql.query)).toEqual({ fresh: true, pending: migrationNames, problems: [] });
  }, timeout);

  it("deploy applies the init migration and records it like the Prisma CLI", async ({ harness }) => {
    expect(migrationNames.length).toBeGreaterThan(0);
    const { applied } = await deployMigrations(harness.target);
    expect(applied).toEqual(migrationNames);

    const rows = await harness.sql.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1",
    );
    expect(rows.map((row) => row.table_name)).toEqual([...tables, "_prisma_migrations"].sort());

    const records = await harness.sql.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      "SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name",
    );
    for (const [index, name] of migrationNames.entries()) {
      const script = await readFile(path.join(defaultMigrationsDir(), name, "migration.sql"));
      expect(records[index]).toMatchObject({ migration_name: name, checksum: sha256(script) });
      expect(records[index]?.finished_at).not.toBeNull();
    }
  }, timeout);

  it("the CHECK constraint rejects a schedule that does not end after it starts", async ({ harness }) => {
    const owner = "0190a000-0000-7000-8000-000000000001";
    await harness.sql.query(
      "INSERT INTO users (id, username, email, name, updated_at) VALUES ($1, 'checker', 'checker@example.com', 'Checker', now())",
      [owner],
    );
    const insert = (start: string, end: string) =>
      harness.sql.query(
        "INSERT INTO schedules (id, owner_id, title, start_at, end_at, updated_at) VALUES (gen_random_uuid(), $1, 't', $2, $3, now())",
        [owner, start, end],
      );
    await expect(insert("2030-01-01T10:00:00Z", "2030-01-01T10:00:00Z")).rejects.toThrow(/schedules_end_after_start/);
    await expect(insert("2030-01-01T10:00:00Z", "2030-01-01T09:30:00Z")).rejects.toThrow(/schedules_end_after_start/);
    await expect(insert("2030-01-01T10:00:00Z", "2030-01-01T10:30:00Z")).resolves.toBeDefined();
  }, timeout);

  it("a second deploy applies nothing and status reports nothing pending", async ({ harness }) => {
    expect(await deployMigrations(harness.target)).toEqual({ applied: [] });
    expect(await migrationStatus(harness.target)).toEqual({ pending: [], applied: migrationNames, problems: [] });
    if (harness.target.kind === "pglite") {
      // The app's PGlite is only borrowed: it must still be open.
      await expect(harness.target.pglite.query("SELECT 1")).resolves.toBeDefined();
    }
  }, timeout);

  it("the start-up check finds nothing pending, and start-up then leaves the engine alone", async ({ harness }) => {
    const check = await checkMigrations(harness.sql.query);
    expect(check).toEqual({ fresh: false, pending: [], problems: [] });
    expect(upToDate(check)).toBe(true);
    expect(await migrateOnStart(harness.target, harness.sql.query)).toEqual({ fresh: false, ranEngine: false, applied: [] });
  }, timeout);

  it("start-up runs the engine for a new migration, and for an edited one (logged)", async ({ harness }) => {
    const migrationsDir = await tempDir();
    try {
      await cp(defaultMigrationsDir(), migrationsDir, { recursive: true });
      await mkdir(path.join(migrationsDir, "20990101000000_more"));
      await writeFile(path.join(migrationsDir, "20990101000000_more", "migration.sql"), 'CREATE TABLE "more" ("id" INTEGER);\n');
      expect(await checkMigrations(harness.sql.query, migrationsDir)).toEqual({ fresh: false, pending: ["20990101000000_more"], problems: [] });
      const logged: string[] = [];
      const log = (line: string) => logged.push(line);
      expect(await migrateOnStart(harness.target, harness.sql.query, { migrationsDir, log })).toEqual({
        fresh: false,
        ranEngine: true,
        applied: ["20990101000000_more"],
      });
      expect(logged).toEqual([]);
      expect(upToDate(await checkMigrations(harness.sql.query, migrationsDir))).toBe(true);

      // An applied migration edited afterwards: the engine runs (and applies nothing); the log says why.
      const first = path.join(migrationsDir, migrationNames[0]!, "migration.sql");
      await writeFile(first, `${await readFile(first, "utf8")}\n-- edited\n`);
      const edited = await checkMigrations(harness.sql.query, migrationsDir);
      expect(edited.problems).toEqual([`${migrationNames[0]} was modified after it was applied`]);
      expect(await migrateOnStart(harness.target, harness.sql.query, { migrationsDir, log })).toMatchObject({ ranEngine: true, applied: [] });
      expect(logged).toEqual([`[db] migrations: ${migrationNames[0]} was modified after it was applied`]);

      // The folder without the new migration: applied in the database, missing here.
      await rm(path.join(migrationsDir, "20990101000000_more"), { recursive: true });
      await writeFile(first, await readFile(path.join(defaultMigrationsDir(), migrationNames[0]!, "migration.sql")));
      expect((await checkMigrations(harness.sql.query, migrationsDir)).problems).toEqual([
        "20990101000000_more is applied in the database but missing from the migrations folder",
      ]);
    } finally {
      await harness.sql.query('DROP TABLE IF EXISTS "more"');
      await harness.sql.query("DELETE FROM _prisma_migrations WHERE migration_name = '20990101000000_more'");
      await rm(migrationsDir, { recursive: true, force: true });
    }
  }, timeout);

  it("a failing migration is reported as failed, rolled back, and not recorded as applied", async ({ harness }) => {
    const migrationsDir = await tempDir();
    try {
      await cp(defaultMigrationsDir(), migrationsDir, { recursive: true });
      await mkdir(path.join(migrationsDir, "20990101000000_broken"));
      await writeFile(
        path.join(migrationsDir, "20990101000000_broken", "migration.sql"),
        'CREATE TABLE "half_done" ("id" INTEGER);\nSELECT no_such_function();\n',
      );
      await expect(deployMigrations(harness.target, { migrationsDir })).rejects.toThrow(
        /20990101000000_broken failed: .*no_such_function/,
      );
      const [record] = await harness.sql.query<{ finished_at: Date | null; logs: string | null }>(
        "SELECT finished_at, logs FROM _prisma_migrations WHERE migration_name = '20990101000000_broken'",
      );
      expect(record?.finished_at).toBeNull();
      expect(record?.logs).toMatch(/no_such_function/);
      const [table] = await harness.sql.query<{ name: string | null }>("SELECT to_regclass('half_done')::text AS name");
      expect(table?.name).toBeNull(); // one script, one implicit transaction

      const status = await migrationStatus(harness.target, { migrationsDir });
      expect(status.applied).toEqual(migrationNames);
      expect(status.problems).toEqual([expect.stringContaining("20990101000000_broken failed")]);
      await expect(deployMigrations(harness.target, { migrationsDir })).rejects.toThrow(/failed migrations/);

      // Start-up does not pass over it: the check sends it to the engine, which refuses.
      expect((await checkMigrations(harness.sql.query, migrationsDir)).problems).toEqual(["20990101000000_broken failed to apply"]);
      const logged: string[] = [];
      await expect(migrateOnStart(harness.target, harness.sql.query, { migrationsDir, log: (line) => logged.push(line) })).rejects.toThrow(
        /failed migrations/,
      );
      expect(logged).toEqual(["[db] migrations: 20990101000000_broken failed to apply"]);
    } finally {
      await rm(migrationsDir, { recursive: true, force: true });
    }
  }, timeout);

  // Not on `harness`: it holds a failed migration by now.
  it("createMigration writes and applies a migration for a schema change", async ({ freshHarness: fresh }) => {
    const dir = await tempDir();
    try {
      const migrationsDir = path.join(dir, "migrations");
      const schemaPath = path.join(dir, "schema.prisma");
      await cp(defaultMigrationsDir(), migrationsDir, { recursive: true });
      const schema = await readFile(defaultSchemaPath, "utf8");
      const changed = schema.replace(/(\n\s+name\s+String\s+@db\.VarChar\(100\))/, '$1\n  nickname String? @db.VarChar(40)');
      expect(changed).not.toEqual(schema);
      await writeFile(schemaPath, changed);
      const lockBefore = await readFile(path.join(migrationsDir, "migration_lock.toml"), "utf8");

      // With the unchanged schema there is nothing to do (the CHECK is not "drift").
      await writeFile(path.join(dir, "same.prisma"), schema);
      const same = await createMigration(fresh.target, { name: "noop", schemaPath: path.join(dir, "same.prisma"), migrationsDir });
      expect(same.created).toBeNull();

      const { created, applied } = await createMigration(fresh.target, { name: "add nickname", schemaPath, migrationsDir });
      expect(created).toMatch(/^\d{14}_add_nickname$/);
      expect(applied).toContain(created);
      const script = await readFile(path.join(migrationsDir, created!, "migration.sql"), "utf8");
      expect(script).toMatch(/ALTER TABLE "users" ADD COLUMN\s+"nickname" VARCHAR\(40\);/);
      expect(script).not.toMatch(/schedules_end_after_start/);
      expect(await readFile(path.join(migrationsDir, "migration_lock.toml"), "utf8")).toEqual(lockBefore);
      const [column] = await fresh.sql.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM information_schema.columns WHERE table_name = 'users' AND column_name = 'nickname'",
      );
      expect(column?.n).toBe(1);

      const again = await createMigration(fresh.target, { name: "again", schemaPath, migrationsDir });
      expect(again).toEqual({ created: null, applied: [] });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, timeout);
});

function sha256(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}
