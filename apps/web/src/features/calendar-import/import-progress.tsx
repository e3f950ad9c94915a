"use client";

import { useFormatter, useTranslations } from "next-intl";

/** How far the import is: a progress bar for assistive technology and eyes alike, and the count in words. */
export function ImportProgress({ done, total }: { done: number; total: number }) {
  const t = useTranslations("calendarImport");
  const format = useFormatter();
  const words = t("progress", { done: format.number(done), total: format.number(total) });
  const percent = total === 0 ? 100 : Math.round((done / total) * 100);
  return (
    <div className="space-y-2">
      <div
        role="progressbar"
        aria-label={t("progressLabel")}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={words}
        className="h-2.5 overflow-hidden rounded-full bg-slate-200"
      >
        <div className="h-full rounded-full bg-brand-600 transition-[width]" style={{ width: `${percent}%` }} />
      </div>
      <p aria-live="polite" data-testid="import-progress-text" className="text-sm text-slate-700 tabular-nums">
        {words}
      </p>
    </div>
  );
}
