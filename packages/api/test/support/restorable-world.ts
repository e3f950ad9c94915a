import type { TestDatabase } from "@planner/db/testing";
import { snapshotTables, type TableSnapshot } from "./table-snapshot";

/**
 * A world shared by the cells of a table test, like shared-world.ts, but put
 * back after a cell changes it instead of built again: the REST table has
 * several allowed writers per mutation (two kinds of the owner's token, the
 * other user, the admin), and building a world (accounts, two-step set-ups,
 * tokens) costs ten times as much as restoring the few tables a call changed.
 */
export function restorableWorld<W>(build: (db: TestDatabase) => Promise<W>, options: { ignore?: string[] } = {}) {
  let current: { world: W; tables: TableSnapshot } | null = null;
  const ignored = new Set(options.ignore ?? []);

  return {
    async get(db: TestDatabase): Promise<W> {
      if (!current) {
        await db.reset();
        const world = await build(db);
        current = { world, tables: await snapshotTables(db) };
      }
      return current.world;
    },
    discard(): void {
      current = null;
    },
    /**
     * What a cell changed: the tables that differ from the built world (less
     * the ignored ones, e.g. rate-limit counters every token request counts
     * in), with their rows before and after for the test's message. Then puts
     * those tables back, so that the next cell starts from the world as built,
     * whatever this one asserts.
     */
    async takeChanges(db: TestDatabase): Promise<{ changed: string[]; before: TableSnapshot; after: TableSnapshot }> {
      if (!current) throw new Error("takeChanges before get");
      const built = current.tables;
      // The same tables as the built world's: one round trip, not two.
      const now = await snapshotTables(db, Object.keys(built));
      const changed = Object.keys({ ...built, ...now }).filter((name) => !ignored.has(name) && built[name] !== now[name]);
      const pick = (tables: TableSnapshot) => Object.fromEntries(changed.map((name) => [name, tables[name] ?? "[]"]));
      if (changed.length > 0 && !(await restore(db, built, changed))) current = null;
      return { changed, before: pick(built), after: pick(now) };
    },
  };
}

/**
 * Replaces the rows of `tables` with the snapshot's, in one transaction.
 * Foreign-key triggers are off for it (session_replication_role = replica,
 * which needs a superuser, as the test databases' owner is), so tables go back
 * in any order and a deleted user does not cascade into the tables left as
 * they are. Returns false when it could not (the caller then builds anew).
 */
async function restore(db: TestDatabase, snapshot: TableSnapshot, tables: string[]): Promise<boolean> {
  const name = (table: string) => `"${table.replaceAll('"', '""')}"`;
  try {
    await db.prisma.$transaction([
      db.prisma.$executeRawUnsafe("SET LOCAL session_replication_role = replica"),
      ...tables.map((table) => db.prisma.$executeRawUnsafe(`DELETE FROM ${name(table)}`)),
      ...tables.map((table) =>
        db.prisma.$executeRawUnsafe(`INSERT INTO ${name(table)} SELECT * FROM json_populate_recordset(NULL::${name(table)}, $1::json)`, snapshot[table] ?? "[]"),
      ),
    ]);
  } catch {
    return false;
  }
  const now = await snapshotTables(db, tables);
  return tables.every((table) => now[table] === snapshot[table]);
}
