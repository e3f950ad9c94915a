import { hashPassword } from "@planner/db";
import type { TestDatabase } from "@planner/db/testing";
import { DEFAULT_SESSION_POLICY, type Role } from "@planner/domain";
import { generateSync } from "otplib";
import { createCaller } from "../src/root";
import { createContext, type SessionClaims } from "../src/context";

export const PASSWORD = "correct horse battery";

export type TestAccount = { id: string; username: string; email: string; role: Role; session: SessionClaims };

let counter = 0;

/** A real account in the test database, with a session (its row and its cookie's claims) as log-in would make it. */
export async function createAccount(db: TestDatabase, role: Role = "USER", username?: string): Promise<TestAccount> {
  counter += 1;
  const name = username ?? `${role.toLowerCase()}${counter}`;
  const user = await db.users.create({
    username: name,
    email: `${name}@example.com`,
    passwordHash: await hashPassword(PASSWORD),
    name,
    role,
  });
  const sessionId = await db.sessions.create({ userId: user.id, ip: null, userAgent: null, now: new Date(), lifetimeSeconds: DEFAULT_SESSION_POLICY.lifetimeSeconds });
  return { id: user.id, username: name, email: user.email ?? `${name}@example.com`, role, session: { sessionId, userId: user.id, role, sessionVersion: 0 } };
}

/** An account a provider's log-in made (Google): no password, no address; with a session as that log-in makes. */
export async function createProviderAccount(db: TestDatabase): Promise<TestAccount> {
  counter += 1;
  const name = `google${counter}`;
  const user = await db.providerAccounts.createUserWith({ username: name, email: null, passwordHash: null, name }, "google", `google-sub-${counter}-${Date.now()}`, new Date());
  const sessionId = await db.sessions.create({ userId: user.id, ip: null, userAgent: null, now: new Date(), lifetimeSeconds: DEFAULT_SESSION_POLICY.lifetimeSeconds });
  return { id: user.id, username: name, email: "", role: "USER", session: { sessionId, userId: user.id, role: "USER", sessionVersion: 0 } };
}

export function callerFor(db: TestDatabase, account: TestAccount | null, clientIp: string | null = null, now?: () => Date) {
  return createCaller(createContext({ db, session: account?.session ?? null, clientIp, now }));
}

/** Runs a call and returns the tRPC error code it failed with (or "OK"). */
export async function codeOf(call: () => Promise<unknown>): Promise<string> {
  try {
    await call();
    return "OK";
  } catch (error) {
    return (error as { code?: string }).code ?? "UNKNOWN";
  }
}

/** Calls a procedure by its dotted path ("todo.create"), for tests that walk every procedure. */
export function callProcedure(caller: ReturnType<typeof callerFor>, path: string, input: unknown): Promise<unknown> {
  const procedure = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  return (procedure as (input: unknown) => Promise<unknown>)(input);
}

/** The authenticator app's code for `secret` at `at`, `steps` 30-second steps later (negative: earlier). */
export function totpAt(secret: string, at: Date, steps = 0): string {
  return generateSync({ secret, epoch: Math.floor(at.getTime() / 1000) + steps * 30 });
}
