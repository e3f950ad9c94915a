import { PGlite } from "@electric-sql/pglite";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { openPglite } from "../connections";

/**
 * pglite-prisma-adapter 0.7.2 with the two fixes migrations need:
 * - executeScript calls exec() without awaiting it, so a failing migration is
 *   recorded as applied; ours awaits and reports the error.
 * - its shadow database is a new PGlite that is never closed; ours is an
 *   in-memory PGlite closed when the engine disposes the shadow connection.
 * The PGlite it is given is only borrowed: never closed here.
 */
export function pgliteMigrationFactory(pglite: PGlite): SqlMigrationAwareDriverAdapterFactory {
  const base = new PrismaPGlite(pglite);
  return {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: async () => awaitingExecuteScript(await base.connect(), pglite),
    connectToShadowDb: pgliteShadowDbs(),
  };
}

/**
 * Throwaway in-memory databases, also the shadow for servers that refuse CREATE
 * DATABASE. `migrate dev` asks for a new empty shadow up to four times.
 */
export function pgliteShadowDbs(): () => Promise<SqlDriverAdapter> {
  return async () => closingOnDispose(await openEmptyPglite());
}

let pristine: Promise<Blob> | undefined;

/**
 * A new, empty in-memory PGlite, with the embedded database's settings. Most of a
 * fresh one's start is initdb (~2 s; 5-15 s on a busy machine), so only the first one
 * in a process runs it: its data directory is dumped, and every later one restores
 * that dump (~0.7 s). A `migrate dev` run asks for up to four; the migration tests,
 * which replay the migrations on PGlite again and again, for a dozen.
 */
export async function openEmptyPglite(): Promise<PGlite> {
  if (pristine) return PGlite.create({ loadDataDir: await pristine });
  const first = openPglite();
  const dump = first.then((pglite) => pglite.dumpDataDir("none"));
  pristine = dump;
  dump.catch(() => {
    if (pristine === dump) pristine = undefined; // let the next call try again
  });
  await dump;
  return first;
}

async function closingOnDispose(shadow: PGlite): Promise<SqlDriverAdapter> {
  const adapter = awaitingExecuteScript(await new PrismaPGlite(shadow).connect(), shadow);
  const dispose = adapter.dispose.bind(adapter);
  adapter.dispose = async () => {
    await dispose();
    await shadow.close();
  };
  return adapter;
}

function awaitingExecuteScript(adapter: SqlDriverAdapter, pglite: PGlite): SqlDriverAdapter {
  // onError turns PGlite's DatabaseError into the DriverAdapterError the engine understands.
  const { onError } = adapter as SqlDriverAdapter & { onError?: (error: unknown) => never };
  if (typeof onError !== "function") throw new Error("pglite-prisma-adapter changed: review pglite-adapter.ts");
  adapter.executeScript = async (script) => {
    try {
      await pglite.exec(script);
    } catch (error) {
      onError.call(adapter, error);
    }
  };
  return adapter;
}
