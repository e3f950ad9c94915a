import bcrypt from "bcrypt";

/**
 * bcrypt cost from BCRYPT_COST (default 12). Each step doubles the work; 12 is
 * about 250 ms on one core, slow for an attacker, fine for a person.
 */
export function bcryptCost(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.BCRYPT_COST?.trim();
  if (!raw) return 12;
  const cost = Number(raw);
  if (!Number.isInteger(cost) || cost < 4 || cost > 15) {
    throw new Error(`BCRYPT_COST must be an integer from 4 to 15, got "${raw}"`);
  }
  return cost;
}

// bcrypt's async functions run on libuv's thread pool, so hashing never blocks
// the event loop (bench/login-vs-health.mjs measures this).
export function hashPassword(password: string, cost = bcryptCost()): Promise<string> {
  return bcrypt.hash(password, cost);
}

let dummyHash: Promise<string> | undefined;

/**
 * Compares against a real hash, or against a dummy hash of the same cost when
 * the account does not exist or has no password, so both cases take the same
 * time and an attacker cannot tell which usernames exist.
 */
export async function verifyPassword(password: string, hash: string | null | undefined): Promise<boolean> {
  if (!hash) {
    dummyHash ??= bcrypt.hash("planner-dummy-password", bcryptCost());
    await bcrypt.compare(password, await dummyHash);
    return false;
  }
  return bcrypt.compare(password, hash);
}
