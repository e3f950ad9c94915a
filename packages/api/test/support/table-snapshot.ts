import type { TestDatabase } from "@planner/db/testing";

/** Every row of every table (but the migrations' bookkeeping) as text, by table: equal snapshots mean nothing changed. */
export type TableSnapshot = Record<string, string>;

/** One round trip for all tables (or just `only`): the table tests take a snapshot around each of hundreds of calls. */
export async function snapshotTables(db: TestDatabase, only?: string[]): Promise<TableSnapshot> {
  const tables = only
    ? only.map((tablename) => ({ tablename }))
    : await db.prisma.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`;
  if (tables.length === 0) return {};
  const perTable = tables.map(
    ({ tablename }) => `SELECT '${tablename}' AS name, coalesce(json_agg(t ORDER BY t::text), '[]')::text AS rows FROM "${tablename}" t`,
  );
  const rows = await db.prisma.$queryRawUnsafe<{ name: string; rows: string }[]>(perTable.join(" UNION ALL "));
  return Object.fromEntries(rows.map(({ name, rows: text }) => [name, text]));
}
