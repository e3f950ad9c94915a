import { useTranslations } from "next-intl";
const WIDTHS = ["w-2/3", "w-1/2", "w-3/4", "w-2/5"];

export function ScheduleListSkeleton() {
  const t = useTranslations("schedule");
  return (
    <div role="status" aria-live="polite" className="rounded-xl border border-slate-200 bg-white shadow-sm">
      <span className="sr-only">{t("loadingSchedules")}</span>
      <ul aria-hidden className="divide-y divide-slate-100">
        {WIDTHS.map((width) => (
          <li key={width} className="flex items-center gap-4 px-4 py-3">
            <span className="h-14 w-14 shrink-0 animate-pulse rounded-lg bg-slate-200" />
            <span className="flex-1 space-y-2">
              <span className={`block h-4 animate-pulse rounded bg-slate-200 ${width}`} />
              <span className="block h-3 w-24 animate-pulse rounded bg-slate-100" />
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
