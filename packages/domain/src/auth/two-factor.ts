import { z } from "zod";

/**
 * Two-step log-in with an authenticator app (TOTP, RFC 6238: SHA-1, 6 digits,
 * 30-second steps, the defaults every app reads from an otpauth:// URI) and
 * single-use recovery codes for a lost device.
 */
export const TOTP_PERIOD_SECONDS = 30;
/** Codes of the previous and the next step are accepted too: phone clocks drift. */
export const TOTP_WINDOW_STEPS = 1;
export const RECOVERY_CODE_COUNT = 10;
/** Wrong second-step codes of one account (log-in, turning it off, confirming) in the window. */
export const TWO_FACTOR_FAILURE_LIMIT = 5;
export const TWO_FACTOR_WINDOW_SECONDS = 15 * 60;
/** The issuer name authenticator apps show next to the account. */
export const TOTP_ISSUER = "Planner";

export function twoFactorFailureKey(userId: string): string {
  return `2fa:account:${userId}`;
}

/** A recovery code is 10 characters of this alphabet (no 0/o, 1/l/i), shown as xxxxx-xxxxx. */
export const RECOVERY_CODE_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";
export const RECOVERY_CODE_LENGTH = 10;

export function formatRecoveryCode(raw: string): string {
  return `${raw.slice(0, 5)}-${raw.slice(5)}`;
}

/** What a typed second-step code is: six digits from the app, or a recovery code. */
export type SecondFactorCode = { kind: "totp"; token: string } | { kind: "recovery"; code: string };

/** Spaces and dashes are ignored and case does not matter, so codes may be typed as shown or as read aloud. */
export function parseSecondFactorCode(typed: string): SecondFactorCode | null {
  const compact = typed.replace(/[\s-]/g, "").toLowerCase();
  if (/^\d{6}$/.test(compact)) return { kind: "totp", token: compact };
  if (compact.length === RECOVERY_CODE_LENGTH && [...compact].every((char) => RECOVERY_CODE_ALPHABET.includes(char))) {
    return { kind: "recovery", code: compact };
  }
  return null;
}

export const SECOND_FACTOR_CODE_MESSAGE = "Enter the 6-digit code from your app or a recovery code.";

/** A code as typed: checked for shape here, against the account in the service. */
export const secondFactorCodeSchema = z
  .string({ error: SECOND_FACTOR_CODE_MESSAGE })
  .trim()
  .min(1, SECOND_FACTOR_CODE_MESSAGE)
  .max(32, SECOND_FACTOR_CODE_MESSAGE)
  .refine((typed) => parseSecondFactorCode(typed) !== null, SECOND_FACTOR_CODE_MESSAGE);

export const TOTP_CODE_MESSAGE = "Enter the 6-digit code from your app.";

/** Confirming enrolment needs a code from the app itself (a recovery code does not exist yet). */
export const confirmTwoFactorInput = z.strictObject({
  code: z
    .string({ error: TOTP_CODE_MESSAGE })
    .trim()
    .max(32, TOTP_CODE_MESSAGE)
    .refine((typed) => parseSecondFactorCode(typed)?.kind === "totp", TOTP_CODE_MESSAGE),
});
export type ConfirmTwoFactorInput = z.input<typeof confirmTwoFactorInput>;
export type ConfirmTwoFactorValues = z.output<typeof confirmTwoFactorInput>;

/** Turning it off needs the password and a current code (or a recovery code). */
export const disableTwoFactorInput = z.strictObject({
  password: z.string({ error: "Enter your password to confirm." }).min(1, "Enter your password to confirm.").max(1024),
  code: secondFactorCodeSchema,
});
export type DisableTwoFactorInput = z.input<typeof disableTwoFactorInput>;
export type DisableTwoFactorValues = z.output<typeof disableTwoFactorInput>;
