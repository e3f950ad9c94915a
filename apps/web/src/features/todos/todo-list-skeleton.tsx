import { useTranslations } from "next-intl";

const WIDTHS = ["w-3/4", "w-1/2", "w-2/3", "w-2/5"];

export function TodoListSkeleton() {
  const t = useTranslations("todos");
  return (
    <div role="status" aria-live="polite" className="rounded-xl border border-slate-200 bg-white shadow-sm">
      <span className="sr-only">{t("loading")}</span>
      <ul aria-hidden className="divide-y divide-slate-100">
        {WIDTHS.map((width) => (
          <li key={width} className="flex items-center gap-3 px-4 py-4">
            <span className="size-5 shrink-0 animate-pulse rounded bg-slate-200" />
            <span className={`h-4 animate-pulse rounded bg-slate-200 ${width}`} />
          </li>
        ))}
      </ul>
    </div>
  );
}
