"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";
import type { NotificationListControls } from "./events";
import type { Notification } from "./types";

const NOTIFICATION_PAGE_SIZE = 10;

export type NotificationListState = NotificationListControls & {
  status: "loading" | "error" | "ready";
  notifications: Notification[];
  hasMore: boolean;
  loadingMore: boolean;
  loadMoreFailed: boolean;
};

/** Every notification, newest first, page by page (keyset cursor), as plain state for the panel. */
export function useNotificationList(): NotificationListState {
  const trpc = useTRPC();
  const query = useInfiniteQuery(
    trpc.notification.list.infiniteQueryOptions(
      { limit: NOTIFICATION_PAGE_SIZE },
      // Fresh each time the panel opens; what was cached shows meanwhile.
      { getNextPageParam: (last) => last.nextCursor, staleTime: 0 },
    ),
  );
  const ready = query.data !== undefined;
  return {
    // A failed "load more" or background refresh keeps the rows already shown.
    status: ready ? "ready" : query.isError ? "error" : "loading",
    notifications: query.data?.pages.flatMap((page) => page.items) ?? [],
    hasMore: ready && query.hasNextPage,
    loadingMore: query.isFetchingNextPage,
    loadMoreFailed: query.isFetchNextPageError,
    loadMore: () => void query.fetchNextPage(),
    retry: () => void query.refetch(),
  };
}
