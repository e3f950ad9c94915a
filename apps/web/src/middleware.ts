import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { USER_KEY_HEADER } from "~/features/connection/offline-cache-policy";
import { authSecret } from "~/server/auth-secret";
import { REQUEST_PATH_HEADER } from "~/server/request-path-header";
import { offlineUserKey } from "~/server/offline-user-key";
import { NONCE_HEADER, isHttps, newNonce, requestSecurityHeaders } from "~/server/security-headers";
import { webSettings } from "~/settings";

/**
 * Runs for every page and API request but tRPC's (not for static files either; see `config`):
 * gives each response its Content-Security-Policy with a fresh nonce (and
 * HSTS, no-store on the API), tells the pages which path was asked for, and
 * marks app pages with whose they are. The headers that never change come from next.config.ts.
 */
export async function middleware(request: NextRequest) {
  const nonce = newNonce();
  const { pathname, search } = request.nextUrl;
  const headers = requestSecurityHeaders({
    pathname,
    nonce,
    development: webSettings().NODE_ENV === "development",
    https: isHttps(request.nextUrl.protocol, request.headers.get("x-forwarded-proto")),
  });
  // Next renders the nonce onto its own scripts when it finds the policy on
  // the *request*; server components read it from NONCE_HEADER for ours.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(NONCE_HEADER, nonce);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]);
  requestHeaders.set(REQUEST_PATH_HEADER, `${pathname}${search}`);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  // Whose page this is: the service worker keeps a copy for reading offline under this key only.
  const userId = await appPageUserId(request);
  if (userId) response.headers.set(USER_KEY_HEADER, offlineUserKey(userId));
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

// The pages behind log-in.
const appPages = ["/calendar", "/todos", "/schedules", "/search", "/admin", "/settings"];
const isAppPage = (pathname: string) => appPages.some((page) => pathname === page || pathname.startsWith(`${page}/`));

// Only the cookie is read here; whether the session still holds (account
// deleted, password changed) is checked against the database by the pages
// and the API, and the pages send logged-out visitors to log in
// (server/log-in-redirect.ts says why not here).
async function appPageUserId(request: NextRequest): Promise<string | undefined> {
  if (!isAppPage(request.nextUrl.pathname)) return undefined;
  const token = await getToken({
    req: request,
    secret: authSecret(),
    secureCookie: request.nextUrl.protocol === "https:",
  });
  return token?.sub ?? undefined;
}

export const config = {
  // Node.js middleware (stable in Next 15.5): the dev secret is read from .data/.
  runtime: "nodejs",
  // Everything but the build's static files and Next's image optimizer, whose
  // answers are the same for everyone (next.config.ts gives them the fixed headers),
  // and the tRPC and REST endpoints, which answer JSON only (their headers are in
  // next.config.ts too: apiSecurityHeaders). Next needs the matcher as a literal.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/trpc/|api/v1/).*)"],
};
