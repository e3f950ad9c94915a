// pnpm db:deploy: applies pending migrations (prisma migrate deploy, offline-capable).
import { deployMigrations } from "../migrate";
import { runMigrateCli } from "../migrate/cli-support";

await runMigrateCli(async (target, where) => {
  const started = performance.now();
  const { applied } = await deployMigrations(target);
  const took = `${Math.round(performance.now() - started)} ms`;
  if (applied.length === 0) console.log(`${where}: no pending migrations (${took}).`);
  else console.log(`${where}: applied ${applied.length} migration(s) in ${took}:\n${list(applied)}`);
});

function list(names: string[]): string {
  return names.map((name) => `  ${name}`).join("\n");
}
