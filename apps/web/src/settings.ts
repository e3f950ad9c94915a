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
});
