import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { authSecret } from "../auth-secret";

// TOTP secrets are sealed at rest with AES-256-GCM: a copy of the database (a
// backup, a replica) is not enough to mint codes. The key is derived from
// AUTH_SECRET with HKDF, under a label of its own, so it is never the cookie
// signing key itself. Changing AUTH_SECRET makes the sealed secrets unreadable:
// those accounts then need an admin to remove their two-step log-in.

const VERSION = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;

const TWO_FACTOR_LABEL = "planner two-factor secret v1";

function key(label: string): Buffer {
  return Buffer.from(hkdfSync("sha256", authSecret(), Buffer.alloc(0), label, 32));
}

/** "v1." + base64url(iv ‖ tag ‖ ciphertext). */
export function sealSecret(plain: string): string {
  return sealUnder(TWO_FACTOR_LABEL, plain);
}

/** The plain secret; throws when the box was altered or sealed under another AUTH_SECRET. */
export function openSecret(sealed: string): string {
  return openUnder(TWO_FACTOR_LABEL, sealed);
}

/** The same box under a key of another use (`label`), so one use's boxes never open as another's. */
export function sealUnder(label: string, plain: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key(label), iv);
  const ciphertext = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString("base64url")}`;
}

export function openUnder(label: string, sealed: string): string {
  const [version, body] = sealed.split(".");
  if (version !== VERSION || !body) throw new Error("two-factor secret: unknown sealing format");
  const bytes = Buffer.from(body, "base64url");
  const decipher = createDecipheriv("aes-256-gcm", key(label), bytes.subarray(0, IV_BYTES));
  decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString("utf8");
}
