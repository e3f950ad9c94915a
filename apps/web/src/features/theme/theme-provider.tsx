"use client";

import { ThemeProvider as NextThemesProvider } from "next-themes";
import type { ReactNode } from "react";

/**
 * next-themes: puts `dark` on <html> from the browser's stored choice (or the
 * device's scheme) in an inline script that runs before the page is painted,
 * so there is no flash of the other theme. The CSS keys off that class.
 * The script carries the request's CSP nonce, or the browser would refuse it.
 */
export function ThemeProvider({ nonce, children }: { nonce: string | undefined; children: ReactNode }) {
  return (
    <NextThemesProvider attribute="class" defaultTheme="system" enableSystem disableTransitionOnChange nonce={nonce}>
      {children}
    </NextThemesProvider>
  );
}
