"use client";

import { LogInIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { usePathname, useSearchParams } from "next/navigation";
import { useEffect, useRef } from "react";
import { logInAgainHref } from "./events";

/**
 * Says the session ended and offers to log in again, back to this page. A full
 * page load (a plain link), not a client navigation: the page's data and cache
 * belonged to the session that ended.
 */
export function SessionEndedNotice() {
  const t = useTranslations("sessionEnded");
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const link = useRef<HTMLAnchorElement>(null);
  // Keyboard and screen-reader users land on the one thing to do next.
  useEffect(() => link.current?.focus(), []);
  return (
    <div className="fixed inset-x-0 top-3 z-50 flex justify-center px-4" data-testid="session-ended">
      <div
        role="alertdialog"
        aria-modal="false"
        aria-labelledby="session-ended-title"
        aria-describedby="session-ended-body"
        className="flex w-full max-w-lg flex-col gap-3 rounded-xl border border-amber-300 bg-white p-4 shadow-lg sm:flex-row sm:items-center"
      >
        <div className="min-w-0 flex-1">
          <h2 id="session-ended-title" className="text-sm font-semibold text-slate-900">
            {t("title")}
          </h2>
          <p id="session-ended-body" className="mt-0.5 text-sm text-slate-600">
            {t("body")}
          </p>
        </div>
        <a
          ref={link}
          href={logInAgainHref(pathname, search)}
          className="inline-flex min-h-10 shrink-0 items-center justify-center gap-2 rounded-lg bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
        >
          <LogInIcon aria-hidden className="size-4" />
          {t("logIn")}
        </a>
      </div>
    </div>
  );
}
