"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import type { TodoFilter } from "@planner/domain";
import { useTRPC } from "~/trpc/react";
import type { Todo, TodoCounts } from "./types";

const TODO_PAGE_SIZE = 20;

export type TodoListState = {
  status: "loading" | "error" | "ready";
  todos: Todo[];
  /** Unknown only before the first answer; kept while another filter loads. */
  counts: TodoCounts | undefined;
  hasMore: boolean;
  loadingMore: boolean;
  loadMoreFailed: boolean;
  loadMore: () => void;
  retry: () => void;
};

/** The filtered list, page by page (keyset cursor), as plain state for the views. */
export function useTodoList(filter: TodoFilter): TodoListState {
  const trpc = useTRPC();
  const input = { filter, limit: TODO_PAGE_SIZE };
  const query = useInfiniteQuery(
    trpc.todo.list.infiniteQueryOptions(input, { getNextPageParam: (last) => last.nextCursor, placeholderData: keepPreviousData }),
  );
  const pages = query.data?.pages ?? [];
  // The previous filter's rows are only kept for their counts, never shown as this filter's.
  // A failed "load more" or background refresh keeps the rows already shown.
  const ready = query.data !== undefined && !query.isPlaceholderData;
  return {
    status: ready ? "ready" : query.isError ? "error" : "loading",
    todos: ready ? pages.flatMap((page) => page.items) : [],
    counts: pages.at(-1)?.counts,
    hasMore: ready && query.hasNextPage,
    loadingMore: query.isFetchingNextPage,
    loadMoreFailed: query.isFetchNextPageError,
    loadMore: () => void query.fetchNextPage(),
    retry: () => void query.refetch(),
  };
}
