import bcrypt from "bcrypt";
import { availableParallelism } from "node:os";
import pLimit, { type LimitFunction } from "p-limit";
import { dbSettings } from "./settings";

/**
 * bcrypt cost from BCRYPT_COST (default 12). Each step doubles the work; 12 is
 * about 250 ms on one core, slow for an attacker, fine for a person.
 */
export function bcryptCost(): number {
  return dbSettings().BCRYPT_COST;
}

/**
 * bcrypt's async functions run on libuv's thread pool (4 threads), off the
 * event loop. But four CPU-bound hashes on a 2-core machine still starve the
 * event loop's own thread of CPU: /api/health p99 rose to 40–80 ms during 20
 * concurrent log-ins (bench/login-vs-health.mjs). Running at most
 * (cores − 1) hashes at once keeps a core for requests (p99 ≈ 10 ms); log-ins
 * then queue a little under load. BCRYPT_CONCURRENCY overrides it.
 */
let slots: LimitFunction | undefined;
function bcryptSlots<T>(work: () => Promise<T>): Promise<T> {
  slots ??= pLimit(dbSettings().BCRYPT_CONCURRENCY ?? Math.max(1, availableParallelism() - 1));
  return slots(work);
}

export function hashPassword(password: string, cost = bcryptCost()): Promise<string> {
  return bcryptSlots(() => bcrypt.hash(password, cost));
}

/**
 * Several hashes at once, all on the thread pool rather than one by one behind
 * the slots: for start-up work before the server takes requests (the demo
 * accounts), when there is no event loop to keep free yet and the queue would
 * only wait for this thread to turn.
 */
export function hashPasswordsAtOnce(passwords: readonly string[], cost = bcryptCost()): Promise<string[]> {
  return Promise.all(passwords.map((password) => bcrypt.hash(password, cost)));
}

function comparePassword(password: string, hash: string): Promise<boolean> {
  return bcryptSlots(() => bcrypt.compare(password, hash));
}

let dummyHash: Promise<string> | undefined;

/**
 * Compares against a real hash, or against a dummy hash of the same cost when
 * the account does not exist or has no password, so both cases take the same
 * time and an attacker cannot tell which usernames exist.
 */
export async function verifyPassword(password: string, hash: string | null | undefined): Promise<boolean> {
  if (!hash) {
    dummyHash ??= hashPassword("planner-dummy-password");
    await comparePassword(password, await dummyHash);
    return false;
  }
  return comparePassword(password, hash);
}
