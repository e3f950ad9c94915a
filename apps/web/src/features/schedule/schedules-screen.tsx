"use client";

import { LoadMore } from "~/components/load-more";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { EmptyState } from "~/components/empty-state";
import { ErrorState } from "~/components/error-state";
import { Notice } from "~/components/notice";
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

  return (
    <div className="space-y-4">
      {!canWrite && <Notice title="Read-only">Subscriber accounts follow other people’s calendars and have no schedules of their own.</Notice>}
      <div className="flex flex-wrap items-center justify-between gap-3">
        <ScheduleFilterTabs basePath="/schedules" current={filter} />
        <p className="text-sm text-slate-500">Times in {timeZone}</p>
      </div>
      {list.status === "loading" ? (
        <ScheduleListSkeleton />
      ) : list.status === "error" ? (
        <ErrorState message="We could not load your schedules. Nothing you saved was lost." onRetry={list.retry} />
      ) : list.schedules.length === 0 ? (
        <EmptyState title={EMPTY_SCHEDULES[filter].title}>
          {canWrite ? (
            <>
              {EMPTY_SCHEDULES[filter].hint}{" "}
              {filter === "all" && (
                <Link href="/calendar" className="font-medium text-brand-700 hover:underline">
                  Go to the calendar
                </Link>
              )}
            </>
          ) : (
            "This account has no schedules."
          )}
        </EmptyState>
      ) : (
        <div className="space-y-4">
          <section aria-label="Schedules" className="rounded-xl border border-slate-200 bg-white shadow-sm">
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
              failedMessage="Could not load more schedules. Try again."
            />
          )}
        </div>
      )}
    </div>
  );
}
