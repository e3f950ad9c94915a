import { createTranslator } from "next-intl";
import type { Locale } from "@planner/domain";
import type en from "../../messages/en.json";

// The event handlers and kit functions run outside React, so they cannot call
// useTranslations. They use this translator, which the client provider points
// at the page's language (<ActiveTranslator>, which renders before any handler
// can run). The messages come from the page, not from this module: importing
// en.json here would put the whole English file into every page's JavaScript.
// Until then it has no messages (a key stands for itself); unit tests give it
// English (test-support/english.ts).

export type MessageValues = Record<string, string | number | Date>;
/** Any message key; a key missing in the messages gives the key itself back. */
export type Translate = ((key: string, values?: MessageValues) => string) & { has: (key: string) => boolean };

function translatorFor(locale: Locale, messages: typeof en): Translate {
  const t = createTranslator({ locale, messages });
  const translate = ((key: string, values?: MessageValues) => (t as unknown as (k: string, v?: MessageValues) => string)(key, values)) as Translate;
  translate.has = (key) => (t as unknown as { has: (k: string) => boolean }).has(key);
  return translate;
}

let active: Translate = translatorFor("en", {} as typeof en);
let activeLocale: Locale = "en";

/** The message for `key` in the page's language. */
export function tr(key: string, values?: MessageValues): string {
  return active(key, values);
}

export function hasMessage(key: string): boolean {
  return active.has(key);
}

export function activeLanguage(): Locale {
  return activeLocale;
}

export function activateTranslator(locale: Locale, messages: typeof en) {
  // Server renders share this module between requests: only the browser, which has one page, switches it.
  if (typeof window === "undefined") return;
  setTranslatorMessages(locale, messages);
}

/** Points the translator at these messages (the browser's page, or a unit test's English). */
export function setTranslatorMessages(locale: Locale, messages: typeof en) {
  if (locale === activeLocale && messages === currentMessages) return;
  currentMessages = messages;
  activeLocale = locale;
  active = translatorFor(locale, messages);
}
let currentMessages: typeof en | null = null;
