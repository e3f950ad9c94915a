import { useTranslations } from "next-intl";
const WIDTHS = ["w-11/12", "w-3/4", "w-5/6"];

export function NotificationListSkeleton() {
  const t = useTranslations("notifications");
  return (
    <div role="status" aria-live="polite">
      <span className="sr-only">{t("loading")}</span>
      <ul aria-hidden className="divide-y divide-slate-100">
        {WIDTHS.map((width) => (
          <li key={width} className="flex gap-3 px-4 py-3.5">
            <span className="mt-1.5 size-2 shrink-0 rounded-full bg-slate-200" />
            <span className="flex-1 space-y-2">
              <span className={`block h-3.5 animate-pulse rounded bg-slate-200 ${width}`} />
              <span className="block h-3 w-24 animate-pulse rounded bg-slate-100" />
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
