import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@planner/api";
import type { ApiTokenScope } from "@planner/domain";

type Outputs = inferRouterOutputs<AppRouter>;

/** A personal access token as lists show it (never its secret). */
export type ApiToken = Outputs["account"]["apiTokens"]["list"][number];
/** The token just made, with its secret: shown this once. */
export type CreatedApiToken = Outputs["account"]["apiTokens"]["create"];

/** The expiry menu's values; the handler turns them into `expiresInDays`. */
export const TOKEN_EXPIRY_CHOICES = ["30", "90", "365", "never"] as const;
export type TokenExpiryChoice = (typeof TOKEN_EXPIRY_CHOICES)[number];

/** The create form as the page holds it (a menu gives strings). */
export type CreateTokenForm = { name: string; scope: ApiTokenScope; expiresInDays: TokenExpiryChoice };
