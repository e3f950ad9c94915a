import { describe, expect, it } from "vitest";
import { classifyAuthError, noteAuthError, withProviderErrors } from "./errors";

function authError(type: string, cause?: unknown) {
  return Object.assign(new Error(`${type}. Read more`), { type, cause });
}

describe("classifyAuthError", () => {
  it("tells a cancelled consent from the provider's other refusals", () => {
    const callback = "http://localhost:3000/api/auth/callback/github?state=s";
    expect(classifyAuthError(authError("OAuthCallbackError"), `${callback}&error=access_denied`)).toBe("cancelled");
    expect(classifyAuthError(authError("OAuthCallbackError"), `${callback}&error=server_error`)).toBe("provider-down");
  });

  it("takes a bad state or a missing PKCE verifier for a failed check", () => {
    expect(classifyAuthError(authError("InvalidCheck"))).toBe("check-failed");
    const stateMismatch = Object.assign(new Error('unexpected "state" response parameter value'), { code: "OAUTH_INVALID_RESPONSE" });
    expect(classifyAuthError(authError("CallbackRouteError", { err: stateMismatch }))).toBe("check-failed");
  });

  it("takes an unreachable provider for one that is down", () => {
    const refused = Object.assign(new TypeError("fetch failed"), { cause: Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:4000"), { code: "ECONNREFUSED" }) });
    expect(classifyAuthError(authError("SignInError", { err: refused }))).toBe("provider-down");
    expect(classifyAuthError(authError("AccessDenied"))).toBe("failed");
  });
});

describe("withProviderErrors", () => {
  it("rewrites next-auth's error redirect to /login with the reason it logged", async () => {
    const response = await withProviderErrors(() => {
      noteAuthError(authError("InvalidCheck"));
      return Promise.resolve(Response.redirect("http://localhost:3000/login?error=Configuration", 302));
    });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("http://localhost:3000/login?error=check-failed");
  });

  it("rewrites the JSON answer next-auth's browser client asks for", async () => {
    const response = await withProviderErrors(() => {
      noteAuthError(authError("SignInError", { err: new TypeError("fetch failed") }));
      return Promise.resolve(Response.json({ url: "http://localhost:3000/login?error=Configuration" }));
    });
    expect(await response.json()).toEqual({ url: "http://localhost:3000/login?error=provider-down" });
  });

  it("leaves a refused password or code to the log-in form", async () => {
    const answer = { url: "http://localhost:3000/login?error=CredentialsSignin&code=second-factor-invalid" };
    const response = await withProviderErrors(() => {
      noteAuthError(authError("CredentialsSignin"));
      return Promise.resolve(Response.json(answer));
    });
    expect(await response.json()).toEqual(answer);
  });

  it("leaves other answers alone", async () => {
    const response = await withProviderErrors(() => Promise.resolve(Response.redirect("http://localhost:3000/calendar", 302)));
    expect(response.headers.get("location")).toBe("http://localhost:3000/calendar");
  });
});
