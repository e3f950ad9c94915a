import { createHash, randomBytes } from "node:crypto";
import type { StoredSecret } from "@planner/db";

/** 32 random bytes (256 bits) after the prefix: guessing is hopeless, so one fast hash suffices to store it. */
const SECRET_BYTES = 32;
const HINT_LENGTH = 8;

export type NewSecret = { secret: string; stored: StoredSecret };

export function newSecret(prefix: string): NewSecret {
  const secret = `${prefix}${randomBytes(SECRET_BYTES).toString("base64url")}`;
  return { secret, stored: { hash: hashSecret(secret), hint: secret.slice(0, HINT_LENGTH) } };
}

export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}
