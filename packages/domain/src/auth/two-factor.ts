import { z } from "zod";
// The shape of a typed code lives in second-factor-code.ts, without zod, for the log-in form.
import { SECOND_FACTOR_CODE_MESSAGE, parseSecondFactorCode } from "./second-factor-code";

export * from "./second-factor-code";

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
