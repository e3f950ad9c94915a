import type { ApiToken } from "./types";

/** Whether a token still works by its date: it may never expire, or may have. */
export type TokenExpiry = { kind: "never" } | { kind: "expires"; at: Date } | { kind: "expired"; at: Date };

export function tokenExpiry(token: Pick<ApiToken, "expiresAt">, now: number): TokenExpiry {
  if (!token.expiresAt) return { kind: "never" };
  return token.expiresAt.getTime() <= now ? { kind: "expired", at: token.expiresAt } : { kind: "expires", at: token.expiresAt };
}

/** "pln_Xy3k…": the secret's first characters, which tell tokens apart and match what a program holds. */
export function tokenHint(token: Pick<ApiToken, "hint">): string {
  return `${token.hint}…`;
}
