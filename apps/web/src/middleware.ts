import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { authSecret } from "~/server/auth-secret";

// Logged-out visits to app pages go to /login and come back after log-in.
// Only the cookie is read here; whether the session still holds (account
// deleted, password changed) is checked against the database by the pages
// and the API.
export async function middleware(request: NextRequest) {
  const token = await getToken({
    req: request,
    secret: authSecret(),
    secureCookie: request.nextUrl.protocol === "https:",
  });
  if (token?.sub) return NextResponse.next();
  const { pathname, search } = request.nextUrl;
  const login = new URL("/login", request.nextUrl);
  login.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(login);
}

export const config = {
  // Node.js middleware (stable in Next 15.5): the dev secret is read from .data/.
  runtime: "nodejs",
  matcher: ["/", "/calendar/:path*", "/todos/:path*", "/schedules/:path*", "/admin/:path*", "/settings/:path*"],
};
