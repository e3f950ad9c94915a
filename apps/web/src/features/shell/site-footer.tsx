import { getTranslations } from "next-intl/server";
import { API_DOCS_PATH } from "~/server/security-headers";

/**
 * The footer of the app's and the log-in pages: links that are not part of the
 * work itself. A plain <a>: /api/docs is a page outside the React app, which
 * next/link would try to prefetch as one of its own.
 */
export async function SiteFooter({ className = "" }: { className?: string }) {
  const t = await getTranslations("footer");
  return (
    <footer className={`text-sm text-slate-500 ${className}`}>
      <nav aria-label={t("label")} className="flex justify-center gap-4">
        <a href={API_DOCS_PATH} title={t("apiTitle")} className="inline-block rounded px-1 py-0.5 underline-offset-4 hover:text-slate-900 hover:underline focus-visible:outline-2 focus-visible:outline-brand-600">
          {t("api")}
        </a>
      </nav>
    </footer>
  );
}
