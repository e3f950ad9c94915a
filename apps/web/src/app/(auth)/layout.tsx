import type { ReactNode } from "react";
import { Logo } from "~/components/logo";
import { SiteFooter } from "~/features/shell/site-footer";
import { LanguageSwitch } from "~/features/language/language-switch";
import { ThemeMenu } from "~/features/theme/theme-switch";
import { IntlClientProvider } from "~/i18n/intl-client-provider";

// Per-request pages: they depend on who is logged in. No tRPC client here:
// the log-in page does without one; the pages that call the API add it.
export const dynamic = "force-dynamic";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <IntlClientProvider>
      <main className="flex min-h-screen items-center justify-center bg-gradient-to-b from-brand-50 to-slate-50 px-4 py-10">
        <div className="w-full max-w-sm">
          <div className="mb-6 flex justify-center">
            <Logo />
          </div>
          <div className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">{children}</div>
          <div className="mt-4 flex items-center justify-center gap-2">
            <LanguageSwitch />
            <ThemeMenu />
          </div>
          <SiteFooter className="mt-4" />
        </div>
      </main>
    </IntlClientProvider>
  );
}
