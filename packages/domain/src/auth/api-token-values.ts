import type { Role } from "../user/role";

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
