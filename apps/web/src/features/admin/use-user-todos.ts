"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import type { BoundedTotal } from "@planner/domain";
import { useTRPC } from "~/trpc/react";
import type { AdminTodo } from "./types";

export const USER_TODOS_PAGE_SIZE = 10;

type UserTodosState = {
  status: "loading" | "error" | "ready";
  todos: AdminTodo[];
  /** Counted up to a cap on the first page (see TOTAL_COUNT_CAP). */
  total: BoundedTotal | null;
  hasMore: boolean;
  loadingMore: boolean;
  loadMoreFailed: boolean;
  loadMore: () => void;
  retry: () => void;
};

/** A user's todos, newest first, "Load more" at a time (keyset cursor). */
export function useUserTodos(ownerId: string): UserTodosState {
  const trpc = useTRPC();
  const query = useInfiniteQuery(
    trpc.admin.todos.list.infiniteQueryOptions(
      { ownerId, limit: USER_TODOS_PAGE_SIZE },
      { getNextPageParam: (last) => last.nextCursor, placeholderData: keepPreviousData },
    ),
  );
  const ready = query.data !== undefined && !query.isPlaceholderData;
  return {
    status: ready ? "ready" : query.isError ? "error" : "loading",
    todos: ready ? query.data.pages.flatMap((page) => page.items) : [],
    total: ready ? (query.data.pages[0]?.total ?? null) : null,
    hasMore: ready && query.hasNextPage,
    loadingMore: query.isFetchingNextPage,
    loadMoreFailed: query.isFetchNextPageError,
    loadMore: () => void query.fetchNextPage(),
    retry: () => void query.refetch(),
  };
}
