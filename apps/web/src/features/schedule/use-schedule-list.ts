"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import type { BoundedTotal } from "@planner/domain";
import { useTRPC } from "~/trpc/react";
import { statusOfFilter, type ScheduleFilter } from "./filter";
import type { AdminSchedule, OwnSchedule } from "./types";

export const SCHEDULE_PAGE_SIZE = 20;

type ScheduleListState = {
  status: "loading" | "error" | "ready";
  schedules: OwnSchedule[];
  hasMore: boolean;
  loadingMore: boolean;
  loadMoreFailed: boolean;
  loadMore: () => void;
  retry: () => void;
};

/** The viewer's own schedules by start, page by page (keyset cursor). */
export function useScheduleList(filter: ScheduleFilter): ScheduleListState {
  const trpc = useTRPC();
  const query = useInfiniteQuery(
    trpc.schedule.list.infiniteQueryOptions(
      { status: statusOfFilter(filter), limit: SCHEDULE_PAGE_SIZE },
      { getNextPageParam: (last) => last.nextCursor, placeholderData: keepPreviousData },
    ),
  );
  // The previous filter's rows are never shown as this filter's.
  const ready = query.data !== undefined && !query.isPlaceholderData;
  return {
    status: ready ? "ready" : query.isError ? "error" : "loading",
    schedules: ready ? query.data.pages.flatMap((page) => page.items) : [],
    hasMore: ready && query.hasNextPage,
    loadingMore: query.isFetchingNextPage,
    loadMoreFailed: query.isFetchNextPageError,
    loadMore: () => void query.fetchNextPage(),
    retry: () => void query.refetch(),
  };
}

type AdminScheduleListState = Omit<ScheduleListState, "schedules"> & {
  schedules: AdminSchedule[];
  /** Counted up to a cap on the first page (see TOTAL_COUNT_CAP). */
  total: BoundedTotal | null;
};

/** One user's schedules for admins, latest first, "Load more" at a time (keyset cursor). */
export function useAdminScheduleList(ownerId: string, filter: ScheduleFilter): AdminScheduleListState {
  const trpc = useTRPC();
  const query = useInfiniteQuery(
    trpc.admin.schedules.list.infiniteQueryOptions(
      { ownerId, status: statusOfFilter(filter), limit: SCHEDULE_PAGE_SIZE },
      { getNextPageParam: (last) => last.nextCursor, placeholderData: keepPreviousData },
    ),
  );
  const ready = query.data !== undefined && !query.isPlaceholderData;
  return {
    status: ready ? "ready" : query.isError ? "error" : "loading",
    schedules: ready ? query.data.pages.flatMap((page) => page.items) : [],
    total: ready ? (query.data.pages[0]?.total ?? null) : null,
    hasMore: ready && query.hasNextPage,
    loadingMore: query.isFetchingNextPage,
    loadMoreFailed: query.isFetchNextPageError,
    loadMore: () => void query.fetchNextPage(),
    retry: () => void query.refetch(),
  };
}
