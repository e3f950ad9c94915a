import Link from "next/link";
import { getTranslations } from "next-intl/server";

// A server component reading next-intl's server entry: importing "next-intl"
// itself would put its client provider's code (12 kB) into the 404 page.
export async function NotFoundMessage() {
  const t = await getTranslations("notFound");
  return (
    <div className="mx-auto flex max-w-md flex-col items-center gap-4 py-16 text-center">
      <p className="text-sm font-semibold text-brand-600">404</p>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-slate-600">{t("body")}</p>
      <Link href="/calendar" className="rounded-lg bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
        {t("home")}
      </Link>
    </div>
  );
}
