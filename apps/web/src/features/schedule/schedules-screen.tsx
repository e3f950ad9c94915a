"use client";

import { useTranslations } from "next-intl";
import { LoadMore } from "~/components/load-more";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { EmptyState } from "~/components/empty-state";
import { ErrorState } from "~/components/error-state";
import { Notice } from "~/components/notice";
import { useListShortcuts } from "~/features/shortcuts/use-list-shortcuts";
import { EMPTY_SCHEDULES } from "./empty-copy";
import { readScheduleListState } from "./list-state";
import { ScheduleFilterTabs } from "./schedule-filter-tabs";
import { ScheduleListSkeleton } from "./schedule-list-skeleton";
import { ScheduleRow } from "./schedule-row";
import { useScheduleList } from "./use-schedule-list";

/** The viewer's own schedules by start, in their zone, a page at a time with "Load more". */
export function SchedulesScreen({ timeZone, canWrite }: { timeZone: string; canWrite: boolean }) {
  const { filter } = readScheduleListState(useSearchParams());
  const list = useScheduleList(filter);
  const t = useTranslations();

  useListShortcuts();
  return (
    <div className="space-y-4">
      {!canWrite && <Notice title={t("schedule.readOnly")}>{t("schedule.subscriberListNote")}</Notice>}
      <div className="flex flex-wrap items-center justify-between gap-3">
        <ScheduleFilterTabs basePath="/schedules" current={filter} />
        <p className="text-sm text-slate-500">{t("schedule.timesIn", { timeZone })}</p>
      </div>
      {list.status === "loading" ? (
        <ScheduleListSkeleton />
      ) : list.status === "error" ? (
        <ErrorState message={t("schedule.listLoadFailed")} onRetry={list.retry} />
      ) : list.schedules.length === 0 ? (
        <EmptyState title={t(EMPTY_SCHEDULES[filter].title)}>
          {canWrite ? (
            <>
              {t(EMPTY_SCHEDULES[filter].hint)}{" "}
              {filter === "all" && (
                <Link href="/calendar" className="font-medium text-brand-700 hover:underline">
                  {t("schedule.goToCalendar")}
                </Link>
              )}
            </>
          ) : (
            t("schedule.noSchedulesAccount")
          )}
        </EmptyState>
      ) : (
        <div className="space-y-4">
          <section aria-label={t("schedule.listLabel")} className="rounded-xl border border-slate-200 bg-white shadow-sm">
            <ul className="divide-y divide-slate-100">
              {list.schedules.map((schedule) => (
                <ScheduleRow key={schedule.id} schedule={schedule} timeZone={timeZone} calendarPath="/calendar" />
              ))}
            </ul>
          </section>
          {list.hasMore && (
            <LoadMore
              onClick={list.loadMore}
              loading={list.loadingMore}
              failed={list.loadMoreFailed}
              failedMessage={t("schedule.loadMoreFailed")}
            />
          )}
        </div>
      )}
    </div>
  );
}
