"use client";

import { useLocale, useMessages } from "next-intl";
import type en from "../../messages/en.json";
import { activateTranslator } from "./translator";

/** Points the event handlers' translator at the page's language (renders nothing). */
export function ActiveTranslator() {
  const locale = useLocale();
  const messages = useMessages() as typeof en;
  activateTranslator(locale, messages);
  return null;
}
