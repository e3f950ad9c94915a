// pnpm db:migrate -- --name <name> [--create-only] [--accept-data-loss]
// `prisma migrate dev` offline: applies pending migrations, then writes and
// applies a new one if prisma/schema.prisma changed.
import { parseArgs } from "node:util";
import { createMigration } from "../migrate";
import { cliArgs, runMigrateCli } from "../migrate/cli-support";

const usage = "Usage: pnpm db:migrate -- --name <name> [--create-only] [--accept-data-loss]";
const { values } = (() => {
  try {
    return parseArgs({
      args: cliArgs(),
      options: {
        name: { type: "string", short: "n" },
        "create-only": { type: "boolean", default: false },
        "accept-data-loss": { type: "boolean", default: false },
      },
    });
  } catch (error) {
    console.error(`Error: ${(error as Error).message}\n${usage}`);
    process.exit(1);
  }
})();

await runMigrateCli(async (target, where) => {
  const { created, applied } = await createMigration(target, {
    name: values.name ?? "",
    createOnly: values["create-only"],
    acceptDataLoss: values["accept-data-loss"],
  });
  const earlier = applied.filter((name) => name !== created);
  if (earlier.length > 0) console.log(`Applied to ${where}:${earlier.map((name) => `\n  ${name}`).join("")}`);
  if (created === null) {
    console.log(
      earlier.length > 0
        ? "The database is now in sync with the schema."
        : `${where}: already in sync, no schema change or pending migration was found.`,
    );
  } else if (values["create-only"]) {
    console.log(`Created prisma/migrations/${created}/migration.sql without applying it: edit it, then run db:migrate again.`);
  } else {
    console.log(`Created and applied prisma/migrations/${created}/migration.sql to ${where}.`);
  }
});
