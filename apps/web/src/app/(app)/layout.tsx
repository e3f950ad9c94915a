import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { SkipLink } from "~/components/skip-link";
import { OfflineBanner } from "~/features/connection/offline-banner";
import { AppHeader } from "~/features/shell/app-header";
import { SiteFooter } from "~/features/shell/site-footer";
import { IntlClientProvider } from "~/i18n/intl-client-provider";
import { currentAccount } from "~/server/current-account";
import { redirectToLogIn } from "~/server/log-in-redirect";
import { offlineUserKey } from "~/server/offline-user-key";
import { TrpcReactProvider } from "~/trpc/react";

// Per-request pages: they depend on who is logged in.
export const dynamic = "force-dynamic";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const account = await currentAccount();
  // A cookie whose account is gone or changed: log in again (no redirect loop,
  // the log-in page checks the database too).
  if (!account) return redirectToLogIn();
  const t = await getTranslations("common");
  return (
    <IntlClientProvider>
      <TrpcReactProvider offlineUserKey={offlineUserKey(account.id)}>
        <div className="flex min-h-screen flex-col">
          <SkipLink label={t("skipToContent")} />
          <AppHeader account={account} />
          <OfflineBanner timeZone={account.timeZone} />
          <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 outline-none sm:py-8">
            {children}
          </main>
          <SiteFooter className="mx-auto w-full max-w-6xl border-t border-slate-200 px-4 py-4" />
        </div>
      </TrpcReactProvider>
    </IntlClientProvider>
  );
}
