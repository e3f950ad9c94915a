import { z } from "zod";
import { API_TOKEN_NAME_MAX, API_TOKEN_SCOPES } from "./api-token-values";
import { idSchema } from "../shared/pagination";
import { plainText } from "../shared/text";
import { secondFactorCodeSchema } from "./two-factor";

export * from "./api-token-values";

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
