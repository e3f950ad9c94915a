"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import type { TodoFilter } from "@planner/domain";
import { loadMoreListState, type LoadMoreListState } from "~/kit/load-more-list";
import { useTRPC } from "~/trpc/react";
import type { Todo, TodoCounts } from "./types";

const TODO_PAGE_SIZE = 20;

export type TodoListState = Omit<LoadMoreListState<unknown>, "pages"> & {
  todos: Todo[];
  /** Unknown only before the first answer; kept while another filter loads. */
  counts: TodoCounts | undefined;
};

/** The filtered list, page by page (keyset cursor), as plain state for the views. */
export function useTodoList(filter: TodoFilter): TodoListState {
  const trpc = useTRPC();
  const input = { filter, limit: TODO_PAGE_SIZE };
  const query = useInfiniteQuery(
    trpc.todo.list.infiniteQueryOptions(input, { getNextPageParam: (last) => last.nextCursor, placeholderData: keepPreviousData }),
  );
  const { pages, ...state } = loadMoreListState(query);
  // The previous filter's pages are kept for their counts only (the list shows this filter's).
  return { ...state, todos: pages.flatMap((page) => page.items), counts: query.data?.pages.at(-1)?.counts };
}
