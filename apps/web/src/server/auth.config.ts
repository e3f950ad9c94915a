import type { NextAuthConfig } from "next-auth";
import type { Role } from "@planner/domain";
import { authSecret } from "./auth-secret";

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
        session.user.id = token.sub ?? "";
        session.user.username = typeof token.username === "string" ? token.username : "";
        session.user.role = (token.role as Role | undefined) ?? "USER";
        session.user.sessionVersion = Number(token.sessionVersion ?? 0);
        session.user.sessionId = typeof token.sid === "string" ? token.sid : "";
        return session;
      },
    },
  };
}
