import type { Account, Profile, User } from "next-auth";
import { cookies, headers } from "next/headers";
import { logInWithProviderProfile, pendingProviderLogIn } from "@planner/api/server";
import { SIGN_IN_PROVIDERS, negotiateLocale, rateLimitMinutes, type SignInProvider } from "@planner/domain";
import { LOCALE_COOKIE } from "~/i18n/locale-cookie";
import { clientIpFrom } from "../client-ip";
import { sessionFromCookie } from "../session-token";
import { providerProfile } from "./profiles";

/** Set by the provider button just before it leaves for the provider: the browser's time zone, for a new account. */
export const TIME_ZONE_COOKIE = "planner-tz";
/** The sealed note between a provider log-in and its second step (api: tokens/pending-log-in.ts). */
export const PENDING_LOG_IN_COOKIE = "planner-pending-log-in";

const isProvider = (id: string): id is SignInProvider => (SIGN_IN_PROVIDERS as readonly string[]).includes(id);

/**
 * next-auth's signIn callback for provider log-ins (the credentials
 * providers pass through). The API decides; the answer becomes true (log in:
 * the account's claims are written onto `user`, which next-auth hands to the
 * jwt callback next) or a page to go to instead, in which case next-auth sets
 * no session cookie at all.
 */
export async function providerSignIn({ user, account, profile }: { user: User; account?: Account | null; profile?: Profile }): Promise<boolean | string> {
  if (!account || account.type === "credentials") return true;
  if (!isProvider(account.provider)) return "/login?error=failed";
  const provider = account.provider;
  const [jar, requestHeaders] = await Promise.all([cookies(), headers()]);
  const current = await sessionFromCookie(requestHeaders);
  const outcome = await logInWithProviderProfile(providerProfile(provider, account.providerAccountId, profile), {
    clientIp: clientIpFrom(requestHeaders),
    userAgent: requestHeaders.get("user-agent"),
    timeZone: jar.get(TIME_ZONE_COOKIE)?.value ?? null,
    locale: negotiateLocale({ cookie: jar.get(LOCALE_COOKIE)?.value, acceptLanguage: requestHeaders.get("accept-language") }),
    current,
  });
  jar.delete({ name: TIME_ZONE_COOKIE, path: "/api/auth" });
  switch (outcome.kind) {
    case "logged-in": {
      const { id, username, role, sessionVersion, sessionId } = outcome.user;
      Object.assign(user, { id, username, role, sessionVersion, sessionId, name: username, email: null, image: null });
      return true;
    }
    case "connected":
      return `/settings?connected=${provider}#connected-accounts`;
    case "second-factor": {
      const note = pendingProviderLogIn(outcome.userId);
      jar.set(PENDING_LOG_IN_COOKIE, note.value, { httpOnly: true, sameSite: "lax", path: "/", maxAge: note.maxAgeSeconds, secure: requestHeaders.get("x-forwarded-proto") === "https" });
      return "/login?step=code";
    }
    case "refused": {
      const wait = outcome.retryAfterSeconds ? `&minutes=${rateLimitMinutes(outcome.retryAfterSeconds)}` : "";
      // Connecting from Settings goes back there; a log-in goes back to /login.
      return current && outcome.reason !== "rate-limited"
        ? `/settings?refused=${outcome.reason}&provider=${provider}#connected-accounts`
        : `/login?refused=${outcome.reason}&provider=${provider}${wait}`;
    }
  }
}
