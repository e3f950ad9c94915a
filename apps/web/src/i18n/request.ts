import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { isLocale, negotiateLocale, type Locale } from "@planner/domain";
import { currentAccount } from "~/server/current-account";
import type en from "../../messages/en.json";
import { LOCALE_COOKIE } from "./locale-cookie";

// The language of a page, without a locale in the URL: the account's setting,
// then the browser's `locale` cookie (set by the switch on the log-in page and
// by Settings), then Accept-Language, then English.
// A language asked for by name (`getTranslations({ locale })`, as the web app
// manifest does) is that one.
export default getRequestConfig(async ({ locale: asked }) => {
  const locale = isLocale(asked)
    ? asked
    : negotiateLocale({
        account: await accountLocale(),
        cookie: (await cookies()).get(LOCALE_COOKIE)?.value,
        acceptLanguage: (await headers()).get("accept-language"),
      });
  const messages = ((await import(`../../messages/${locale}.json`)) as { default: typeof en }).default;
  return { locale, messages };
});

async function accountLocale(): Promise<Locale | null> {
  try {
    return (await currentAccount())?.locale ?? null;
  } catch {
    // The page reports a broken session itself; the language falls back to the browser's.
    return null;
  }
}
