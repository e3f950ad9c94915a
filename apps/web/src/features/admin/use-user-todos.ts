"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";
import type { AdminTodoListPage } from "./types";

export const USER_TODOS_PAGE_SIZE = 10;

type UserTodosState = {
  status: "loading" | "error" | "ready";
  page: AdminTodoListPage | undefined;
  retry: () => void;
};

/** One numbered page of a user's todos, newest first. */
export function useUserTodos(ownerId: string, page: number): UserTodosState {
  const trpc = useTRPC();
  const query = useQuery({
    ...trpc.admin.todos.list.queryOptions({ ownerId, offset: (page - 1) * USER_TODOS_PAGE_SIZE, limit: USER_TODOS_PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
  const ready = query.data !== undefined && !query.isPlaceholderData;
  return {
    status: ready ? "ready" : query.isError ? "error" : "loading",
    page: ready ? query.data : undefined,
    retry: () => void query.refetch(),
  };
}
