"use client";

import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useMemo } from "react";
import type { DateRange } from "@planner/domain";
import { cancelRefetches, refetchWhenIdle } from "~/kit/query-cache";
import { toastNotices } from "~/kit/toast-notices";
import { useTRPC } from "~/trpc/react";
import { applyCalendarTodoChange } from "./calendar-todos";
import type { CalendarTodoEffects } from "./events";
import type { RangeTodo, TodoRangeData } from "./types";

type CalendarTodosState = {
  todos: RangeTodo[];
  /** The owner's today as the server counts it (overdue todos show on it); null before the first answer. */
  today: string | null;
  /** Changes whenever the cached data is written: the calendar redraws from it. */
  revision: number;
};

const NONE: RangeTodo[] = [];

/**
 * The viewer's own todos due in the window, when the calendar shows them:
 * only on the viewer's own calendar (never on a shared or an admin's view of
 * someone's), and only while "Show todos" is on.
 */
export function useCalendarTodos(window: DateRange, enabled: boolean): CalendarTodosState {
  const trpc = useTRPC();
  const query = useQuery({ ...trpc.todo.range.queryOptions({ from: window.from, to: window.to }), enabled, placeholderData: keepPreviousData });
  return {
    todos: enabled ? (query.data?.items ?? NONE) : NONE,
    today: query.data?.today ?? null,
    revision: query.dataUpdatedAt,
  };
}

/**
 * What the calendar's todo handlers act on: todo.toggle and todo.update, every
 * cached `todo.range` window (grids and agenda alike), and error toasts. Once
 * settled, the todo screens' lists and counts are fetched again too.
 */
export function useCalendarTodoEffects(): CalendarTodoEffects {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { mutateAsync: toggle } = useMutation(trpc.todo.toggle.mutationOptions());
  const { mutateAsync: update } = useMutation(trpc.todo.update.mutationOptions());
  return useMemo(() => {
    const windows = trpc.todo.range.queryFilter();
    return {
      api: { toggle, update },
      cache: {
        prepare: () => cancelRefetches(queryClient, [windows]),
        apply(change) {
          for (const [queryKey, data] of queryClient.getQueriesData<TodoRangeData>(windows)) {
            // The handlers change a shown todo by spreading it: `after` is the whole item, changed.
            if (data) queryClient.setQueryData<TodoRangeData>(queryKey, { ...data, items: applyCalendarTodoChange(data.items, change as { before: RangeTodo; after: RangeTodo }) });
          }
        },
        settle: () => refetchWhenIdle(queryClient, [trpc.todo.pathKey()], [trpc.todo.pathFilter()]),
      },
      notices: toastNotices,
    } satisfies CalendarTodoEffects;
  }, [trpc, queryClient, toggle, update]);
}
