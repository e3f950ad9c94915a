import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { mkdirSync } from "node:fs";

/**
 * PostgreSQL's default 128 MB of shared buffers is touched as the database
 * starts: it was half of an idle embedded server's memory (293 MB against 157
 * MB for PGlite alone, measured) and a second of its start. The embedded
 * database holds one person's or one team's planner, and the operating system
 * caches its files anyway.
 */
const PGLITE_CONF = ["shared_buffers=32MB"];

/** Opens (creating the folder if needed) a PGlite data directory, or an in-memory one without it. */
export async function openPglite(dataDir?: string): Promise<PGlite> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const pglite = new PGlite(dataDir, { postgresqlconf: PGLITE_CONF });
  await pglite.waitReady;
  return pglite;
}

/** One query's rows, on its own short-lived connection (before the app's pool exists). */
export async function queryOnServer(url: string, sql: string): Promise<Record<string, unknown>[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Record<string, unknown>>(sql)).rows;
  } finally {
    await client.end();
  }
}

/**
 * One statement on its own short-lived connection: CREATE / DROP DATABASE cannot
 * run inside a pool's transaction, and the database being dropped must not be ours.
 */
export async function runOnServer(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
