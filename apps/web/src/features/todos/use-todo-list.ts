"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import type { TodoFilter } from "@planner/domain";
import { loadMoreListState, type LoadMoreListState } from "~/kit/load-more-list";
import { serverErrorCode } from "~/trpc/errors";
import { useTRPC } from "~/trpc/react";
import type { Todo, TodoCounts } from "./types";
import { listInputOf, type TodoView } from "./views";

const TODO_PAGE_SIZE = 20;

export type TodoListState = Omit<LoadMoreListState<unknown>, "pages"> & {
  todos: Todo[];
  /** Unknown only before the first answer; kept while another filter loads. */
  counts: TodoCounts | undefined;
  /** The owner's today ("YYYY-MM-DD"), as the server reckons it. */
  today: string | undefined;
  /** The project or label of the view is gone (deleted, or never was). */
  missing: boolean;
};

/** A view's todos, page by page (keyset cursor), as plain state for the views. */
export function useTodoList(view: TodoView, filter: TodoFilter): TodoListState {
  const trpc = useTRPC();
  const input = listInputOf(view, filter, TODO_PAGE_SIZE);
  const query = useInfiniteQuery(
    trpc.todo.list.infiniteQueryOptions(input, { getNextPageParam: (last) => last.nextCursor, placeholderData: keepPreviousData }),
  );
  const { pages, ...state } = loadMoreListState(query);
  const missing = query.isError && serverErrorCode(query.error) === "NOT_FOUND";
  // The previous view's pages are kept for their counts only while this one loads (the list shows this one's).
  const last = query.data?.pages.at(-1);
  return { ...state, todos: pages.flatMap((page) => page.items), counts: last?.counts, today: last?.today, missing };
}
