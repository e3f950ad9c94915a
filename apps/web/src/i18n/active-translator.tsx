"use client";

import { useLocale, useMessages } from "next-intl";
import { activateTranslator } from "./translator";

/** Points the event handlers' translator at the page's language (renders nothing). */
export function ActiveTranslator() {
  const locale = useLocale();
  const messages = useMessages();
  activateTranslator(locale, messages);
  return null;
}
