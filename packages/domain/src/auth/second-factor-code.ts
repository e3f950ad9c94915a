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
