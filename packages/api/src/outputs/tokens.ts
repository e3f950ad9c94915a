import { API_TOKEN_SCOPES, ROLES } from "@planner/domain";
import { z } from "zod";
import { idOutput, instantOutput } from "./shared";

export const apiTokenOutput = z
  .object({
    id: idOutput,
    name: z.string().meta({ example: "Phone shortcut" }),
    scope: z.enum(API_TOKEN_SCOPES),
    hint: z.string().meta({ description: "The secret's first characters, to tell tokens apart", example: "pln_Xy3k" }),
    createdAt: instantOutput,
    lastUsedAt: instantOutput.nullable(),
    expiresAt: instantOutput.nullable().meta({ description: "null: never expires" }),
  })
  .meta({ id: "ApiToken" });

export const createdApiTokenOutput = z.object({
  token: apiTokenOutput,
  secret: z.string().meta({ description: "Shown this once; only its hash is stored", example: "pln_…" }),
});

export const tokenResponseOutput = z
  .object({
    access_token: z.string().meta({ example: "pla_…" }),
    token_type: z.literal("bearer"),
    expires_in: z.number().int().meta({ description: "Seconds until the access token expires", example: 900 }),
    refresh_token: z.string().meta({ description: "Spend once with grant_type=refresh_token for a new pair", example: "plr_…" }),
    username: z.string(),
  })
  .meta({ id: "TokenResponse" });

export const tokenInfoOutput = z.object({
  userId: idOutput,
  username: z.string(),
  role: z.enum(ROLES),
  credential: z.enum(["session", "personal", "access"]).meta({ description: "How the caller authenticated: the log-in cookie, a personal token, or a password-grant access token" }),
  scope: z.enum(API_TOKEN_SCOPES),
  expiresAt: instantOutput.nullable(),
});

export const revokedOutput = z.object({ revoked: z.literal(true) });
