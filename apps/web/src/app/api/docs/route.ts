import { getLocale, getTranslations } from "next-intl/server";
import { docsPageHtml } from "~/server/api-docs/page";

// The page's Content-Security-Policy comes from the middleware (apiDocsContentSecurityPolicy).
export async function GET() {
  const t = await getTranslations("apiDocs");
  const html = docsPageHtml({ locale: await getLocale(), noScript: t("noScript"), backToApp: t("backToApp") });
  return new Response(html, { headers: { "Content-Type": "text/html; charset=utf-8" } });
}
