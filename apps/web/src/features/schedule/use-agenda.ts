"use client";

import { useQueries } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useTRPC } from "~/trpc/react";
import { AGENDA_WINDOWS_PER_LOAD, agendaDays, agendaWindows, trailingEmptyWindows, type AgendaDay, type AgendaProgress } from "./agenda-windows";
import type { CalendarSource } from "./calendar-source";
import type { ScheduleFilter } from "./filter";
import type { RangeTodo, Schedule } from "./types";

type AgendaState = {
  /** "loading" until the first window answers; "error" when it failed. */
  status: "loading" | "error" | "ready";
  days: AgendaDay<Schedule>[];
  progress: AgendaProgress;
  /** The first instant not yet loaded: "nothing until …". */
  loadedUntil: Date;
  loadMore: (windows: number) => void;
  retry: () => void;
  /** The viewer's own todos of the loaded windows (empty when not shown), and the owner's today they were counted from. */
  todoWindows: (RangeTodo[] | undefined)[];
  today: string | null;
};

/** The agenda's windows from `startDate` on, as many as have been asked for; own calendar plus shared, or one user's for admins. */
export function useAgenda(source: CalendarSource, startDate: string, timeZone: string, filter: ScheduleFilter, showTodos: boolean): AgendaState {
  const trpc = useTRPC();
  // Another start (or zone) begins again with the first windows.
  const [asked, setAsked] = useState({ key: "", windows: AGENDA_WINDOWS_PER_LOAD });
  const key = `${startDate}|${timeZone}`;
  const count = asked.key === key ? asked.windows : AGENDA_WINDOWS_PER_LOAD;
  const windows = useMemo(() => agendaWindows(startDate, count, timeZone), [startDate, count, timeZone]);
  const queries = useQueries({
    queries: windows.map((window) =>
      source.kind === "own"
        ? trpc.schedule.range.queryOptions({ from: window.from, to: window.to, includeShared: true })
        : trpc.admin.schedules.range.queryOptions({ ownerId: source.ownerId, from: window.from, to: window.to }),
    ),
  });
  // The same windows of the viewer's own todos, cached like the grid's (ticking one off reaches both).
  const todoQueries = useQueries({
    queries: windows.map((window) => ({ ...trpc.todo.range.queryOptions({ from: window.from, to: window.to }), enabled: showTodos })),
  });
  const data = queries.map((query) => query.data);
  // A few hundred schedules at most: grouping them again on each render is cheaper than tracking what changed.
  const days = agendaDays(data, startDate, timeZone, filter);
  const first = queries[0];
  return {
    status: first?.data !== undefined ? "ready" : first?.isError ? "error" : "loading",
    days,
    progress: {
      windows: count,
      loading: queries.some((query) => query.isPending),
      failed: queries.some((query) => query.isError),
      trailingEmpty: trailingEmptyWindows(data, filter),
    },
    loadedUntil: windows[windows.length - 1]!.to,
    loadMore: (next) => setAsked({ key, windows: next }),
    retry: () => {
      for (const query of queries) if (query.isError) void query.refetch();
    },
    todoWindows: showTodos ? todoQueries.map((query) => query.data?.items) : [],
    today: (showTodos && todoQueries[0]?.data?.today) || null,
  };
}
