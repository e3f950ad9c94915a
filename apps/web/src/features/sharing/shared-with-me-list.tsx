"use client";

import { useFormatter, useTranslations } from "next-intl";

import Link from "next/link";
import { Avatar } from "~/components/avatar";
import { ErrorState } from "~/components/error-state";
import { CalendarIcon } from "lucide-react";
import type { SharedWithMeState } from "./use-sharing";


/** The calendars a subscriber follows, each a way into the calendar where they show. */
export function SharedWithMeList({ shared }: { shared: SharedWithMeState }) {
  const t = useTranslations("sharing");
  const format = useFormatter();
  if (shared.status === "loading") {
    return (
      <div role="status" aria-live="polite" className="space-y-2">
        <span className="sr-only">{t("loadingShared")}</span>
        <div aria-hidden className="h-14 animate-pulse rounded-lg bg-slate-100" />
      </div>
    );
  }
  if (shared.status === "error") return <ErrorState message={t("sharedLoadFailed")} onRetry={shared.retry} />;
  if (shared.calendars.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-slate-300 px-4 py-5 text-center text-sm text-slate-600" data-testid="no-shared-calendars">
        {t("noneShared")}
      </p>
    );
  }
  return (
    <ul aria-label={t("sharedWithYou")} className="divide-y divide-slate-100 rounded-lg border border-slate-200">
      {shared.calendars.map(({ owner, grantedAt }) => (
        <li key={owner.id} className="flex items-center gap-3 px-3 py-2.5">
          <Avatar name={owner.name} username={owner.username} />
          <div className="min-w-0 flex-1">
            <p className="truncate text-sm font-medium text-slate-900">{owner.name}</p>
            <p className="text-xs text-slate-500">
              {t.rich("sharedOn", {
                username: owner.username,
                date: format.dateTime(grantedAt, { year: "numeric", month: "short", day: "numeric" }),
                time: (chunks) => <time dateTime={grantedAt.toISOString()}>{chunks}</time>,
              })}
            </p>
          </div>
          <Link
            prefetch={false}
            href="/calendar"
            aria-label={t("openCalendarOf", { name: owner.name })}
            className="inline-flex shrink-0 items-center gap-1.5 rounded-lg border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-700 transition hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
          >
            <CalendarIcon className="size-4" />
            <span aria-hidden>{t("calendar")}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
