import { hashPassword, type Database } from "@planner/db";
import {
  ConflictError,
  NotFoundError,
  assertCanDisconnect,
  type Actor,
  type ProviderInput,
  type SetPasswordValues,
  type SignInProvider,
  type UserIdValues,
} from "@planner/domain";
import type { Credential } from "../middlewares/require-session";
import { assertLogInSession } from "./log-in-session";
import { found } from "./found";

/** How an account signs in: with a password, and with which providers (Settings → Connected accounts; admins). */
export type SignInMethodsView = { hasPassword: boolean; providers: { provider: SignInProvider; connectedAt: Date }[] };

export async function signInMethodsOf(db: Database, userId: string): Promise<SignInMethodsView> {
  const methods = found(await db.providerAccounts.signInMethods(userId), "That account", "userNotFound");
  return {
    hasPassword: methods.hasPassword,
    providers: methods.providerAccounts.map(({ provider, createdAt }) => ({ provider, connectedAt: createdAt })),
  };
}

export function ownSignInMethods(db: Database, actor: Actor): Promise<SignInMethodsView> {
  return signInMethodsOf(db, actor.userId);
}

export function userSignInMethods(db: Database, input: UserIdValues): Promise<SignInMethodsView> {
  return signInMethodsOf(db, input.userId);
}

/** Disconnects a provider, unless it is the account's last way to sign in (domain: assertCanDisconnect). */
export async function disconnectProvider(db: Database, actor: Actor, input: { provider: ProviderInput["provider"] }): Promise<{ disconnected: true }> {
  const removed = await db.providerAccounts.disconnect(actor.userId, input.provider, (methods) => assertCanDisconnect(methods, input.provider));
  if (!removed) throw new NotFoundError("That connected account", "providerNotConnected");
  return { disconnected: true };
}

/**
 * The first password of an account made by a provider's log-in. Only from a
 * log-in (the cookie), never with a token: a token's holder must not turn it
 * into a password. An account that has one changes it with the current one.
 */
export async function setFirstPassword(
  db: Database,
  caller: { actor: Actor; credential: Credential },
  input: SetPasswordValues,
): Promise<{ passwordSet: true }> {
  assertLogInSession(caller.credential, "A password is set in Settings, after logging in; not with an API token.", "tokensNeedLogIn");
  const set = await db.users.setFirstPassword(caller.actor.userId, await hashPassword(input.newPassword));
  if (!set) throw new ConflictError("newPassword", "This account already has a password. Change it with the current one.", "passwordAlreadySet");
  return { passwordSet: true };
}
