import type { TestDatabase } from "@planner/db/testing";
import { buildWorld, type World } from "../procedure-table";
import { snapshotTables, type TableSnapshot } from "./table-snapshot";

/**
 * The procedure table's world, shared by consecutive cells of a table test for
 * as long as nothing changes it. Building one (six accounts, a todo, a
 * schedule, a reminder, two-step set-ups) after emptying every table is most of
 * a cell's time, and most cells (queries, refusals) must leave every table as
 * it was, which the tests check with `compare`. A cell whose call may have
 * changed data `discard`s the world, so the next one starts from a fresh one.
 */
export function sharedWorld() {
  let current: { world: World; tables: TableSnapshot } | null = null;
  return {
    async get(db: TestDatabase): Promise<{ world: World }> {
      if (!current) {
        await db.reset();
        const world = await buildWorld(db);
        current = { world, tables: await snapshotTables(db) };
      }
      return current;
    },
    discard(): void {
      current = null;
    },
    /**
     * Every table now and as the world was built, less `mayChange`, for the
     * test to compare. Any change at all (in `mayChange` too) discards the
     * world, so the next cell starts from a fresh one whatever this one asserts.
     */
    async compare(db: TestDatabase, options: { mayChange?: string[] } = {}): Promise<{ before: TableSnapshot; after: TableSnapshot }> {
      const built = current?.tables ?? {};
      const now = await snapshotTables(db);
      if (JSON.stringify(now) !== JSON.stringify(built)) current = null;
      const kept = (tables: TableSnapshot) => Object.fromEntries(Object.entries(tables).filter(([name]) => !options.mayChange?.includes(name)));
      return { before: kept(built), after: kept(now) };
    },
  };
}
