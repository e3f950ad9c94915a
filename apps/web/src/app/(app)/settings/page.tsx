import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "~/components/page-header";
import { SettingsScreen } from "~/features/settings/settings-screen";
import { currentAccount } from "~/server/current-account";
import { redirectToLogIn } from "~/server/log-in-redirect";
import { configuredSignInProviders } from "~/server/sign-in-providers/configs";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("settings") };
}

/** Any logged-in account's own settings. */
export default async function SettingsPage({ searchParams }: { searchParams: Promise<{ connected?: string; refused?: string; provider?: string }> }) {
  const account = await currentAccount();
  if (!account) return redirectToLogIn();
  const t = await getTranslations();
  return (
    <>
      <PageHeader title={t("nav.settings")} description={t("pages.settingsDescription")} />
      <SettingsScreen account={account} signInProviders={configuredSignInProviders()} connectOutcome={await searchParams} />
    </>
  );
}
