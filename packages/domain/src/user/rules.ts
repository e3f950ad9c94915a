import { z } from "zod";

// Field rules shared by the sign-up form, the server and the seed data.

// The limits live apart from the schemas so that a page can show them without
// loading zod (importing a module runs its schema builders).
import { PASSWORD_MAX_BYTES, PASSWORD_MIN_LENGTH, USERNAME_MAX, USERNAME_MIN } from "./limits";

export { PASSWORD_MAX_BYTES, PASSWORD_MIN_LENGTH, USERNAME_MAX, USERNAME_MIN } from "./limits";

export const usernameSchema = z
  .string({ error: "Enter a username." })
  .trim()
  .toLowerCase()
  .min(USERNAME_MIN, `Use at least ${USERNAME_MIN} characters.`)
  .max(USERNAME_MAX, `Use at most ${USERNAME_MAX} characters.`)
  .regex(/^[a-z0-9_-]+$/, "Use only letters a–z, digits, _ and -.");

export const emailSchema = z
  .string({ error: "Enter an email address." })
  .trim()
  .toLowerCase()
  .max(254, "That email address is too long.")
  .pipe(z.email("Enter a valid email address."));

export function utf8Length(value: string): number {
  return new TextEncoder().encode(value).length;
}

export const passwordSchema = z
  .string({ error: "Enter a password." })
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
  .refine((value) => utf8Length(value) <= PASSWORD_MAX_BYTES, {
    message: `Use at most ${PASSWORD_MAX_BYTES} bytes (fewer if you use accents or emoji).`,
  });

/**
 * Any zone the runtime's IANA database knows, old spellings included
 * (Asia/Calcutta, Europe/Kiev): accounts saved under them stay valid. The
 * picker offers only current names; this rule does not narrow to them.
 */
export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const timeZoneSchema = z
  .string()
  .trim()
  .max(64)
  .refine(isValidTimeZone, { message: "Choose a valid time zone." });
