"use client";

import { useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { EmptyState } from "~/components/empty-state";
import { ErrorState } from "~/components/error-state";
import { ListCount } from "~/components/list-count";
import { LoadMore } from "~/components/load-more";
import { useListShortcuts } from "~/features/shortcuts/use-list-shortcuts";
import { EMPTY_SCHEDULES } from "./empty-copy";
import { readScheduleListState } from "./list-state";
import { ScheduleFilterTabs } from "./schedule-filter-tabs";
import { ScheduleListSkeleton } from "./schedule-list-skeleton";
import { ScheduleRow } from "./schedule-row";
import { useAdminScheduleList } from "./use-schedule-list";

type AdminSchedulesScreenProps = { ownerId: string; ownerName: string; timeZone: string; basePath: string; calendarPath: string };

/** One user's schedules for admins, latest first, "Load more" at a time, with a bounded total. */
export function AdminSchedulesScreen({ ownerId, ownerName, timeZone, basePath, calendarPath }: AdminSchedulesScreenProps) {
  const { filter } = readScheduleListState(useSearchParams());
  const t = useTranslations();
  const list = useAdminScheduleList(ownerId, filter);

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
      ) : list.schedules.length === 0 ? (
        <EmptyState title={t(EMPTY_SCHEDULES[filter].title)}>{t("schedule.ownerHasNone", { name: ownerName })}</EmptyState>
      ) : (
        <div className="space-y-4">
          <section aria-label={t("schedule.listLabel")} className="rounded-xl border border-slate-200 bg-white shadow-sm">
            <ul className="divide-y divide-slate-100">
              {list.schedules.map((schedule) => (
                <ScheduleRow key={schedule.id} schedule={schedule} timeZone={timeZone} calendarPath={calendarPath} />
              ))}
            </ul>
          </section>
          <div className="flex flex-col items-center gap-3 sm:flex-row sm:justify-between">
            <ListCount shown={list.schedules.length} total={list.total} testId="list-range" />
            {list.hasMore && (
              <LoadMore onClick={list.loadMore} loading={list.loadingMore} failed={list.loadMoreFailed} failedMessage={t("schedule.loadMoreFailed")} />
            )}
          </div>
        </div>
      )}
    </div>
  );
}
