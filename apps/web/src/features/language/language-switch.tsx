"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { LOCALES, type Locale } from "@planner/domain";
import { rememberLocale } from "~/i18n/locale-cookie";
import { toastNotices } from "~/kit/toast-notices";
import { handleLanguageChange, type LanguageEffects } from "./events";

/** Each language named in itself, so anyone can find theirs. */
export function LanguageButtons({ onChoose, testId }: { onChoose: (locale: Locale) => void; testId: string }) {
  const t = useTranslations("language");
  const current = useLocale();
  return (
    <div role="group" aria-label={t("label")} data-testid={testId} className="inline-flex rounded-lg border border-slate-300 bg-white p-0.5 text-sm">
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          aria-pressed={current === locale}
          onClick={() => onChoose(locale)}
          className={`rounded-md px-3 py-1 font-medium transition ${current === locale ? "bg-brand-600 text-white" : "text-slate-700 hover:bg-slate-100"}`}
        >
          {t(locale)}
        </button>
      ))}
    </div>
  );
}

/** Before log-in (log-in and sign-up pages): the browser's cookie only (no tRPC client on those pages). */
export function LanguageSwitch() {
  const router = useRouter();
  const effects: LanguageEffects = { remember: rememberLocale, refresh: () => router.refresh(), notices: toastNotices };
  return <LanguageButtons testId="language-switch" onChoose={(locale) => void handleLanguageChange(locale, effects)} />;
}
