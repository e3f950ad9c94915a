import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PageHeader } from "~/components/page-header";
import { SettingsScreen } from "~/features/settings/settings-screen";
import { currentAccount } from "~/server/current-account";

export const metadata: Metadata = { title: "Settings" };

/** Any logged-in account's own settings. */
export default async function SettingsPage() {
  const account = await currentAccount();
  if (!account) redirect("/login?callbackUrl=%2Fsettings");
  return (
    <>
      <PageHeader title="Settings" description="Your profile, password and who sees your calendar." />
      <SettingsScreen account={account} />
    </>
  );
}
