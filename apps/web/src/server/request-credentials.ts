import type { SessionClaims } from "@planner/api";
import { sessionFromCookie } from "./session-token";

export type RequestCredentials = {
  /** The `Authorization: Bearer` secret; when sent, the cookie is not read at all. */
  bearer: string | null;
  session: SessionClaims | null;
  hasSessionCookie: boolean;
};

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/**
 * Who an API request says it is: a bearer token (programs), else the log-in
 * cookie (the app's pages). A request with a bearer token gets nothing of the
 * cookie, so a browser that happens to be logged in cannot lend it its session.
 */
export async function requestCredentials(headers: Headers): Promise<RequestCredentials> {
  const authorization = headers.get("authorization");
  if (authorization !== null) {
    // A malformed header is still a bearer attempt: it fails as an invalid token, never falls back to the cookie.
    return { bearer: BEARER.exec(authorization)?.[1] ?? authorization, session: null, hasSessionCookie: false };
  }
  const hasSessionCookie = /(?:^|;\s*)(?:__Secure-)?authjs\.session-token(?:\.\d+)?=/.test(headers.get("cookie") ?? "");
  return { bearer: null, session: hasSessionCookie ? await sessionFromCookie(headers) : null, hasSessionCookie };
}
