import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { AccountThemeScript } from "~/features/theme/account-theme-script";
import { ThemeProvider } from "~/features/theme/theme-provider";
import { ThemedToaster } from "~/features/theme/themed-toaster";
import { ActiveTranslator } from "~/i18n/active-translator";
import { currentAccount } from "~/server/current-account";
import { NONCE_HEADER } from "~/server/security-headers";
import { TrpcReactProvider } from "~/trpc/react";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta");
  return { title: { default: "Planner", template: "%s · Planner" }, description: t("description") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations("common");
  const theme = await accountTheme();
  // Set by the middleware for this request; our inline scripts need it under the CSP.
  const nonce = (await headers()).get(NONCE_HEADER) ?? undefined;
  return (
    // next-themes sets the `dark` class on <html> before React hydrates.
    <html lang={locale} suppressHydrationWarning>
      <head>
        <AccountThemeScript theme={theme} nonce={nonce} />
      </head>
      <body className="min-h-screen font-sans">
        <ThemeProvider nonce={nonce}>
          <NextIntlClientProvider>
            <ActiveTranslator />
            <TrpcReactProvider>{children}</TrpcReactProvider>
            <ThemedToaster closeLabel={t("closeToast")} regionLabel={t("toastRegion")} />
          </NextIntlClientProvider>
        </ThemeProvider>
      </body>
    </html>
  );
}

async function accountTheme() {
  try {
    return (await currentAccount())?.theme;
  } catch {
    // The page reports a broken session itself; the browser's theme stands.
    return null;
  }
}
