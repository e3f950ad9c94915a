import { z } from "zod";
import { booleanSetting, defineSettings, integerSetting } from "./settings-kit";

/** The database package's settings; .env.example documents each one. */
export const dbSettings = defineSettings({
  /** A PostgreSQL server; unset means the embedded database (PGlite). */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/\S+$/, "must be a postgresql:// URL, or unset for the embedded database")
    .optional(),
  /** Where the embedded database keeps its files (default <repo>/.data/pglite). */
  PGLITE_DIR: z.string().optional(),
  /** Connections per server process to a PostgreSQL server. */
  DATABASE_POOL_SIZE: integerSetting(1, 1000).default(10),
  /** Apply pending migrations to a PostgreSQL server when the app starts (the embedded database always migrates). */
  MIGRATE_ON_START: booleanSetting().default(false),
  /** Where a bundled build keeps the migrations folder (default packages/db/prisma/migrations). */
  PLANNER_MIGRATIONS_DIR: z.string().optional(),
  /** The embedded database warns when it runs in production (it is made for trying the app, and for tests). */
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** bcrypt's cost factor: each step doubles the work of a log-in. */
  BCRYPT_COST: integerSetting(4, 15).default(12),
  /** How many bcrypt hashes may run at once (default: one fewer than the cores). */
  BCRYPT_CONCURRENCY: integerSetting(1, 64).optional(),
});
