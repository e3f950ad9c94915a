import type { NextAuthConfig } from "next-auth";
import { authSecret } from "./auth-secret";
import { tokenAccount } from "./session-claims";

/**
 * The part of the next-auth set-up that reads and writes the session cookie.
 * The middleware uses only this, so it loads no database code; auth.ts adds
 * the credentials provider.
 */
export function authConfig(): NextAuthConfig {
  return {
    secret: authSecret(),
    trustHost: true,
    session: { strategy: "jwt" },
    pages: { signIn: "/login" },
    providers: [],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.username = user.username;
          token.role = user.role;
          token.sessionVersion = user.sessionVersion;
          token.sid = user.sessionId;
        }
        return token;
      },
      session({ session, token }) {
        Object.assign(session.user, tokenAccount(token));
        return session;
      },
    },
  };
}
