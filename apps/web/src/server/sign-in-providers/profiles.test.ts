import { describe, expect, it } from "vitest";
import { providerProfile } from "./profiles";

describe("providerProfile", () => {
  it("takes an OpenID Connect address as verified only when email_verified is true", () => {
    expect(providerProfile("oidc", "s1", { sub: "s1", email: "a@example.test", email_verified: true, name: "A", preferred_username: "alice" })).toEqual({
      provider: "oidc",
      providerAccountId: "s1",
      verifiedEmail: "a@example.test",
      unverifiedEmail: null,
      name: "A",
      handle: "alice",
    });
    expect(providerProfile("google", "s2", { email: "b@example.test" })).toMatchObject({ verifiedEmail: null, unverifiedEmail: "b@example.test" });
  });

  it("reads GitHub's login and verified primary address", () => {
    expect(providerProfile("github", "7", { id: 7, login: "octo", name: null, email: "o@example.test", email_verified: true })).toMatchObject({
      verifiedEmail: "o@example.test",
      name: "octo",
      handle: "octo",
    });
  });

  it("needs Kakao's two flags, and never trusts Naver's address", () => {
    const kakao = { id: 1, kakao_account: { email: "k@example.test", is_email_valid: true, is_email_verified: false, profile: { nickname: "카카오" } } };
    expect(providerProfile("kakao", "1", kakao)).toMatchObject({ verifiedEmail: null, unverifiedEmail: "k@example.test", name: "카카오" });
    kakao.kakao_account.is_email_verified = true;
    expect(providerProfile("kakao", "1", kakao)).toMatchObject({ verifiedEmail: "k@example.test" });
    expect(providerProfile("naver", "n", { response: { id: "n", email: "n@example.test", nickname: "nick" } })).toMatchObject({ verifiedEmail: null, unverifiedEmail: "n@example.test", handle: "nick" });
  });

  it("copes with a profile missing every field", () => {
    expect(providerProfile("naver", "x", undefined)).toMatchObject({ verifiedEmail: null, unverifiedEmail: null, name: null, handle: null });
  });
});
