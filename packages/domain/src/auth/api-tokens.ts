import { z } from "zod";
import type { Role } from "../user/role";
import { idSchema } from "../shared/pagination";
import { plainText } from "../shared/text";
import { secondFactorCodeSchema } from "./two-factor";

/**
 * Bearer credentials for programs: personal access tokens (made in Settings)
 * and the access and refresh tokens of a password-grant log-in. Secrets carry
 * a prefix so that people and secret scanners recognise them.
 */
export const API_TOKEN_SCOPES = ["READ", "READ_WRITE"] as const;
export type ApiTokenScope = (typeof API_TOKEN_SCOPES)[number];

export const PERSONAL_TOKEN_PREFIX = "pln_";
export const ACCESS_TOKEN_PREFIX = "pla_";
export const REFRESH_TOKEN_PREFIX = "plr_";

/** Access tokens of a password-grant log-in are short-lived; the refresh token gets a new one. */
export const ACCESS_TOKEN_SECONDS = 15 * 60;

/** A personal token's lifetime in days; null never expires. */
export const API_TOKEN_EXPIRY_DAYS = [30, 90, 365] as const;
export const API_TOKEN_NAME_MAX = 100;

/** Per-token requests in a minute, unless the setting says otherwise. */
export const DEFAULT_TOKEN_REQUESTS_PER_MINUTE = 600;
export const TOKEN_RATE_WINDOW_SECONDS = 60;
export const tokenRateKey = (tokenId: string) => `token:${tokenId}`;

/** A token's last use is written at most this often, like a session's activity. */
export const TOKEN_TOUCH_SECONDS = 60;

/** Subscribers only read, so their tokens only read; everyone else chooses. */
export function scopesFor(role: Role): readonly ApiTokenScope[] {
  return role === "SUBSCRIBER" ? ["READ"] : API_TOKEN_SCOPES;
}

/** What a credential may do for an account with this role now: a read-write token of a subscriber reads only. */
export function effectiveScope(scope: ApiTokenScope, role: Role): ApiTokenScope {
  return scopesFor(role).includes(scope) ? scope : "READ";
}

export function tokenExpiry(now: Date, days: number | null): Date | null {
  return days === null ? null : new Date(now.getTime() + days * 86_400_000);
}

export const createApiTokenInput = z.strictObject({
  name: plainText(
    z
      .string({ error: "Give the token a name." })
      .trim()
      .min(1, "Give the token a name.")
      .max(API_TOKEN_NAME_MAX, `Keep it to ${API_TOKEN_NAME_MAX} characters.`),
    "The token's name",
  ),
  scope: z.enum(API_TOKEN_SCOPES, { error: "Choose read, or read and write." }),
  expiresInDays: z.union([z.literal(30), z.literal(90), z.literal(365), z.null()], { error: "Choose 30, 90 or 365 days, or never." }),
});
export type CreateApiTokenInput = z.input<typeof createApiTokenInput>;
export type CreateApiTokenValues = z.output<typeof createApiTokenInput>;

export const apiTokenIdInput = z.strictObject({ id: idSchema });
export const userTokensInput = z.strictObject({ userId: idSchema });

/**
 * `POST /api/v1/auth/token`: the OAuth 2 password grant (RFC 6749 §4.3) and
 * refresh (§6), as one object so that the form and JSON bodies read alike.
 * What each grant needs is checked by the service, which names the field.
 */
/** A token or name as programs send it: no control characters (a NUL byte never reaches the database). */
const tokenText = (max: number, label: string) => plainText(z.string().max(max), label);

export const tokenGrantInput = z.strictObject({
  grant_type: z.enum(["password", "refresh_token"], { error: 'Send grant_type "password" or "refresh_token".' }),
  username: tokenText(254, "The username or email").optional(),
  // bcrypt stops reading at a NUL byte: a password with one would check only its start.
  password: z.string().max(1024).refine((value) => !value.includes("\0"), "A password cannot contain a NUL byte.").optional(),
  /** The two-step code, for an account with two-step log-in on. */
  code: secondFactorCodeSchema.optional(),
  refresh_token: tokenText(200, "The refresh token").optional(),
  /** Accepted for OAuth 2 clients that always send it; a password grant gets read and write. */
  scope: tokenText(200, "The scope").optional(),
});
export type TokenGrantInput = z.input<typeof tokenGrantInput>;
export type TokenGrantValues = z.output<typeof tokenGrantInput>;

export const revokeTokenInput = z.strictObject({
  token: plainText(z.string({ error: "Send the token to revoke." }).min(1, "Send the token to revoke.").max(200), "The token"),
  /** RFC 7009's hint; any token is found by itself, so it is only accepted. */
  token_type_hint: z.enum(["access_token", "refresh_token"]).optional(),
});
export type RevokeTokenValues = z.output<typeof revokeTokenInput>;
