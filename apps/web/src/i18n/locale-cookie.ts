import type { Locale } from "@planner/domain";

export const LOCALE_COOKIE = "locale";

/** Remembers a language in this browser for a year (before log-in, and after log-out). */
export function rememberLocale(locale: Locale) {
  document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=31536000; samesite=lax`;
}
