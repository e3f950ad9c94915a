"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import type { BoundedTotal } from "@planner/domain";
import { loadMoreListState, type LoadMoreListState } from "~/kit/load-more-list";
import { useTRPC } from "~/trpc/react";
import { statusOfFilter, type ScheduleFilter } from "./filter";
import type { AdminSchedule, OwnSchedule } from "./types";

export const SCHEDULE_PAGE_SIZE = 20;

type ScheduleListState = Omit<LoadMoreListState<unknown>, "pages"> & { schedules: OwnSchedule[] };

/** The viewer's own schedules by start, page by page (keyset cursor). */
export function useScheduleList(filter: ScheduleFilter): ScheduleListState {
  const trpc = useTRPC();
  const query = useInfiniteQuery(
    trpc.schedule.list.infiniteQueryOptions(
      { status: statusOfFilter(filter), limit: SCHEDULE_PAGE_SIZE },
      { getNextPageParam: (last) => last.nextCursor, placeholderData: keepPreviousData },
    ),
  );
  const { pages, ...state } = loadMoreListState(query);
  return { ...state, schedules: pages.flatMap((page) => page.items) };
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
  const { pages, ...state } = loadMoreListState(query);
  return { ...state, schedules: pages.flatMap((page) => page.items), total: pages[0]?.total ?? null };
}
