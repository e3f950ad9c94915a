import { afterEach, describe, expect, it, vi } from "vitest";
import { encode } from "next-auth/jwt";
import { authSecret } from "./auth-secret";
import { sessionFromCookie, usesSecureCookies } from "./session-token";

const claims = { sub: "0193c6f0-0000-7000-8000-000000000001", sid: "0193c6f0-0000-7000-8000-000000000002", role: "ADMIN", sessionVersion: 3 };

async function cookieHeader(name: string, token: Record<string, unknown> = claims, secret = authSecret()) {
  return `theme=dark; ${name}=${await encode({ token, secret, salt: name })}`;
}

describe("sessionFromCookie", () => {
  it("reads the claims the log-in put in the cookie", async () => {
    const headers = new Headers({ cookie: await cookieHeader("authjs.session-token"), "x-forwarded-proto": "http" });
    expect(await sessionFromCookie(headers)).toEqual({ sessionId: claims.sid, userId: claims.sub, role: "ADMIN", sessionVersion: 3 });
  });

  it("reads the __Secure- cookie behind TLS, and only that one", async () => {
    const secure = new Headers({ cookie: await cookieHeader("__Secure-authjs.session-token"), "x-forwarded-proto": "https" });
    expect((await sessionFromCookie(secure))?.userId).toBe(claims.sub);
    const plainOverTls = new Headers({ cookie: await cookieHeader("authjs.session-token"), "x-forwarded-proto": "https" });
    expect(await sessionFromCookie(plainOverTls)).toBeNull();
  });

  it("refuses a cookie sealed with another secret, one without a session id, and no cookie", async () => {
    const forged = new Headers({ cookie: await cookieHeader("authjs.session-token", claims, "another-secret-of-at-least-32-characters"), "x-forwarded-proto": "http" });
    expect(await sessionFromCookie(forged)).toBeNull();
    const { sid: _sid, ...withoutSession } = claims;
    const old = new Headers({ cookie: await cookieHeader("authjs.session-token", withoutSession), "x-forwarded-proto": "http" });
    expect(await sessionFromCookie(old)).toBeNull();
    expect(await sessionFromCookie(new Headers({ "x-forwarded-proto": "http" }))).toBeNull();
  });

  it("takes the session from the cookie only, never from an Authorization header", async () => {
    const token = (await cookieHeader("authjs.session-token")).split("=").slice(2).join("=");
    const headers = new Headers({ authorization: `Bearer ${token}`, "x-forwarded-proto": "http" });
    expect(await sessionFromCookie(headers)).toBeNull();
  });
});

describe("usesSecureCookies", () => {
  it("follows X-Forwarded-Proto as next-auth does, https when nothing says", () => {
    expect(usesSecureCookies(new Headers({ "x-forwarded-proto": "http" }))).toBe(false);
    expect(usesSecureCookies(new Headers({ "x-forwarded-proto": "HTTPS" }))).toBe(true);
    expect(usesSecureCookies(new Headers())).toBe(true);
  });
});

describe("sessionFromCookie, a cookie met again", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("is read from memory while it lasts, and refused once it has expired", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const name = "authjs.session-token";
    const headers = new Headers({ cookie: `${name}=${await encode({ token: claims, secret: authSecret(), salt: name, maxAge: 60 })}`, "x-forwarded-proto": "http" });
    expect((await sessionFromCookie(headers))?.sessionId).toBe(claims.sid);
    vi.advanceTimersByTime(30_000);
    expect((await sessionFromCookie(headers))?.sessionId).toBe(claims.sid);
    // Past its end and next-auth's 15 s of tolerance.
    vi.advanceTimersByTime(50_000);
    expect(await sessionFromCookie(headers)).toBeNull();
  });
});
