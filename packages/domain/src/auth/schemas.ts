import { z } from "zod";
import { localeSchema } from "../user/locale-schemas";
import { emailSchema, passwordSchema, timeZoneSchema, usernameSchema } from "../user/rules";

// tRPC inputs are strict objects: a misspelt or unexpected field is a
// BAD_REQUEST, not silently ignored.
export const signUpInput = z
  .strictObject({
    username: usernameSchema,
    email: emailSchema,
    password: passwordSchema,
    confirmPassword: z.string({ error: "Repeat the password." }),
    /** Taken from the browser so the calendar starts in the person's zone. */
    timeZone: timeZoneSchema.optional(),
    /** The language the sign-up page was shown in becomes the account's. */
    locale: localeSchema.optional(),
  })
  .refine((input) => input.password === input.confirmPassword, {
    path: ["confirmPassword"],
    message: "The passwords do not match.",
  });
export type SignUpInput = z.input<typeof signUpInput>;
export type SignUpValues = z.output<typeof signUpInput>;

export function looksLikeEmail(login: string): boolean {
  return login.includes("@");
}

/** How a typed login is compared: usernames and emails are stored trimmed and lower-cased. */
export function normalizeLogin(login: string): string {
  return login.trim().toLowerCase();
}

/** The unique column a login names: an email when it contains "@", else a username. */
export type LoginLookup = { email: string } | { username: string };

export function loginLookup(login: string): LoginLookup {
  const normalized = normalizeLogin(login);
  return looksLikeEmail(normalized) ? { email: normalized } : { username: normalized };
}

/** The same message for an unknown account and a wrong password, on purpose. */
export const INVALID_CREDENTIALS_MESSAGE = "The username/email or password is incorrect.";
