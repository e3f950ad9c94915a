import type { Database, PersonalTokenRecord } from "@planner/db";
import {
  ForbiddenError,
  PERSONAL_TOKEN_PREFIX,
  scopesFor,
  tokenExpiry,
  type Actor,
  type CreateApiTokenValues,
} from "@planner/domain";
import type { Credential } from "../middlewares/require-session";
import { assertLogInSession } from "./log-in-session";
import { newSecret } from "../tokens/secrets";
import { found } from "./found";

/** A personal token as lists show it: never the secret, never its hash. */
export type ApiTokenView = PersonalTokenRecord;

/** The new token with its secret, which is shown this once and never stored. */
export type CreatedApiToken = { token: ApiTokenView; secret: string };

/**
 * Settings → API tokens. Tokens are made by a person logged in with their
 * password (the cookie), never by another token: a leaked token must not be
 * able to mint itself a longer-lived or wider successor. A subscriber's
 * tokens only read.
 */
export async function createApiToken(
  db: Database,
  caller: { actor: Actor; credential: Credential },
  input: CreateApiTokenValues,
  now: Date,
): Promise<CreatedApiToken> {
  assertLogInSession(caller.credential, "API tokens are made and managed in Settings, after logging in with your password.", "tokensNeedLogIn");
  if (!scopesFor(caller.actor.role).includes(input.scope)) {
    throw new ForbiddenError("Your account can only make read-only tokens.", "tokenScopeNotAllowed");
  }
  const { secret, stored } = newSecret(PERSONAL_TOKEN_PREFIX);
  const token = await db.apiTokens.createPersonal({
    userId: caller.actor.userId,
    name: input.name,
    scope: input.scope,
    secret: stored,
    now,
    expiresAt: tokenExpiry(now, input.expiresInDays),
  });
  return { token, secret };
}

export function listOwnApiTokens(db: Database, actor: Actor): Promise<ApiTokenView[]> {
  return db.apiTokens.listPersonal(actor.userId);
}

/** Revokes one of the caller's own tokens; another account's is not found. */
export async function revokeOwnApiToken(db: Database, actor: Actor, input: { id: string }): Promise<{ revoked: true }> {
  found((await db.apiTokens.deletePersonal(input.id, actor.userId)) ? input.id : null, "That API token", "tokenNotFound");
  return { revoked: true };
}

/** Admins: any account's personal tokens. */
export async function listUserApiTokens(db: Database, input: { userId: string }): Promise<ApiTokenView[]> {
  found(await db.users.findById(input.userId), "That user", "userNotFound");
  return db.apiTokens.listPersonal(input.userId);
}

/** Admins: revokes anyone's personal token. */
export async function revokeAnyApiToken(db: Database, input: { id: string }): Promise<{ revoked: true }> {
  found((await db.apiTokens.deletePersonal(input.id, null)) ? input.id : null, "That API token", "tokenNotFound");
  return { revoked: true };
}
