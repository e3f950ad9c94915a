import { defineSettings, integerSetting } from "@planner/api/settings-kit";
import { z } from "zod";

/** The web app's own settings (next-auth reads AUTH_TRUST_HOST itself); .env.example documents them. */
export const webSettings = defineSettings({
  /** Signs session cookies; production must set it (`openssl rand -base64 32`). */
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters (openssl rand -base64 32)").optional(),
  /**
   * Read by next-auth itself: the app's public address when it cannot tell from the request.
   * The API reads it too, to pick the session cookie's name as next-auth does (https: `__Secure-`).
   */
  AUTH_URL: z.string().optional(),
  /** next-auth's older name for AUTH_URL. */
  NEXTAUTH_URL: z.string().optional(),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** How many proxies in front of the app append to X-Forwarded-For (0: none, the TCP peer is the client). */
  TRUSTED_PROXY_HOPS: integerSetting(0, 10).default(0),

  // Log-in with other services: each is on when its id and secret are both set
  // (sign-in-providers/configs.ts stops start-up when only one of them is).
  // Register the callback URL <app address>/api/auth/callback/<google|github|kakao|naver|oidc> with each.
  AUTH_GOOGLE_ID: z.string().optional(),
  AUTH_GOOGLE_SECRET: z.string().optional(),
  AUTH_GITHUB_ID: z.string().optional(),
  AUTH_GITHUB_SECRET: z.string().optional(),
  AUTH_KAKAO_ID: z.string().optional(),
  AUTH_KAKAO_SECRET: z.string().optional(),
  AUTH_NAVER_ID: z.string().optional(),
  AUTH_NAVER_SECRET: z.string().optional(),
  /** Your own OpenID Connect provider (Keycloak, Authentik, Google Workspace…): its issuer URL, with AUTH_OIDC_ID and AUTH_OIDC_SECRET. */
  AUTH_OIDC_ISSUER: z.url({ error: "must be the provider's issuer URL, e.g. https://sso.example.com/realms/team" }).optional(),
  AUTH_OIDC_ID: z.string().optional(),
  AUTH_OIDC_SECRET: z.string().optional(),
  /** The name on its button, e.g. "Company SSO". */
  AUTH_OIDC_NAME: z.string().max(40, "must be at most 40 characters").default("OpenID Connect"),
  /**
   * Tests only (honoured only with PLANNER_TEST_HOOKS=1): Google's issuer, and a
   * server that answers GitHub's, Kakao's and Naver's endpoints under /github, /kakao, /naver.
   */
  PLANNER_TEST_GOOGLE_ISSUER: z.url().optional(),
  PLANNER_TEST_OAUTH_URL: z.url().optional(),
});
