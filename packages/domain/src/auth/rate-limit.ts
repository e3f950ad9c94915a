import { normalizeLogin } from "./schemas";

/**
 * Failed log-ins allowed per account and per client IP within one window.
 * Counting failures (not attempts) means a person who logs in correctly is
 * never slowed down by their own earlier success.
 */
export const LOGIN_FAILURE_LIMIT = 10;
export const LOGIN_FAILURE_WINDOW_SECONDS = 15 * 60;

export function loginAccountKey(login: string): string {
  return `login:account:${normalizeLogin(login)}`;
}

export function loginIpKey(ip: string): string {
  return `login:ip:${ip}`;
}
