"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import type { BoundedTotal } from "@planner/domain";
import { loadMoreListState, type LoadMoreListState } from "~/kit/load-more-list";
import { useTRPC } from "~/trpc/react";
import { todoFilterInput, type AdminTodoFilters } from "./admin-todo-filters";
import type { AdminTodo } from "./types";

export const USER_TODOS_PAGE_SIZE = 10;

type UserTodosState = Omit<LoadMoreListState<unknown>, "pages"> & {
  todos: AdminTodo[];
  /** Counted up to a cap on the first page (see TOTAL_COUNT_CAP). */
  total: BoundedTotal | null;
};

/** A user's todos, newest first, "Load more" at a time (keyset cursor), with the filters chosen. */
export function useUserTodos(ownerId: string, filters: AdminTodoFilters): UserTodosState {
  const trpc = useTRPC();
  const query = useInfiniteQuery(
    trpc.admin.todos.list.infiniteQueryOptions(
      { ownerId, limit: USER_TODOS_PAGE_SIZE, ...todoFilterInput(filters) },
      { getNextPageParam: (last) => last.nextCursor, placeholderData: keepPreviousData },
    ),
  );
  const { pages, ...state } = loadMoreListState(query);
  return { ...state, todos: pages.flatMap((page) => page.items), total: pages[0]?.total ?? null };
}
