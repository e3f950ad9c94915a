"use client";

import { ChevronDownIcon } from "lucide-react";
import { useTranslations } from "next-intl";

/** Each app's title and steps (message keys of calendarFeed). */
const APPS = [
  { app: "google", title: "googleTitle", steps: ["googleStep1", "googleStep2", "googleStep3", "googleStep4"] },
  { app: "apple", title: "appleTitle", steps: ["appleStep1", "appleStep2", "appleStep3"] },
  { app: "outlook", title: "outlookTitle", steps: ["outlookStep1", "outlookStep2", "outlookStep3"] },
] as const;

/** "How to subscribe": the steps in Google Calendar, Apple Calendar and Outlook, folded away until asked for. */
export function SubscribeHelp() {
  const t = useTranslations("calendarFeed");
  return (
    <div className="space-y-2">
      <p className="text-sm font-semibold text-slate-800">{t("helpTitle")}</p>
      <p className="text-sm text-slate-600">{t("helpIntro")}</p>
      <div className="divide-y divide-slate-100 rounded-lg border border-slate-200">
        {APPS.map(({ app, title, steps }) => (
          <details key={app} data-testid={`subscribe-help-${app}`} className="group">
            <summary className="flex cursor-pointer list-none items-center justify-between gap-2 px-3 py-2.5 text-sm font-medium text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-[-2px] focus-visible:outline-brand-600 sm:px-4 [&::-webkit-details-marker]:hidden">
              {t(title)}
              <ChevronDownIcon aria-hidden className="size-4 shrink-0 text-slate-500 transition group-open:rotate-180" />
            </summary>
            <ol className="list-decimal space-y-1 px-3 pb-3 pl-8 text-sm text-slate-700 sm:px-4 sm:pl-9">
              {steps.map((step) => (
                <li key={step}>{t(step)}</li>
              ))}
            </ol>
          </details>
        ))}
      </div>
      <p className="text-xs text-slate-600">{t("helpRefresh")}</p>
    </div>
  );
}
