import type { ScheduleFilter } from "./filter";
import { useTranslations } from "next-intl";
import type { CalendarView } from "./calendar-state";

/** Said above an empty window: what is missing, and (where one may add) how to add. */
export function EmptyCalendarNote({ view, filter, canWrite, phone }: { view: CalendarView; filter: ScheduleFilter; canWrite: boolean; phone: boolean }) {
  const t = useTranslations("schedule");
  const what = filter === "done" ? t("emptyDone", { view }) : t("emptyPlanned", { view });
  const how = phone ? t("howPhone") : t("howDesktop");
  return (
    <p data-testid="calendar-empty" className="rounded-lg border border-dashed border-slate-300 bg-slate-50 px-4 py-2.5 text-center text-sm text-slate-600">
      <span className="font-medium text-slate-800">{what}</span>
      {canWrite && filter !== "done" && <> — {how}</>}
    </p>
  );
}
