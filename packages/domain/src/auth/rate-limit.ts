/**
 * Throttling of log-in guesses that stops guessing without locking the owner
 * out (OWASP ASVS V2.2). Failures, not attempts, are counted, and by the
 * resolved account (its username and e-mail are one account):
 *
 * - per account per client: a few guesses from one client, then a pause. The
 *   client is the browser when it holds the device cookie of an earlier log-in
 *   to this account, else its IP address;
 * - per IP across accounts (unknown accounts included), for browsers without
 *   the account's device cookie: spraying from one address;
 * - per account across all such clients, with a higher ceiling and then
 *   growing delays rather than a lock: many addresses guessing one account.
 *
 * A browser the owner logged in with before is only ever limited by its own
 * failures, whatever other clients do (shared NAT included).
 */
export const LOGIN_WINDOW_SECONDS = 15 * 60;
/** Failures of one account from one client in the window. */
export const ACCOUNT_CLIENT_FAILURE_LIMIT = 5;
/** Failures from one IP, any account, in the window. */
export const IP_FAILURE_LIMIT = 30;
/** Failures of one account from untrusted clients in an hour before delays begin. */
export const ACCOUNT_FAILURE_CEILING = 50;
export const ACCOUNT_WINDOW_SECONDS = 60 * 60;
export const MAX_ACCOUNT_DELAY_SECONDS = 15 * 60;

/** Seconds (rounded up) until a counting window that started at `windowStartedAt` is over: when a limit it hit lets go. */
export function secondsUntilWindowEnds(windowStartedAt: Date, windowSeconds: number, now: Date): number {
  return Math.ceil((windowStartedAt.getTime() + windowSeconds * 1000 - now.getTime()) / 1000);
}

/** The window of the per-IP sign-up limit (its size is the setting SIGN_UPS_PER_IP_PER_HOUR). */
export const SIGN_UP_WINDOW_SECONDS = 60 * 60;

/**
 * How long an account under attack makes untrusted clients wait after its last
 * failure: nothing up to the ceiling, then 2 s, 4 s, 8 s … up to 15 minutes.
 */
export function accountDelaySeconds(failures: number): number {
  const over = failures - ACCOUNT_FAILURE_CEILING;
  if (over <= 0) return 0;
  return Math.min(MAX_ACCOUNT_DELAY_SECONDS, 2 ** Math.min(over, 20));
}

export function loginAccountClientKey(userId: string, client: string): string {
  return `login:account-client:${userId}:${client}`;
}

export function loginIpKey(ip: string): string {
  return `login:ip:${ip}`;
}

export function loginAccountKey(userId: string): string {
  return `login:account:${userId}`;
}

export function signUpIpKey(ip: string): string {
  return `signup:ip:${ip}`;
}
