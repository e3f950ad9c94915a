import { createHash } from "node:crypto";

/**
 * The key a person's offline copies are filed under (features/connection/
 * offline-cache-policy.ts): a hash of the user id, so cache names and the
 * header that labels answers do not carry the id itself. The same id always
 * gives the same key, on every instance.
 */
export function offlineUserKey(userId: string): string {
  return createHash("sha256").update(`planner offline copies\0${userId}`).digest("hex").slice(0, 32);
}
