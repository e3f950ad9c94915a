import type { BoundedTotal } from "@planner/domain";
import { useTranslations } from "next-intl";

/**
 * "Showing 20 of 135", or "Showing 20 of 1,000+" when the total was counted
 * only up to its cap (admin lists do not count a million rows to show twenty).
 */
export function ListCount({ shown, total, testId }: { shown: number; total: BoundedTotal | null; testId?: string }) {
  const t = useTranslations("common");
  if (!total) return null;
  return (
    <p className="text-sm text-slate-600 tabular-nums" data-testid={testId} aria-live="polite">
      {total.capped ? t("shownOfAtLeast", { shown, total: total.count }) : t("shownOf", { shown, total: total.count })}
    </p>
  );
}
