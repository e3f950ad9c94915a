import { PGlite } from "@electric-sql/pglite";
import { readFile, writeFile } from "node:fs/promises";
import { openPglite, runOnServer } from "../connections";
import { deployMigrations } from "../migrate";

// Every database test file needs a fresh, migrated database. Made from scratch, a PGlite
// costs an initdb (~3.5 s of CPU on these machines) and a server database a full migration
// run; made once per test run and copied, each costs about a third of that. The copies are
// made from the current migrations at the start of every run, so they cannot go stale.

/** Migrates a fresh in-memory PGlite and writes its data directory to `file` (gzipped tar). */
export async function writePgliteSnapshot(file: string): Promise<void> {
  const pglite = await openPglite();
  try {
    await deployMigrations({ kind: "pglite", pglite });
    const dump = await pglite.dumpDataDir("gzip");
    await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await pglite.close();
  }
}

/** An in-memory PGlite started from a snapshot made by writePgliteSnapshot. */
export async function openPgliteFromSnapshot(file: string): Promise<PGlite> {
  const pglite = new PGlite({ loadDataDir: new Blob([await readFile(file)]) });
  await pglite.waitReady;
  return pglite;
}

/** Creates and migrates the server database `name`, to be used as a TEMPLATE (no one stays connected). */
export async function createTemplateDatabase(serverUrl: string, name: string): Promise<void> {
  await runOnServer(serverUrl, `CREATE DATABASE "${name}"`);
  await deployMigrations({ kind: "postgres", url: databaseUrl(serverUrl, name) });
}

export async function dropServerDatabase(serverUrl: string, name: string): Promise<void> {
  await runOnServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

/** The server URL with its database name replaced. */
export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
