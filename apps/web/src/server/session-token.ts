import { getToken } from "next-auth/jwt";
import type { SessionClaims } from "@planner/api";
import { webSettings } from "~/settings";
import { authSecret } from "./auth-secret";
import { claimsFromToken } from "./session-claims";

/**
 * The session cookie's claims for the API (/api/trpc), read without next-auth's
 * `auth()`. `auth()` runs next-auth's whole /session action for every call: a
 * CSRF digest, decrypting the cookie, encrypting a renewed one and a JSON round
 * trip. In a route handler the renewed cookie is thrown away (next-auth keeps
 * only the JSON), so the API never renewed the cookie: decrypting it is all
 * that counted, and is all that is done here. It was a fifth of a calendar
 * request's CPU (pnpm bench:http). The claims are only what the cookie says:
 * @planner/api checks them against the database on every request.
 */
export async function sessionFromCookie(headers: Headers): Promise<SessionClaims | null> {
  const secure = usesSecureCookies(headers);
  const token = await getToken({
    // Only the cookie, as auth() read it: getToken would also take an Authorization header.
    req: { headers: { cookie: headers.get("cookie") ?? "" } },
    secret: authSecret(),
    secureCookie: secure,
  });
  return token ? claimsFromToken(token) : null;
}

/**
 * Whether next-auth names the cookie `__Secure-authjs.session-token`: the same
 * rule as its `auth()` (the protocol of AUTH_URL when set, else of the request as
 * X-Forwarded-Proto gives it, which Next always sets; https when neither says).
 */
export function usesSecureCookies(headers: Headers): boolean {
  const { AUTH_URL, NEXTAUTH_URL } = webSettings();
  const configured = AUTH_URL ?? NEXTAUTH_URL;
  if (configured) return URL.canParse(configured) && new URL(configured).protocol === "https:";
  return (headers.get("x-forwarded-proto") ?? "https").toLowerCase().replace(/:$/, "") === "https";
}
