"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";
import type { AdminUserListPage } from "./types";
import { usersListInput, type UsersTableState } from "./users-table-state";

type UserListState = {
  /** "loading" only before any rows; while another page or search loads, the rows shown stay, marked stale. */
  status: "loading" | "error" | "ready";
  page: AdminUserListPage | undefined;
  stale: boolean;
  retry: () => void;
};

/** One page of the users table for the state in the URL. */
export function useUserList(state: UsersTableState): UserListState {
  const trpc = useTRPC();
  const query = useQuery({ ...trpc.admin.users.list.queryOptions(usersListInput(state)), placeholderData: keepPreviousData });
  const stale = query.isPlaceholderData;
  return {
    status: query.isError && (query.data === undefined || stale) ? "error" : query.data !== undefined ? "ready" : "loading",
    page: query.data,
    stale,
    retry: () => void query.refetch(),
  };
}
