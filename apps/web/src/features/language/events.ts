import type { Locale } from "@planner/domain";
import { errorMessage } from "~/trpc/errors";

// Choosing a language: the account keeps it (when logged in), the browser's
// cookie keeps it too (for the log-in page after log-out), and the page is
// rendered again in it.

export type LanguageEffects = {
  /** The account's setting; absent before log-in. */
  saveToAccount?: (locale: Locale) => Promise<unknown>;
  remember: (locale: Locale) => void;
  refresh: () => void;
  notices: { error: (message: string) => void };
};

export async function handleLanguageChange(locale: Locale, effects: LanguageEffects) {
  try {
    await effects.saveToAccount?.(locale);
  } catch (error) {
    effects.notices.error(errorMessage(error));
    return;
  }
  effects.remember(locale);
  effects.refresh();
}
