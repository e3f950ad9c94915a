import { apiSettings } from "../settings";

/** The origins the API_CORS_ORIGINS setting opens the API to (none by default). */
export function corsOrigins(): Set<string> {
  return new Set(
    apiSettings()
      .API_CORS_ORIGINS.split(",")
      .map((origin) => origin.trim().toLowerCase())
      .filter(Boolean),
  );
}

/**
 * CORS headers for an allowed origin: only bearer tokens cross (no
 * credentials, so the session cookie never does). Nothing for any other origin.
 */
export function corsHeaders(request: Request): Record<string, string> {
  const origin = request.headers.get("origin")?.toLowerCase();
  if (!origin || !corsOrigins().has(origin)) return {};
  return {
    "Access-Control-Allow-Origin": origin,
    "Access-Control-Allow-Methods": "GET, POST, PATCH, PUT, DELETE",
    "Access-Control-Allow-Headers": "Authorization, Content-Type, Accept-Language",
    "Access-Control-Expose-Headers": "Retry-After, WWW-Authenticate",
    "Access-Control-Max-Age": "600",
    Vary: "Origin",
  };
}

/**
 * Whether a request changes something with the log-in cookie from another
 * site (cross-site request forgery): both API edges refuse it.
 */
export function isCrossSiteCookieWrite(request: Request, credentials: { bearer: string | null; hasSessionCookie: boolean }): boolean {
  return !credentials.bearer && credentials.hasSessionCookie && isCrossSiteWrite(request);
}

/**
 * Whether a request that changes something came from another site.
 * SameSite=Lax already keeps the cookie off most such requests; this refuses
 * the rest by the browser's own account of where the request came from
 * (Sec-Fetch-Site, else Origin). Requests with a bearer token carry no
 * ambient credential and are not checked (isCrossSiteCookieWrite).
 */
function isCrossSiteWrite(request: Request): boolean {
  if (request.method === "GET" || request.method === "HEAD" || request.method === "OPTIONS") return false;
  const site = request.headers.get("sec-fetch-site");
  if (site) return site === "cross-site" || site === "same-site";
  const origin = request.headers.get("origin");
  if (!origin || origin === "null") return origin === "null";
  try {
    return new URL(origin).host !== (request.headers.get("x-forwarded-host") ?? request.headers.get("host"));
  } catch {
    return true;
  }
}
