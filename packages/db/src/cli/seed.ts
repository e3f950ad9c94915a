import { resolveDatabaseConfig } from "../config";
import { openDatabase } from "../database";
import { seedDemoData } from "../seed";

// `pnpm db:seed`: adds the demo accounts to the configured database (idempotent).
const config = resolveDatabaseConfig();
const db = await openDatabase(config, { poolSize: 1 });
try {
  await seedDemoData(db);
  console.log(`Seeded demo accounts into the ${config.kind === "pglite" ? `embedded database at ${config.dataDir}` : "PostgreSQL server"}.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await db.close();
}
process.exit();
