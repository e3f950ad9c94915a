import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "~/components/page-header";
import { SearchScreen } from "~/features/search/search-screen";
import { currentAccount } from "~/server/current-account";
import { redirectToLogIn } from "~/server/log-in-redirect";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("search"))("title") };
}

export default async function SearchPage() {
  const account = await currentAccount();
  if (!account) return redirectToLogIn();
  const t = await getTranslations("search");
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={t("title")} description={t("description")} />
      <SearchScreen />
    </div>
  );
}
