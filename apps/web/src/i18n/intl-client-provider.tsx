import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { ActiveTranslator } from "./active-translator";

/**
 * The page's language and messages for client components (useTranslations)
 * and for the event handlers' translator. Placed in the layouts whose pages
 * have such components, not in the root one: its message formatter is 12 kB
 * of JavaScript that a page without them (the 404) need not load.
 */
export function IntlClientProvider({ children }: { children: ReactNode }) {
  return (
    <NextIntlClientProvider>
      <ActiveTranslator />
      {children}
    </NextIntlClientProvider>
  );
}
