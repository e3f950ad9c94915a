import { useTranslations } from "next-intl";
const ROWS = ["w-32", "w-24", "w-40", "w-28", "w-36", "w-20"];

/** The table's shape while the first page loads. */
export function UsersTableSkeleton() {
  const t = useTranslations("admin");
  return (
    <div role="status" aria-live="polite" className="overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm">
      <span className="sr-only">{t("loadingUsers")}</span>
      <div aria-hidden className="hidden h-11 border-b border-slate-200 bg-slate-50 md:block" />
      <ul aria-hidden className="divide-y divide-slate-100">
        {ROWS.map((width) => (
          <li key={width} className="flex items-center gap-3 px-4 py-3.5">
            <span className="size-8 shrink-0 animate-pulse rounded-full bg-slate-200" />
            <span className="min-w-0 flex-1 space-y-2 md:flex md:items-center md:gap-8 md:space-y-0">
              <span className={`block h-4 animate-pulse rounded bg-slate-200 ${width}`} />
              <span className="block h-3 w-40 animate-pulse rounded bg-slate-100 md:h-4 md:w-48" />
              <span className="hidden h-5 w-14 animate-pulse rounded-full bg-slate-100 md:block" />
            </span>
            <span className="hidden h-4 w-24 animate-pulse rounded bg-slate-100 md:block" />
          </li>
        ))}
      </ul>
    </div>
  );
}
