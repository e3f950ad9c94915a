import { inject, test } from "vitest";
import "./provided-context";
import { createTestDatabase, type TestDatabase, type TestDatabaseOptions } from "./index";

/**
 * vitest's `test` with a real database, for *.db.test.ts files.
 *
 * - `sharedDb`: one migrated database for the whole test file (file scope): in-memory
 *   PGlite, or a database of its own on the server when TEST_DATABASE=postgres. Closed
 *   (and dropped) after the file's last test. Tests that use it directly share its rows.
 * - `db`: the same database, emptied before the test that asks for it, so tests stay
 *   independent. Most tests want this one.
 * - `databaseOptions`: how `sharedDb` is opened; a file overrides it with
 *   `.extend("databaseOptions", { scope: "file" }, { onQuery })`.
 *
 * vitest keeps file-scoped values per test API, so a file uses one test API for all of its
 * tests and hooks (extend this one once at the top, if it needs more fixtures).
 *
 * A file-scoped fixture is set up by the first test or hook that asks for it, inside that
 * test's or hook's timeout. Migrating a fresh PGlite takes several seconds on a busy
 * machine, so each file opens it in a hook, under the (longer) hook timeout:
 * `test.beforeAll(openSharedDb)`.
 */
export const databaseTest = test
  .extend("databaseOptions", { scope: "file" }, {} as TestDatabaseOptions)
  .extend("sharedDb", { scope: "file" }, async ({ databaseOptions }, { onCleanup }) => {
    // The migrated copies the project's globalSetup made (global-setup.ts), when it ran.
    const from = { pgliteSnapshot: inject("pgliteSnapshot"), postgresTemplate: inject("postgresTemplate") };
    const database = await createTestDatabase({ from, ...databaseOptions });
    onCleanup(() => database.close());
    return database;
  })
  .extend("db", async ({ sharedDb }) => {
    await sharedDb.reset();
    return sharedDb;
  });

/** A `beforeAll` listener that only opens the file's database (see `databaseTest`). */
export function openSharedDb({ sharedDb }: { sharedDb: TestDatabase }): void {
  void sharedDb;
}
