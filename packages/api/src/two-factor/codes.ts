import { createHash, randomBytes, randomInt, timingSafeEqual } from "node:crypto";
import {
  RECOVERY_CODE_ALPHABET,
  RECOVERY_CODE_COUNT,
  RECOVERY_CODE_LENGTH,
  TOTP_ISSUER,
  TOTP_PERIOD_SECONDS,
  TOTP_WINDOW_STEPS,
  formatRecoveryCode,
} from "@planner/domain";
import { generateSecret, generateURI, verify } from "otplib";
import QRCode from "qrcode";

/** A new TOTP secret (base32, 20 random bytes: otplib's default, what the apps expect). */
export function newTotpSecret(): string {
  return generateSecret();
}

export function otpauthUri(secret: string, accountLabel: string): string {
  return generateURI({ issuer: TOTP_ISSUER, label: accountLabel, secret });
}

/** The otpauth URI as a QR code, an SVG data: URL the page shows as an image. */
export async function qrDataUrl(uri: string): Promise<string> {
  const svg = await QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
}

/**
 * The time step a code belongs to when it is right at `now` (the current step or
 * one either side), and later than `afterStep` (a code is taken once); else null.
 */
export async function matchTotp(secret: string, token: string, now: Date, afterStep: number | null): Promise<number | null> {
  const result = await verify({
    secret,
    token,
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: TOTP_WINDOW_STEPS * TOTP_PERIOD_SECONDS,
    ...(afterStep === null ? {} : { afterTimeStep: afterStep }),
  });
  return result.valid && "timeStep" in result ? result.timeStep : null;
}

/** Ten fresh recovery codes, as shown once to the person (xxxxx-xxxxx). */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () =>
    formatRecoveryCode(Array.from({ length: RECOVERY_CODE_LENGTH }, () => RECOVERY_CODE_ALPHABET[randomInt(RECOVERY_CODE_ALPHABET.length)]).join("")),
  );
}

// Recovery codes carry ~49 random bits each and are limited to five wrong
// guesses per account per 15 minutes, so a fast hash is enough: unlike a
// password, a code cannot be found by trying likely ones, and bcrypt would cost
// ten slow comparisons per log-in. The per-code salt keeps equal codes (of two
// accounts) from having equal hashes.

/** What is stored of a code (typed in any case, with or without its dash). */
export function hashRecoveryCode(compactCode: string, salt = randomBytes(16).toString("hex")): { codeHash: string; salt: string } {
  return { codeHash: createHash("sha256").update(salt).update(compactCode).digest("hex"), salt };
}

export function recoveryCodeMatches(compactCode: string, stored: { codeHash: string; salt: string }): boolean {
  const { codeHash } = hashRecoveryCode(compactCode, stored.salt);
  return timingSafeEqual(Buffer.from(codeHash, "hex"), Buffer.from(stored.codeHash, "hex"));
}

/** The code as stored and compared: lower case, no dash. */
export function compactRecoveryCode(shown: string): string {
  return shown.replace(/-/g, "").toLowerCase();
}
