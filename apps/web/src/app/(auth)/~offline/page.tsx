import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ReloadButton } from "~/features/connection/reload-button";

// The service worker's answer, offline, for a page it has not kept (src/app/sw.ts):
// fetched once when the worker installs, so it holds nobody's data.

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("offline"))("pageTitle"), robots: { index: false } };
}

export default async function OfflinePage() {
  const t = await getTranslations();
  return (
    <div data-testid="offline-page">
      <h1 className="mb-1 text-xl font-semibold">{t("offline.pageTitle")}</h1>
      <p className="mb-6 text-sm text-slate-600">{t("offline.pageBody")}</p>
      <ReloadButton label={t("common.tryAgain")} />
    </div>
  );
}
