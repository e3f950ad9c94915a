"use client";

import { WifiOffIcon } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useSyncExternalStore } from "react";
import { loadedAtWords } from "./loaded-at";
import { isOffline, offlineStatus } from "./offline-status";

/**
 * "Offline: showing what was loaded at 2:05 PM", under the header of every app
 * page while the browser is offline or the server's answers come from the
 * service worker's copy; gone as soon as the server answers again. The time is
 * on the account's clock (`timeZone`).
 */
export function OfflineBanner({ timeZone }: { timeZone: string }) {
  const t = useTranslations("offline");
  const locale = useLocale();
  const state = useSyncExternalStore(offlineStatus.subscribe, offlineStatus.get, offlineStatus.getServerSnapshot);
  if (!isOffline(state)) return null;
  const words = state.loadedAt && loadedAtWords(state.loadedAt, new Date(), locale, timeZone);
  // "2:05 PM" stays on one line.
  const time = words && words.time.replace(/\s/g, "\u00a0");
  const headline = !words || !time ? t("banner") : words.day ? t("bannerOnDay", { day: words.day, time }) : t("bannerAt", { time });
  return (
    <div role="status" data-testid="offline-banner" className="border-b border-amber-200 bg-amber-50 text-amber-900">
      <div className="mx-auto flex max-w-6xl items-start gap-2 px-4 py-2 text-sm sm:items-center">
        <WifiOffIcon aria-hidden className="mt-0.5 size-4 shrink-0 sm:mt-0" />
        {/* keep-all: Korean breaks between words, not inside one. */}
        <p>
          <span className="font-semibold">{headline}</span> <span className="text-amber-800">{t("readOnly")}</span>
        </p>
      </div>
    </div>
  );
}
