import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "@planner/api/settings-kit";
import { webSettings } from "~/settings";

/**
 * AUTH_SECRET signs session cookies. Production must set it. For `pnpm dev`
 * on a fresh clone (no .env) we make one and keep it in .data/, next to the
 * embedded database, so sessions survive restarts.
 */
export function authSecret(): string {
  const { AUTH_SECRET, NODE_ENV } = webSettings();
  if (AUTH_SECRET) return AUTH_SECRET.trim();
  if (NODE_ENV === "production") {
    throw new Error("AUTH_SECRET is not set. Generate one with `openssl rand -base64 32` and set it in the environment.");
  }
  // The repository root, so that every package agrees on .data/.
  const file = path.join(repoRoot(), ".data", "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}
