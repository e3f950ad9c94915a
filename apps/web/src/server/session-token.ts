import { decode, getToken, type JWT, type JWTDecodeParams } from "next-auth/jwt";
import type { SessionClaims } from "@planner/api/pages";
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
    decode: decodeOnce,
  });
  return token ? claimsFromToken(token) : null;
}

// A browser sends the same cookie until it logs in again, so each cookie is
// decrypted once per process: next-auth's decode derives the key (HKDF) and
// decrypts on every call, a tenth of a calendar request's CPU. Only cookies that
// decrypted are kept, with their expiry checked on every use as next-auth's
// decode checks it; whether the session still holds is the database's word, on
// every request. Bounded: emptied when full.
const decrypted = new Map<string, JWT>();
const MAX_DECRYPTED = 10_000;
const CLOCK_TOLERANCE_SECONDS = 15; // next-auth's decode allows this much

async function decodeOnce(params: JWTDecodeParams): Promise<JWT | null> {
  const key = `${params.salt}\n${params.token ?? ""}`;
  const known = decrypted.get(key);
  if (known) return expired(known) ? null : known;
  const token = await decode(params);
  if (token && !expired(token)) {
    if (decrypted.size >= MAX_DECRYPTED) decrypted.clear();
    decrypted.set(key, token);
  }
  return token;
}

function expired(token: JWT): boolean {
  return typeof token.exp === "number" && token.exp <= Date.now() / 1000 - CLOCK_TOLERANCE_SECONDS;
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
