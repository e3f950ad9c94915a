import { defineConfig, env } from "prisma/config";

// The Prisma CLI is used for `generate` only; migrations run through
// src/migrate (Prisma's WASM schema engine), which works offline too.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: env("DATABASE_URL") },
});
