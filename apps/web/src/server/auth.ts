import NextAuth, { CredentialsSignin, type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { completeProviderLogIn, endLoggedOutSession, logInWithPassword } from "@planner/api/server";
import { LOG_IN_LIMITS, logInInput, type Role } from "@planner/domain";
import { authConfig } from "./auth.config";
import { cookies } from "next/headers";
import { clientIpFrom } from "./client-ip";
import { DEVICE_COOKIE, DEVICE_COOKIE_MAX_AGE_SECONDS, deviceCookieAccount, deviceCookieValue } from "./device-cookie";
import { PENDING_LOG_IN_COOKIE, providerSignIn } from "./sign-in-providers/callback";
import { signInProviders } from "./sign-in-providers/configs";
import { noteAuthError } from "./sign-in-providers/errors";

declare module "next-auth" {
  interface Session {
    user: { id: string; username: string; role: Role; sessionVersion: number; sessionId: string } & DefaultSession["user"];
  }
  interface User {
    username?: string;
    role?: Role;
    sessionVersion?: number;
    sessionId?: string;
  }
}

/** The log-in form reads the code to say when to try again. */
class RateLimitedSignIn extends CredentialsSignin {
  constructor(retryAfterSeconds: number) {
    super();
    this.code = `rate-limited:${retryAfterSeconds}`;
  }
}

/**
 * The password was right and the account has two-step log-in on: "second-factor"
 * when no code came (the form then asks for one), "second-factor-invalid" when it was wrong.
 */
class SecondFactorSignIn extends CredentialsSignin {
  constructor(code: "second-factor" | "second-factor-invalid") {
    super();
    this.code = code;
  }
}

const credentials = Credentials({
  id: "credentials",
  credentials: {
    login: { label: "Username or email", type: "text" },
    password: { label: "Password", type: "password" },
    code: { label: "Code", type: "text" },
  },
  async authorize(input, request) {
    const parsed = logInInput.safeParse(input);
    if (!parsed.success) return null;
    const jar = await cookies();
    const result = await logInWithPassword(parsed.data, {
      clientIp: clientIpFrom(request.headers),
      userAgent: request.headers.get("user-agent"),
      trustedFor: deviceCookieAccount(jar.get(DEVICE_COOKIE)?.value),
    });
    if (result.ok) {
      const { id, username, role, sessionVersion, sessionId } = result.user;
      // This browser may log in to this account again whatever other clients do (device-cookie.ts).
      jar.set(DEVICE_COOKIE, deviceCookieValue(id), {
        httpOnly: true,
        sameSite: "lax",
        secure: new URL(request.url).protocol === "https:",
        path: "/api/auth",
        maxAge: DEVICE_COOKIE_MAX_AGE_SECONDS,
      });
      return { id, username, role, sessionVersion, sessionId, name: username };
    }
    if (result.reason === "rate-limited") throw new RateLimitedSignIn(result.retryAfterSeconds);
    if (result.reason === "second-factor-required") throw new SecondFactorSignIn("second-factor");
    if (result.reason === "second-factor-invalid") throw new SecondFactorSignIn("second-factor-invalid");
    return null;
  },
});

/**
 * The second step of a provider log-in to an account with two-step log-in on:
 * the code typed on /login, and the sealed note the provider's callback left
 * (which account, for five minutes). "second-factor-invalid" for a wrong code;
 * "provider-step-expired" when the note is gone or stale.
 */
const providerCode = Credentials({
  id: "provider-code",
  credentials: { code: { label: "Code", type: "text" } },
  async authorize(input, request) {
    const code = typeof input.code === "string" && input.code.length <= LOG_IN_LIMITS.codeMax ? input.code : null;
    if (!code) throw new SecondFactorSignIn("second-factor-invalid");
    const jar = await cookies();
    const result = await completeProviderLogIn(jar.get(PENDING_LOG_IN_COOKIE)?.value, code, {
      clientIp: clientIpFrom(request.headers),
      userAgent: request.headers.get("user-agent"),
    });
    if (result.ok) {
      jar.delete(PENDING_LOG_IN_COOKIE);
      const { id, username, role, sessionVersion, sessionId } = result.user;
      return { id, username, role, sessionVersion, sessionId, name: username };
    }
    if (result.reason === "rate-limited") throw new RateLimitedSignIn(result.retryAfterSeconds);
    if (result.reason === "second-factor-invalid") throw new SecondFactorSignIn("second-factor-invalid");
    throw new ProviderStepExpired();
  },
});

class ProviderStepExpired extends CredentialsSignin {
  override code = "provider-step-expired";
}

// Configured lazily: `next build` imports this module without AUTH_SECRET.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  ...authConfig(),
  // Every failure lands on /login, never on next-auth's own pages (the route handler words the reason).
  pages: { signIn: "/login", error: "/login" },
  providers: [credentials, providerCode, ...signInProviders().map((entry) => entry.provider)],
  callbacks: { ...authConfig().callbacks, signIn: providerSignIn },
  logger: { error: noteAuthError },
  events: {
    // Log-out deletes the session's row: a copy of the cookie stops working too.
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (token?.sub && typeof token.sid === "string") await endLoggedOutSession({ sessionId: token.sid, userId: token.sub });
    },
  },
}));
