#!/usr/bin/env node
// Serves the production build for the browser tests on a fresh database, so
// every run starts from the same state: a database of its own on the
// PostgreSQL server named by E2E_POSTGRES_URL (migrated, seeded with the demo
// accounts, dropped at the end), or else the embedded database in a temporary folder.
// E2E_SKIP_BUILD=1 reuses the existing build; NEXT_DIST_DIR picks its folder;
// E2E_BUILD_ONLY=1 only builds (with this same environment) and exits, so
// `pnpm test` can build while other suites run.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { runOnServer, withDatabase } from "./postgres.mjs";

const webDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const nextBin = path.join(webDir, "node_modules", "next", "dist", "bin", "next");
const port = process.env.E2E_PORT ?? "3100";
const dataDir = mkdtempSync(path.join(tmpdir(), "planner-e2e-"));
// Mail the app sends goes to a real SMTP listener here, one file per message (e2e/mailbox.ts reads them).
const smtpPort = Number(port) + 1000;
const mailDir = path.join(tmpdir(), `planner-e2e-mail-${port}`);

// The server where the deployment runs its database; the embedded one otherwise.
const postgresServer = process.env.E2E_POSTGRES_URL || "";
const postgresDatabase = postgresServer ? `planner_e2e_${randomBytes(6).toString("hex")}` : "";
const databaseUrl = postgresServer ? withDatabase(postgresServer, postgresDatabase) : "";

const env = {
  ...process.env,
  DATABASE_URL: databaseUrl,
  PGLITE_DIR: dataDir,
  AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-only-secret-not-for-production-use-000",
  AUTH_TRUST_HOST: "true",
  PLANNER_TEST_HOOKS: "1",
  // Every spec signs up from 127.0.0.1: the per-IP sign-up limit is tested at the API level.
  SIGN_UPS_PER_IP_PER_HOUR: "100000",
  SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
  APP_URL: `http://127.0.0.1:${port}`,
  BCRYPT_COST: process.env.BCRYPT_COST ?? "4", // real bcrypt, lowest cost: the cost is not what the tests check
  NEXT_TELEMETRY_DISABLED: "1",
};

if (process.env.E2E_SKIP_BUILD !== "1") {
  const build = spawnSync(process.execPath, [nextBin, "build"], { cwd: webDir, env, stdio: "inherit" });
  if (build.status !== 0 || process.env.E2E_BUILD_ONLY === "1") {
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(build.status ?? 1);
  }
}

if (postgresServer) await preparePostgres();

rmSync(mailDir, { recursive: true, force: true });
mkdirSync(mailDir, { recursive: true });
const { SMTPServer } = await import("smtp-server");
let messages = 0;
const mailServer = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  logger: false,
  onData(stream, session, callback) {
    const chunks = [];
    stream.on("data", (chunk) => chunks.push(chunk));
    stream.on("end", () => {
      messages += 1;
      writeFileSync(path.join(mailDir, `${String(messages).padStart(5, "0")}.eml`), Buffer.concat(chunks));
      callback();
    });
  },
});
await new Promise((resolve) => mailServer.listen(smtpPort, "127.0.0.1", resolve));

const server = spawn(process.execPath, [nextBin, "start", "--port", port, "--hostname", "127.0.0.1"], {
  cwd: webDir,
  env,
  stdio: "inherit",
});

function stop() {
  server.kill("SIGTERM");
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
server.on("exit", async (code) => {
  mailServer.close();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(mailDir, { recursive: true, force: true });
  if (postgresServer) await onServer(`DROP DATABASE IF EXISTS "${postgresDatabase}" WITH (FORCE)`).catch(() => undefined);
  process.exit(code ?? 0);
});

function onServer(sql) {
  return runOnServer(postgresServer, sql);
}

/** A database of this run's own, migrated and seeded the way README's "Using PostgreSQL" says. */
async function preparePostgres() {
  await onServer(`CREATE DATABASE "${postgresDatabase}"`);
  for (const script of ["db:deploy", "db:seed"]) {
    const step = spawnSync("pnpm", ["--filter", "@planner/db", script], { cwd: webDir, env, stdio: "inherit" });
    if (step.status !== 0) {
      await onServer(`DROP DATABASE IF EXISTS "${postgresDatabase}" WITH (FORCE)`).catch(() => undefined);
      process.exit(step.status ?? 1);
    }
  }
}
