// pnpm db:status: which migrations are applied, pending or in trouble. Exits 1
// unless the database is up to date, like `prisma migrate status`.
import { migrationStatus } from "../migrate";
import { runMigrateCli } from "../migrate/cli-support";

await runMigrateCli(async (target, where) => {
  const { applied, pending, problems } = await migrationStatus(target);
  console.log(`${where}: ${applied.length} applied, ${pending.length} pending.`);
  for (const name of pending) console.log(`  pending: ${name}`);
  for (const problem of problems) console.log(`  problem: ${problem}`);
  if (pending.length > 0) console.log("Run `pnpm db:deploy` to apply pending migrations.");
  return pending.length > 0 || problems.length > 0 ? 1 : 0;
});
