import { z } from "zod";
import { ConflictError } from "../errors";
import { passwordSchema } from "../user/rules";
import { USERNAME_MAX, USERNAME_MIN } from "../user/limits";

// Log-in with another service (OAuth 2 / OpenID Connect): which services, how
// a first log-in names its new account, and when a way to sign in may go.

/** The services one may sign in with; each is on when its settings are present (apps/web settings). */
export const SIGN_IN_PROVIDERS = ["google", "github", "kakao", "naver", "oidc"] as const;
export type SignInProvider = (typeof SIGN_IN_PROVIDERS)[number];

export const signInProviderSchema = z.enum(SIGN_IN_PROVIDERS, { error: "Choose one of google, github, kakao, naver or oidc." });
export const providerInput = z.strictObject({ provider: signInProviderSchema });
export type ProviderInput = z.input<typeof providerInput>;

/** What a provider told us about the person, after its log-in checked out. */
export type ProviderProfile = {
  provider: SignInProvider;
  /** The provider's stable id of the person (OIDC `sub`, GitHub/Kakao/Naver `id`). */
  providerAccountId: string;
  /** Only when the provider vouches that the address is the person's (verified); else null. */
  verifiedEmail: string | null;
  /** An address the provider gave without vouching for it: never used to find or name an account. */
  unverifiedEmail: string | null;
  name: string | null;
  /** A handle the provider knows the person by (GitHub login, preferred_username, nickname). */
  handle: string | null;
};

/** A password-less account sets its first password: no current one to give. */
export const setPasswordInput = z
  .strictObject({
    newPassword: passwordSchema,
    confirmPassword: z.string({ error: "Repeat the new password." }),
  })
  .refine((input) => input.newPassword === input.confirmPassword, { path: ["confirmPassword"], message: "The passwords do not match." });
export type SetPasswordInput = z.input<typeof setPasswordInput>;
export type SetPasswordValues = z.output<typeof setPasswordInput>;

/**
 * The username a provider's first log-in starts from: the person's handle,
 * else the local part of a verified address, else their name, else the
 * provider's name; folded to the username rules (a–z, 0–9, _ and -). Korean
 * or other non-Latin names fold to nothing and fall through to the next source.
 */
export function baseUsername(profile: Pick<ProviderProfile, "handle" | "verifiedEmail" | "name" | "provider">): string {
  const sources = [profile.handle, profile.verifiedEmail?.split("@")[0], profile.name];
  for (const source of sources) {
    const folded = foldUsername(source ?? "");
    if (folded.length >= USERNAME_MIN) return folded;
  }
  return `${profile.provider}-user`;
}

function foldUsername(value: string): string {
  return value
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^[-_]+|[-_]+$/g, "")
    .slice(0, USERNAME_MAX);
}

/**
 * The candidates for a new account's username, in order: the base, then the
 * base with -2, -3, … (shortened so the suffix fits). The caller takes the
 * first that no one has.
 */
export function usernameCandidates(base: string, count = 20): string[] {
  const candidates = [base];
  for (let n = 2; candidates.length < count; n += 1) {
    const suffix = `-${n}`;
    candidates.push(`${base.slice(0, USERNAME_MAX - suffix.length)}${suffix}`);
  }
  return candidates;
}

/** The ways an account can sign in; at least one must remain. */
export type SignInMethods = { hasPassword: boolean; providers: readonly SignInProvider[] };

/** Refuses to take away the account's last way to sign in (it could never log in again). */
export function assertCanDisconnect(methods: SignInMethods, provider: SignInProvider): void {
  const remaining = methods.providers.filter((connected) => connected !== provider).length + (methods.hasPassword ? 1 : 0);
  if (remaining === 0) {
    throw new ConflictError(
      "provider",
      "This is your only way to sign in. Set a password or connect another service first.",
      "lastSignInMethod",
    );
  }
}
