import type { Database } from "@planner/db";
import {
  ACCESS_TOKEN_PREFIX,
  ACCESS_TOKEN_SECONDS,
  RateLimitedError,
  REFRESH_TOKEN_PREFIX,
  UnauthorizedError,
  ValidationError,
  type ApiTokenScope,
  type Role,
  type RevokeTokenValues,
  type TokenGrantValues,
} from "@planner/domain";
import type { Credential } from "../middlewares/require-session";
import { sessionPolicy } from "../session-policy";
import { hashSecret, newSecret } from "../tokens/secrets";
import { logIn } from "./auth-service";

/** The OAuth 2 token response (RFC 6749 §5.1), plus whose it is. */
export type TokenResponse = {
  access_token: string;
  token_type: "bearer";
  expires_in: number;
  refresh_token: string;
  username: string;
};

export type GrantRequest = { clientIp: string | null; userAgent: string | null; now: Date };

/**
 * A program's log-in: the password grant (the browser log-in's checks and
 * throttling, two-step code included) starts an API session with an access
 * and a refresh token; the refresh grant spends its refresh token for a new
 * pair. A refresh token spent twice ends its whole session.
 */
export async function grantTokens(db: Database, input: TokenGrantValues, request: GrantRequest): Promise<TokenResponse> {
  return input.grant_type === "password" ? passwordGrant(db, input, request) : refreshGrant(db, input, request.now);
}

async function passwordGrant(db: Database, input: TokenGrantValues, request: GrantRequest): Promise<TokenResponse> {
  const username = required(input.username, "username");
  const password = required(input.password, "password");
  const result = await logIn(db, { login: username, password, code: input.code }, { ...request, sessionKind: "API" });
  if (!result.ok) {
    switch (result.reason) {
      case "rate-limited":
        throw new RateLimitedError(result.retryAfterSeconds);
      case "second-factor-required":
        throw new UnauthorizedError("This account has two-step log-in: send the code from the authenticator app as `code`.", "secondFactorRequired");
      case "second-factor-invalid":
        throw new UnauthorizedError("That code is not right. Try the newest one from the authenticator app.", "wrongTwoFactorCode");
      default:
        throw new UnauthorizedError("The username or password is not right.", "invalidCredentials");
    }
  }
  const { user } = result;
  // logIn just made the session, lasting the policy's lifetime from now.
  const sessionExpiresAt = new Date(request.now.getTime() + sessionPolicy().lifetimeSeconds * 1000);
  return issueTokens(db, { sessionId: user.sessionId, userId: user.id, username: user.username, sessionExpiresAt }, request.now);
}

async function refreshGrant(db: Database, input: TokenGrantValues, now: Date): Promise<TokenResponse> {
  const refreshToken = required(input.refresh_token, "refresh_token");
  const outcome = refreshToken.startsWith(REFRESH_TOKEN_PREFIX)
    ? await db.apiTokens.spendRefresh(hashSecret(refreshToken), sessionPolicy(), now)
    : ({ kind: "invalid" } as const);
  if (outcome.kind !== "rotated") {
    throw new UnauthorizedError("That refresh token is not valid any more. Log in again.", "invalidGrant");
  }
  return issueTokens(db, outcome, now);
}

type TokenOwner = { sessionId: string; userId: string; username: string; sessionExpiresAt: Date };

async function issueTokens(db: Database, owner: TokenOwner, now: Date): Promise<TokenResponse> {
  const access = newSecret(ACCESS_TOKEN_PREFIX);
  const refresh = newSecret(REFRESH_TOKEN_PREFIX);
  const issued = await db.apiTokens.issue({
    sessionId: owner.sessionId,
    userId: owner.userId,
    access: { ...access.stored, expiresAt: new Date(now.getTime() + ACCESS_TOKEN_SECONDS * 1000) },
    // The refresh token lasts as long as its session may.
    refresh: { ...refresh.stored, expiresAt: owner.sessionExpiresAt },
    now,
  });
  // The session ended meanwhile (a reuse of the same refresh token, a log-out, a password change).
  if (!issued) throw new UnauthorizedError("That refresh token is not valid any more. Log in again.", "invalidGrant");
  return { access_token: access.secret, token_type: "bearer", expires_in: ACCESS_TOKEN_SECONDS, refresh_token: refresh.secret, username: owner.username };
}

function required(value: string | undefined, field: string): string {
  if (value !== undefined && value.length > 0) return value;
  throw new ValidationError(`Fill in ${field}.`, { [field]: [`Fill in ${field}.`] }, "fieldRequired", { field });
}

/**
 * RFC 7009: revokes any of our tokens (an access or refresh token ends its
 * session; a personal token goes). The answer is the same whether or not the
 * token existed, so it tells a finder nothing.
 */
export async function revokeToken(db: Database, input: RevokeTokenValues): Promise<{ revoked: true }> {
  await db.apiTokens.revoke(hashSecret(input.token));
  return { revoked: true };
}

/** What `GET /api/v1/auth/verify` says about the credential that called it. */
export type TokenInfo = {
  userId: string;
  username: string;
  role: Role;
  credential: Credential["kind"];
  scope: ApiTokenScope;
  expiresAt: Date | null;
};

export async function verifyCredential(
  db: Database,
  caller: { actor: { userId: string; role: Role }; credential: Credential },
): Promise<TokenInfo> {
  const me = await db.users.findById(caller.actor.userId);
  if (!me) throw new UnauthorizedError("The bearer token is not valid: it is unknown, expired or revoked.", "invalidCredentials");
  const { credential } = caller;
  return {
    userId: me.id,
    username: me.username,
    role: caller.actor.role,
    credential: credential.kind,
    scope: credential.scope,
    expiresAt: credential.kind === "session" ? null : credential.expiresAt,
  };
}
