import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { LongFilesFirst } from "./test/long-files-first";

// Database tests (*.db.test.ts) run once per database: always on embedded
// PGlite, and on a PostgreSQL server too when TEST_POSTGRES_URL or
// DATABASE_URL names one (each test file makes and drops its own database).
const postgresUrl = process.env.TEST_POSTGRES_URL || process.env.DATABASE_URL || "";
const databaseTests = ["packages/*/src/**/*.db.test.ts", "packages/*/test/**/*.db.test.ts"];
// globalSetup migrates once per run; each file's database starts from a copy of it.
// isolate: false keeps a worker's modules (Prisma's client, tRPC, the routers) loaded from
// one test file to the next instead of importing them again for each of the 28 files;
// the setup file puts back what a file changed in the process (vi.stubEnv, settings read).
const databaseTestOptions = {
  include: databaseTests,
  testTimeout: 30_000,
  hookTimeout: 120_000,
  globalSetup: ["packages/db/src/testing/global-setup.ts"],
  isolate: false,
  setupFiles: ["packages/db/src/testing/fresh-settings.ts"],
};
// Real bcrypt, at the lowest cost: the cost factor is not what tests check.
// AUTH_SECRET: the key that seals two-step secrets is derived from it.
const testEnv = { BCRYPT_COST: "4", DATABASE_URL: "", AUTH_SECRET: "vitest-only-secret-not-for-production-0000" };
// The web app's `~/` imports, as apps/web/tsconfig.json maps them.
const webSource = fileURLToPath(new URL("./apps/web/src/", import.meta.url));

export default defineConfig({
  test: {
    // vitest would use one worker on these 2-core machines; much of a database test file's time
    // is spent waiting (on the server, on SMTP, on timers), so two files at once finish sooner.
    maxWorkers: 2,
    // Long files first, each project's files together (see the file).
    sequence: { sequencer: LongFilesFirst },
    projects: [
      {
        test: {
          name: "domain",
          include: ["packages/domain/src/**/*.test.ts"],
          // Pure functions: one worker's modules serve every file (as for the database tests).
          isolate: false,
        },
      },
      {
        // The front end's event handlers, with fake effects: plain functions, no DOM needed.
        resolve: { alias: [{ find: /^~\//, replacement: webSource }] },
        test: {
          name: "web",
          include: ["apps/web/src/**/*.test.ts"],
          environment: "node",
          setupFiles: ["apps/web/src/test-support/english.ts"],
          // Plain functions with fakes: one worker's modules serve every file.
          isolate: false,
        },
      },
      {
        // The API's checks that need no database: the REST routes' meta and the OpenAPI document.
        test: {
          name: "api",
          include: ["packages/api/test/**/*.test.ts"],
          exclude: databaseTests,
          env: { DATABASE_URL: "" },
        },
      },
      {
        // The lint rules that enforce DESIGN.md's layers, each shown firing.
        test: { name: "lint", include: ["test/lint/**/*.test.ts"], testTimeout: 120_000 },
      },
      {
        // A bad setting stops each server process with one clear line.
        test: { name: "settings", include: ["test/settings/**/*.test.ts"], testTimeout: 90_000 },
      },
      {
        test: {
          name: "db-pglite",
          ...databaseTestOptions,
          env: { ...testEnv, TEST_DATABASE: "pglite" },
        },
      },
      ...(postgresUrl
        ? [
            {
              test: {
                name: "db-postgres",
                ...databaseTestOptions,
                env: { ...testEnv, TEST_DATABASE: "postgres", TEST_POSTGRES_URL: postgresUrl },
              },
            },
          ]
        : []),
    ],
  },
});
