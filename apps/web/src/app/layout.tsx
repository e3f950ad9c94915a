import type { Metadata, Viewport } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { ErrorLabelsProvider } from "~/components/error-labels";
import { APP_COLOURS, manifestHref } from "~/features/app-install/web-app-manifest";
import { NavigationFailedPage } from "~/features/connection/navigation-failed-page";
import { AccountThemeScript } from "~/features/theme/account-theme-script";
import { LazyToaster } from "~/features/theme/lazy-toaster";
import { ThemeProvider } from "~/features/theme/theme-provider";
import { currentAccount } from "~/server/current-account";
import { NONCE_HEADER } from "~/server/security-headers";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta");
  return {
    title: { default: "Planner", template: "%s · Planner" },
    description: t("description"),
    // In the page's language (web-app-manifest.ts says why it is in the address).
    manifest: manifestHref(await getLocale()),
    icons: { icon: { url: "/icons/icon.svg", type: "image/svg+xml" }, apple: "/icons/apple-touch-icon.png" },
    appleWebApp: { title: t("shortName") },
  };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  // The browser's bar (and the installed app's title bar) in the colour of the header, light or dark.
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: APP_COLOURS.light.theme },
    { media: "(prefers-color-scheme: dark)", color: APP_COLOURS.dark.theme },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations();
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
        {/* Only what every page uses: the theme. Translations for client components and
            the tRPC client are provided by the layouts whose pages use them. */}
        <ThemeProvider nonce={nonce}>
          <ErrorLabelsProvider labels={{ title: t("errorState.title"), body: t("errorState.body"), retry: t("common.tryAgain") }}>
            {children}
          </ErrorLabelsProvider>
          <NavigationFailedPage
            labels={{
              title: t("connection.title"),
              body: t("connection.body"),
              retry: t("common.tryAgain"),
              checking: t("connection.checking"),
              back: t("connection.back"),
              stillDown: t("connection.stillDown"),
            }}
          />
          <LazyToaster closeLabel={t("common.closeToast")} regionLabel={t("common.toastRegion")} />
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
