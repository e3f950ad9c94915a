import type { Provider } from "next-auth/providers";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import Kakao from "next-auth/providers/kakao";
import Naver from "next-auth/providers/naver";
import { InvalidSettingError } from "@planner/api/settings-kit";
import { testHooksEnabled } from "@planner/api/pages";
import type { SignInProvider } from "@planner/domain";
import { webSettings } from "~/settings";
import { githubUserinfo } from "./github-userinfo";

/** A provider the log-in page offers: its id (next-auth's, and the callback URL's) and the name on its button. */
export type ConfiguredProvider = { id: SignInProvider; name: string };

type Settings = ReturnType<typeof webSettings>;

/**
 * Auth.js checks only PKCE by default and ignores `state`: a callback whose
 * state was altered would still log in. Both are checked here, for every
 * provider (the state also binds the callback to this browser's cookie).
 */
const checks: ("pkce" | "state")[] = ["pkce", "state"];

/** Both or neither: a provider with only one of its two settings is a mistake worth stopping for. */
function pair(settings: Settings, id: keyof Settings, secret: keyof Settings): { clientId: string; clientSecret: string } | null {
  const [idValue, secretValue] = [settings[id], settings[secret]] as (string | undefined)[];
  if (!idValue && !secretValue) return null;
  if (!idValue || !secretValue) {
    const missing = idValue ? secret : id;
    throw new InvalidSettingError(`Invalid setting ${String(missing)}="": must be set together with ${String(idValue ? id : secret)}.`);
  }
  return { clientId: idValue, clientSecret: secretValue };
}

/**
 * next-auth's providers for the services whose settings are present, in the
 * order the log-in page shows them. Tests point the vendors' endpoints at local
 * servers (PLANNER_TEST_*, only with PLANNER_TEST_HOOKS=1).
 */
export function signInProviders(settings: Settings = webSettings()): { configured: ConfiguredProvider; provider: Provider }[] {
  const testing = testHooksEnabled();
  const googleIssuer = testing ? settings.PLANNER_TEST_GOOGLE_ISSUER : undefined;
  const vendor = testing ? settings.PLANNER_TEST_OAUTH_URL?.replace(/\/$/, "") : undefined;
  const list: { configured: ConfiguredProvider; provider: Provider }[] = [];

  const google = pair(settings, "AUTH_GOOGLE_ID", "AUTH_GOOGLE_SECRET");
  if (google) list.push({ configured: { id: "google", name: "Google" }, provider: Google({ ...google, checks, ...(googleIssuer ? { issuer: googleIssuer } : {}) }) });

  const github = pair(settings, "AUTH_GITHUB_ID", "AUTH_GITHUB_SECRET");
  if (github) {
    const web = vendor ? `${vendor}/github` : "https://github.com";
    const api = vendor ? `${vendor}/github/api` : "https://api.github.com";
    list.push({
      configured: { id: "github", name: "GitHub" },
      provider: GitHub({
        ...github,
        checks,
        authorization: { url: `${web}/login/oauth/authorize`, params: { scope: "read:user user:email" } },
        token: `${web}/login/oauth/access_token`,
        userinfo: { url: `${api}/user`, request: githubUserinfo(api) },
      }),
    });
  }

  const kakao = pair(settings, "AUTH_KAKAO_ID", "AUTH_KAKAO_SECRET");
  if (kakao) {
    const endpoints = vendor
      ? { authorization: `${vendor}/kakao/authorize`, token: `${vendor}/kakao/token`, userinfo: `${vendor}/kakao/userinfo` }
      : {};
    list.push({ configured: { id: "kakao", name: "Kakao" }, provider: Kakao({ ...kakao, checks, ...endpoints }) });
  }

  const naver = pair(settings, "AUTH_NAVER_ID", "AUTH_NAVER_SECRET");
  if (naver) {
    const endpoints = vendor
      ? { authorization: `${vendor}/naver/authorize`, token: `${vendor}/naver/token`, userinfo: `${vendor}/naver/userinfo` }
      : {};
    list.push({ configured: { id: "naver", name: "Naver" }, provider: Naver({ ...naver, checks, ...endpoints }) });
  }

  const oidc = pair(settings, "AUTH_OIDC_ID", "AUTH_OIDC_SECRET");
  if (oidc || settings.AUTH_OIDC_ISSUER) {
    if (!oidc || !settings.AUTH_OIDC_ISSUER) {
      const missing = !settings.AUTH_OIDC_ISSUER ? "AUTH_OIDC_ISSUER" : "AUTH_OIDC_ID";
      throw new InvalidSettingError(`Invalid setting ${missing}="": AUTH_OIDC_ISSUER, AUTH_OIDC_ID and AUTH_OIDC_SECRET go together.`);
    }
    const name = settings.AUTH_OIDC_NAME;
    list.push({
      configured: { id: "oidc", name },
      provider: { id: "oidc", name, type: "oidc", issuer: settings.AUTH_OIDC_ISSUER, ...oidc, checks },
    });
  }
  return list;
}

/** What the log-in, sign-up and settings pages show: the configured providers, none when none is. */
export function configuredSignInProviders(): ConfiguredProvider[] {
  return signInProviders().map((entry) => entry.configured);
}

/** For start-up: a half-configured provider stops the server with one line (startServerProcess). */
export function validateSignInProviderSettings(): void {
  signInProviders();
}
