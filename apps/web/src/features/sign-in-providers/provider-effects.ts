import type { ProviderEffects } from "./events";

// next-auth's browser client is fetched when a button is pressed, not with the page.
const client = () => import("next-auth/react");

/** Seconds the time-zone note lives: enough for a provider's log-in and consent screens. */
const TIME_ZONE_NOTE_SECONDS = 600;

export const providerEffects: ProviderEffects = {
  browserTimeZone: () => {
    try {
      return Intl.DateTimeFormat().resolvedOptions().timeZone;
    } catch {
      return undefined;
    }
  },
  // Read by the provider callback (server/sign-in-providers/callback.ts) when it makes an account.
  rememberTimeZone: (zone) => {
    document.cookie = `planner-tz=${encodeURIComponent(zone)}; path=/api/auth; max-age=${TIME_ZONE_NOTE_SECONDS}; samesite=lax`;
  },
  startProviderLogIn: async (provider, callbackUrl) => (await client()).signIn(provider, { redirectTo: callbackUrl }),
};

/** The second step of a provider log-in, without next-auth's redirect. */
export const logInWithProviderCode = async (code: string) => (await client()).signIn("provider-code", { code, redirect: false });
