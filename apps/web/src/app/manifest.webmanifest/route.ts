import { getTranslations } from "next-intl/server";
import { cookies } from "next/headers";
import { manifestLocale, webAppManifest } from "~/features/app-install/web-app-manifest";
import { LOCALE_COOKIE } from "~/i18n/locale-cookie";

// features/app-install/web-app-manifest.ts says why the language comes in the query.
export async function GET(request: Request): Promise<Response> {
  const lang = new URL(request.url).searchParams.get("lang");
  const locale = manifestLocale(lang, (await cookies()).get(LOCALE_COOKIE)?.value, request.headers.get("accept-language"));
  const t = await getTranslations({ locale, namespace: "meta" });
  const manifest = webAppManifest(locale, { name: t("appName"), shortName: t("shortName"), description: t("description") });
  return new Response(JSON.stringify(manifest), {
    headers: {
      "Content-Type": "application/manifest+json; charset=utf-8",
      // The same for everyone with the same language; a day is short enough to pick up a new name.
      "Cache-Control": "public, max-age=86400",
      Vary: "Accept-Language, Cookie",
    },
  });
}
