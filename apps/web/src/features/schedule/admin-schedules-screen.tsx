"use client";

import { useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { EmptyState } from "~/components/empty-state";
import { ErrorState } from "~/components/error-state";
import { Pagination } from "~/components/pagination";
import { useListShortcuts } from "~/features/shortcuts/use-list-shortcuts";
import { EMPTY_SCHEDULES } from "./empty-copy";
import { readScheduleListState, scheduleListHref } from "./list-state";
import { ScheduleFilterTabs } from "./schedule-filter-tabs";
import { ScheduleListSkeleton } from "./schedule-list-skeleton";
import { ScheduleRow } from "./schedule-row";
import { SCHEDULE_PAGE_SIZE, useAdminScheduleList } from "./use-schedule-list";

type AdminSchedulesScreenProps = { ownerId: string; ownerName: string; timeZone: string; basePath: string; calendarPath: string };

/** One user's schedules for admins, latest first, with page numbers and a total. */
export function AdminSchedulesScreen({ ownerId, ownerName, timeZone, basePath, calendarPath }: AdminSchedulesScreenProps) {
  const { filter, page } = readScheduleListState(useSearchParams());
  const t = useTranslations();
  const list = useAdminScheduleList(ownerId, filter, page);
  const total = list.page?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / SCHEDULE_PAGE_SIZE));
  const first = (page - 1) * SCHEDULE_PAGE_SIZE + 1;
  const last = first + (list.page?.items.length ?? 0) - 1;

  useListShortcuts();
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <ScheduleFilterTabs basePath={basePath} current={filter} />
        <p className="text-sm text-slate-500">{t("schedule.timesIn", { timeZone })}</p>
      </div>
      {list.status === "loading" ? (
        <ScheduleListSkeleton />
      ) : list.status === "error" ? (
        <ErrorState message={t("schedule.ownerLoadFailed", { name: ownerName })} onRetry={list.retry} />
      ) : !list.page || list.page.items.length === 0 ? (
        <EmptyState title={page > 1 && total > 0 ? t("schedule.noSchedulesOnPage") : t(EMPTY_SCHEDULES[filter].title)}>
          {page > 1 && total > 0 ? t("schedule.goBackPages", { total }) : t("schedule.ownerHasNone", { name: ownerName })}
        </EmptyState>
      ) : (
        <div className="space-y-4">
          <section aria-label={t("schedule.listLabel")} className="rounded-xl border border-slate-200 bg-white shadow-sm">
            <ul className="divide-y divide-slate-100">
              {list.page.items.map((schedule) => (
                <ScheduleRow key={schedule.id} schedule={schedule} timeZone={timeZone} calendarPath={calendarPath} />
              ))}
            </ul>
          </section>
          <div className="flex flex-col items-center gap-3 sm:flex-row sm:justify-between">
            <p className="text-sm text-slate-600" data-testid="list-range">
              {t("schedule.listRange", { first, last, total })}
            </p>
            <Pagination page={page} pageCount={pageCount} href={(number) => scheduleListHref(basePath, filter, number)} label={t("schedule.pagesLabel")} />
          </div>
        </div>
      )}
    </div>
  );
}
