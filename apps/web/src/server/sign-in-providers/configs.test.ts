import { describe, expect, it } from "vitest";
import { InvalidSettingError } from "@planner/api/settings-kit";
import { webSettings } from "~/settings";
import { signInProviders } from "./configs";

const none = { ...webSettings(), AUTH_GOOGLE_ID: undefined, AUTH_GOOGLE_SECRET: undefined, AUTH_GITHUB_ID: undefined, AUTH_GITHUB_SECRET: undefined, AUTH_KAKAO_ID: undefined, AUTH_KAKAO_SECRET: undefined, AUTH_NAVER_ID: undefined, AUTH_NAVER_SECRET: undefined, AUTH_OIDC_ISSUER: undefined, AUTH_OIDC_ID: undefined, AUTH_OIDC_SECRET: undefined };

describe("signInProviders", () => {
  it("offers nothing when nothing is configured", () => {
    expect(signInProviders(none)).toEqual([]);
  });

  it("turns each provider on by its settings, in the page's order, each checking state and PKCE", () => {
    const all = signInProviders({
      ...none,
      AUTH_GOOGLE_ID: "g",
      AUTH_GOOGLE_SECRET: "gs",
      AUTH_GITHUB_ID: "h",
      AUTH_GITHUB_SECRET: "hs",
      AUTH_KAKAO_ID: "k",
      AUTH_KAKAO_SECRET: "ks",
      AUTH_NAVER_ID: "n",
      AUTH_NAVER_SECRET: "ns",
      AUTH_OIDC_ISSUER: "https://sso.example.com",
      AUTH_OIDC_ID: "o",
      AUTH_OIDC_SECRET: "os",
      AUTH_OIDC_NAME: "Team SSO",
    });
    expect(all.map((entry) => entry.configured)).toEqual([
      { id: "google", name: "Google" },
      { id: "github", name: "GitHub" },
      { id: "kakao", name: "Kakao" },
      { id: "naver", name: "Naver" },
      { id: "oidc", name: "Team SSO" },
    ]);
    for (const { provider } of all) {
      const options = provider as { options?: { checks?: string[] }; checks?: string[] };
      expect(options.options?.checks ?? options.checks, JSON.stringify(provider)).toEqual(["pkce", "state"]);
    }
  });

  it("stops start-up, naming the missing setting, when a provider is half configured", () => {
    expect(() => signInProviders({ ...none, AUTH_KAKAO_ID: "k" })).toThrow(new InvalidSettingError('Invalid setting AUTH_KAKAO_SECRET="": must be set together with AUTH_KAKAO_ID.'));
    expect(() => signInProviders({ ...none, AUTH_OIDC_ID: "o", AUTH_OIDC_SECRET: "os" })).toThrow(/AUTH_OIDC_ISSUER/);
  });
});
