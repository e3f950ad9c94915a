import type { ProviderProfile, SignInProvider } from "@planner/domain";

// Each vendor's profile, as next-auth hands it to the signIn callback, in the
// one shape the API takes. An address counts as the person's only when the
// vendor says it verified it: OpenID Connect's email_verified (Google and any
// OIDC provider), GitHub's primary verified address (github-userinfo.ts),
// Kakao's is_email_valid and is_email_verified. Naver's profile API says
// nothing about verification, so its address is never taken as verified.

type Raw = Record<string, unknown>;

const text = (value: unknown): string | null => (typeof value === "string" && value.trim() !== "" ? value.trim() : null);
const record = (value: unknown): Raw => (typeof value === "object" && value !== null ? (value as Raw) : {});

export function providerProfile(provider: SignInProvider, providerAccountId: string, raw: Raw | undefined): ProviderProfile {
  const profile = record(raw);
  const base = { provider, providerAccountId };
  switch (provider) {
    case "google":
    case "oidc": {
      const email = text(profile.email);
      const verified = profile.email_verified === true;
      return {
        ...base,
        verifiedEmail: verified ? email : null,
        unverifiedEmail: verified ? null : email,
        name: text(profile.name),
        handle: text(profile.preferred_username) ?? text(profile.nickname),
      };
    }
    case "github": {
      const email = text(profile.email);
      const verified = profile.email_verified === true;
      return { ...base, verifiedEmail: verified ? email : null, unverifiedEmail: verified ? null : email, name: text(profile.name) ?? text(profile.login), handle: text(profile.login) };
    }
    case "kakao": {
      const account = record(profile.kakao_account);
      const email = text(account.email);
      const verified = account.is_email_valid === true && account.is_email_verified === true;
      const nickname = text(record(account.profile).nickname);
      return { ...base, verifiedEmail: verified ? email : null, unverifiedEmail: verified ? null : email, name: nickname, handle: nickname };
    }
    case "naver": {
      const response = record(profile.response);
      return { ...base, verifiedEmail: null, unverifiedEmail: text(response.email), name: text(response.name) ?? text(response.nickname), handle: text(response.nickname) };
    }
  }
}
