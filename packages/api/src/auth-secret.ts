import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { findRepoRoot } from "@planner/db/config";
import { defineSettings } from "@planner/db/settings-kit";
import { z } from "zod";

// AUTH_SECRET is the web app's setting (apps/web/src/settings.ts validates it at
// start-up and documents it); it is read here too because the API derives the
// key that seals two-step secrets from it, and both must agree on the one made
// for development. Kept apart from settings.ts so the middleware bundle, which
// needs the secret, stays free of Prisma.
const secretSettings = defineSettings({
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters (openssl rand -base64 32)").optional(),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

/**
 * AUTH_SECRET signs session cookies and seals two-step secrets. Production must
 * set it. For `pnpm dev` on a fresh clone (no .env) one is made and kept in
 * .data/, next to the embedded database, so sessions survive restarts.
 */
export function authSecret(): string {
  const { AUTH_SECRET, NODE_ENV } = secretSettings();
  if (AUTH_SECRET) return AUTH_SECRET.trim();
  if (NODE_ENV === "production") {
    throw new Error("AUTH_SECRET is not set. Generate one with `openssl rand -base64 32` and set it in the environment.");
  }
  // The repository root, so that every package agrees on .data/.
  const file = path.join(findRepoRoot(), ".data", "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    try {
      // "wx": two processes starting at once must not each write their own.
      writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  return readFileSync(file, "utf8").trim();
}
