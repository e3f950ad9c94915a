import { z } from "zod";
import { plainText } from "../shared/text";
import { localeSchema } from "../user/locale";
import { emailSchema, passwordSchema, timeZoneSchema, usernameSchema } from "../user/rules";
import { secondFactorCodeSchema } from "./two-factor";

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

/** `login` is an email or a username; the server decides which. */
export const logInInput = z.object({
  login: plainText(z.string({ error: "Enter your username or email." }).trim().min(1, "Enter your username or email.").max(254), "The username or email"),
  password: z.string({ error: "Enter your password." }).min(1, "Enter your password.").max(1024),
  /** The second step's code, for an account with two-step log-in on; an empty field is no code. */
  code: z.preprocess((value) => (value === "" ? undefined : value), secondFactorCodeSchema.optional()),
});
export type LogInInput = z.input<typeof logInInput>;
export type LogInValues = z.output<typeof logInInput>;

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
