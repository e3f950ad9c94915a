"use client";

import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";
import { statusOfFilter, type ScheduleFilter } from "./filter";
import type { AdminScheduleListPage, OwnSchedule } from "./types";

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

type AdminScheduleListState = {
  status: "loading" | "error" | "ready";
  page: AdminScheduleListPage | undefined;
  retry: () => void;
};

/** One user's schedules for admins, a numbered page at a time. */
export function useAdminScheduleList(ownerId: string, filter: ScheduleFilter, page: number): AdminScheduleListState {
  const trpc = useTRPC();
  const query = useQuery({
    ...trpc.admin.schedules.list.queryOptions({
      ownerId,
      status: statusOfFilter(filter),
      offset: (page - 1) * SCHEDULE_PAGE_SIZE,
      limit: SCHEDULE_PAGE_SIZE,
    }),
    placeholderData: keepPreviousData,
  });
  const ready = query.data !== undefined && !query.isPlaceholderData;
  return {
    status: ready ? "ready" : query.isError ? "error" : "loading",
    page: ready ? query.data : undefined,
    retry: () => void query.refetch(),
  };
}
