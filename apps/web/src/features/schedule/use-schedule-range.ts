"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { DateRange } from "@planner/domain";
import type { Schedule } from "./types";
import { useTRPC } from "~/trpc/react";
import type { CalendarSource } from "./calendar-source";

type ScheduleRangeState = {
  /** "loading" only before the first answer; another window keeps the last one on screen while it loads. */
  status: "loading" | "error" | "ready";
  schedules: Schedule[];
  /** The schedules shown belong to the window asked for (not the previous one, kept while this loads). */
  current: boolean;
  fetching: boolean;
  /** Changes whenever the cached data is written, even to equal data: the calendar redraws from it. */
  revision: number;
  retry: () => void;
};

/** The schedules overlapping the visible window: own plus shared, or one user's for admins. */
export function useScheduleRange(source: CalendarSource, window: DateRange): ScheduleRangeState {
  const trpc = useTRPC();
  const own = useQuery({
    ...trpc.schedule.range.queryOptions({ from: window.from, to: window.to, includeShared: true }),
    enabled: source.kind === "own",
    placeholderData: keepPreviousData,
  });
  const admin = useQuery({
    ...trpc.admin.schedules.range.queryOptions({ ownerId: source.kind === "admin" ? source.ownerId : "", from: window.from, to: window.to }),
    enabled: source.kind === "admin",
    placeholderData: keepPreviousData,
  });
  const query = source.kind === "own" ? own : admin;
  return {
    status: query.data !== undefined ? "ready" : query.isError ? "error" : "loading",
    schedules: query.data ?? [],
    current: query.data !== undefined && !query.isPlaceholderData,
    fetching: query.isFetching,
    revision: query.dataUpdatedAt,
    retry: () => void query.refetch(),
  };
}
