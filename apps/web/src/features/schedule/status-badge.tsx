import { useTranslations } from "next-intl";
import type { ScheduleStatus } from "@planner/domain";
import { CheckIcon } from "lucide-react";

const STYLES: Record<ScheduleStatus, string> = {
  OPEN: "bg-brand-50 text-brand-700 ring-brand-100",
  CLOSED: "bg-emerald-50 text-emerald-700 ring-emerald-200",
};

/** Planned or Done, as a small pill. */
export function StatusBadge({ status }: { status: ScheduleStatus }) {
  const t = useTranslations("schedule");
  return (
    <span data-testid="status-badge" className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ${STYLES[status]}`}>
      {status === "CLOSED" && <CheckIcon className="size-3.5" />}
      {t(`status${status}`)}
    </span>
  );
}
