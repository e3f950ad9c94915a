import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type SqlQueryable,
} from "@prisma/driver-adapter-utils";
import { runOnServer } from "../connections";
import { pgliteShadowDbs } from "./pglite-adapter";

/**
 * @prisma/adapter-pg 7.10 made fit for the schema engine:
 * - the engine reads pg_catalog columns of type "char" (oid 18) and a few other
 *   built-in types the adapter cannot type ("Unsupported column type"): they are
 *   re-tagged as text, and "char" columns reported as Character (reporting them
 *   as Text makes the engine panic);
 * - executeScript sends a migration as one simple query, as Prisma's native
 *   engine does (one implicit transaction, no naive split on ";");
 * - the shadow database: the adapter's own passes { connectionString, database }
 *   and pg lets the URL win, so its "shadow" is the main database. Ours puts the
 *   name into the URL, checks it got there, and drops the database afterwards;
 *   without CREATE DATABASE rights an in-memory PGlite stands in.
 */
export function pgMigrationFactory(url: string): SqlMigrationAwareDriverAdapterFactory {
  const connectToPgliteShadowDb = pgliteShadowDbs();
  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: () => connectPatched(url),
    connectToShadowDb: () => connectToShadowDb(url, connectToPgliteShadowDb),
  };
}

async function connectToShadowDb(
  url: string,
  connectToPgliteShadowDb: () => Promise<SqlDriverAdapter>,
): Promise<SqlDriverAdapter> {
  const database = `prisma_migrate_shadow_db_${randomUUID()}`;
  try {
    await runOnServer(url, `CREATE DATABASE "${database}"`);
  } catch (error) {
    if ((error as { code?: string }).code === "42501") return connectToPgliteShadowDb(); // no CREATEDB
    throw error;
  }
  const drop = () => runOnServer(url, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  try {
    const shadowUrl = new URL(url);
    shadowUrl.pathname = `/${database}`;
    const adapter = await connectPatched(shadowUrl.toString());
    // pglite-socket, for one, maps every database name onto the same database:
    // resetting that "shadow" would wipe the real data.
    const { rows } = await adapter.queryRaw({ sql: "SELECT current_database()", args: [], argTypes: [] });
    if (rows[0]?.[0] !== database) {
      await adapter.dispose();
      await drop();
      return connectToPgliteShadowDb();
    }
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await drop();
    };
    return adapter;
  } catch (error) {
    await drop().catch(() => undefined);
    throw error;
  }
}

// Built-in oids adapter-pg 7.10's fieldToColumnType knows; others (< 16384) throw.
const typedOids = new Set([
  16, 17, 19, 20, 21, 23, 25, 26, 114, 142, 650, 700, 701, 790, 869, 1042, 1043, 1082, 1083, 1114, 1184,
  1266, 1560, 1562, 1700, 2950, 3802,
  // arrays
  143, 199, 651, 791, 1000, 1001, 1002, 1005, 1007, 1009, 1014, 1015, 1016, 1021, 1022, 1028, 1041, 1115,
  1182, 1183, 1185, 1231, 1561, 1563, 2951, 3807,
]);
const charOid = 18;
const textOid = 25;
const firstUserOid = 16384;

type PgResult = { fields?: { dataTypeID: number }[]; rows: unknown[][] };
type PgQueryableInternals = { performIO: (query: SqlQuery) => Promise<PgResult> };

async function connectPatched(connectionString: string): Promise<SqlDriverAdapter> {
  // One connection, like the native engine: its advisory lock and the migration
  // then share a session (the engine sends one query at a time anyway).
  const adapter = await new PrismaPg({ connectionString, max: 1 }).connect();
  const performIO = retagTypes(adapter);
  adapter.executeScript = async (script) => {
    await performIO({ sql: script, args: [], argTypes: [] }); // no parameters: simple query protocol
  };
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => {
    const transaction = await startTransaction(isolationLevel);
    retagTypes(transaction);
    return transaction;
  };
  return adapter;
}

/** Patches queryRaw (via adapter-pg's private performIO); returns the unpatched performIO. */
function retagTypes(queryable: SqlQueryable): PgQueryableInternals["performIO"] {
  const internals = queryable as unknown as PgQueryableInternals;
  if (typeof internals.performIO !== "function") throw new Error("@prisma/adapter-pg changed: review pg-adapter.ts");
  const performIO = internals.performIO.bind(queryable);
  // queryRaw returns the driver's rows array as is: it carries the "char" column indexes over.
  const charColumns = new WeakMap<unknown[][], number[]>();
  internals.performIO = async (query) => {
    const result = await performIO(query);
    const chars: number[] = [];
    result.fields?.forEach((field, index) => {
      if (field.dataTypeID === charOid) chars.push(index);
      if (field.dataTypeID < firstUserOid && !typedOids.has(field.dataTypeID)) field.dataTypeID = textOid;
    });
    if (chars.length > 0) charColumns.set(result.rows, chars);
    return result;
  };
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const resultSet = await queryRaw(query);
    for (const index of charColumns.get(resultSet.rows) ?? []) {
      resultSet.columnTypes[index] = ColumnTypeEnum.Character;
    }
    return resultSet;
  };
  return performIO;
}
