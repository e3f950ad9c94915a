import { useTranslations } from "next-intl";
/** Holds the calendar's place while its code loads. */
export function CalendarSkeleton() {
  const t = useTranslations("schedule");
  return (
    <div role="status" aria-live="polite" className="overflow-hidden rounded-lg border border-slate-200">
      <span className="sr-only">{t("loadingCalendar")}</span>
      <div aria-hidden className="grid h-[560px] grid-cols-7 divide-x divide-slate-100 sm:h-[680px]">
        {Array.from({ length: 7 }, (_, day) => (
          <div key={day} className="space-y-3 p-2">
            <div className="h-4 animate-pulse rounded bg-slate-200" />
            {day % 2 === 0 && <div className="h-12 animate-pulse rounded bg-slate-100" />}
          </div>
        ))}
      </div>
    </div>
  );
}
