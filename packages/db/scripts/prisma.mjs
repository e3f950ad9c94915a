#!/usr/bin/env node
// Runs the Prisma CLI (used for `generate` only). Prisma 7's CLI insists on
// downloading its native schema engine before it starts, even though
// `generate` never runs it; offline that download fails. When no engine is
// configured we point PRISMA_SCHEMA_ENGINE_BINARY at an existing file (the CLI
// only checks that it exists) and give DATABASE_URL a placeholder (generate
// never connects). Machines that set either keep the normal path.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(import.meta.url);
env.DATABASE_URL ??= "postgresql://placeholder@localhost:5432/placeholder";

const prismaCli = require.resolve("prisma/build/index.js");
const result = spawnSync(process.execPath, [prismaCli, ...process.argv.slice(2)], {
  stdio: "inherit",
  env,
  cwd: fileURLToPath(new URL("..", import.meta.url)),
});
process.exit(result.status ?? 1);
