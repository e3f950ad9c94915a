import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "./auth-secret";

/**
 * The device cookie (OWASP "device cookies"): after a successful log-in the
 * browser keeps a signed note of the account it logged in to. A later log-in
 * to that account from this browser is then limited only by this browser's
 * own failures, not by guesses from other clients or its shared IP address.
 * It grants nothing else: the password is still checked.
 */
export const DEVICE_COOKIE = "planner-device";
export const DEVICE_COOKIE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

function signature(userId: string, secret: string): string {
  return createHmac("sha256", `device-cookie:${secret}`).update(userId).digest("base64url");
}

/** The cookie's value for an account: its id and an HMAC of it. */
export function deviceCookieValue(userId: string, secret: string = authSecret()): string {
  return `${userId}.${signature(userId, secret)}`;
}

/** The account a cookie value vouches for, or null when it is missing or forged. */
export function deviceCookieAccount(value: string | undefined, secret: string = authSecret()): string | null {
  const [userId, given, ...rest] = value?.split(".") ?? [];
  if (!userId || !given || rest.length > 0) return null;
  const expected = Buffer.from(signature(userId, secret));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual) ? userId : null;
}
