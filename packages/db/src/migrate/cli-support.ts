import type { PGlite } from "@electric-sql/pglite";
import { resolveDatabaseConfig } from "../config";
import { openPglite } from "../connections";
import type { MigrationTarget } from "./target";

/**
 * Shared by the migrate-* CLIs: opens the configured database (PGlite data dir
 * or DATABASE_URL), runs the command, prints a failure in one paragraph, closes
 * PGlite, and exits explicitly with the command's code. `work` returns 1 to fail.
 */
export async function runMigrateCli(
  work: (target: MigrationTarget, where: string) => Promise<number | void>,
): Promise<never> {
  let code = 1;
  let pglite: PGlite | undefined;
  try {
    const config = resolveDatabaseConfig();
    let target: MigrationTarget;
    let where: string;
    if (config.kind === "pglite") {
      pglite = await openPglite(config.dataDir);
      target = { kind: "pglite", pglite };
      where = `PGlite at ${config.dataDir}`;
    } else {
      target = { kind: "postgres", url: config.url };
      const url = new URL(config.url);
      where = `PostgreSQL database "${url.pathname.slice(1)}" at ${url.host}`;
    }
    code = (await work(target, where)) ?? 0;
  } catch (error) {
    console.error(`Error: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await pglite?.close().catch(() => undefined);
  }
  // Nothing may keep the process alive afterwards (the engine starts timers it never clears).
  process.exit(code);
}

/** pnpm passes a literal "--" through (`pnpm db:migrate -- --name x`); parseArgs would stop at it. */
export function cliArgs(): string[] {
  return process.argv.slice(2).filter((arg) => arg !== "--");
}
