import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Toaster } from "sonner";
import { ActiveTranslator } from "~/i18n/active-translator";
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
  return (
    <html lang={locale}>
      <body className="min-h-screen font-sans">
        <NextIntlClientProvider>
          <ActiveTranslator />
          <TrpcReactProvider>{children}</TrpcReactProvider>
          <Toaster
            position="bottom-center"
            richColors
            closeButton
            containerAriaLabel={t("toastRegion")}
            toastOptions={{ closeButtonAriaLabel: t("closeToast") }}
          />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
