"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useMemo } from "react";
import { cancelRefetches, refetchWhenIdle } from "~/kit/query-cache";
import { toastNotices } from "~/kit/toast-notices";
import { useTRPC } from "~/trpc/react";
import type { NotificationEffects } from "./events";
import { applyToList, applyToUnreadCount, type NotificationListData } from "./notification-cache";

/** What the notification event handlers act on: the mutations, the cached count and list, and the toasts. */
export function useNotificationEffects(): NotificationEffects {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { mutateAsync: markRead } = useMutation(trpc.notification.markRead.mutationOptions());
  const { mutateAsync: markAllRead } = useMutation(trpc.notification.markAllRead.mutationOptions());

  return useMemo(() => {
    const count = trpc.notification.unreadCount.queryFilter();
    const lists = trpc.notification.list.infiniteQueryFilter();
    const countKey = trpc.notification.unreadCount.queryKey();
    return {
      api: {
        markRead,
        markAllRead: () => markAllRead(),
        async scheduleStart(input) {
          const schedule = await queryClient.fetchQuery(trpc.schedule.byId.queryOptions(input, { staleTime: 0, retry: false }));
          return schedule.startAt;
        },
      },
      cache: {
        // A poll landing after an optimistic edit would undo it on screen, too.
        prepare: () => cancelRefetches(queryClient, [count, lists]),
        apply(change) {
          const unread = queryClient.getQueryData<number>(countKey);
          if (unread !== undefined) queryClient.setQueryData<number>(countKey, applyToUnreadCount(unread, change));
          for (const [queryKey, data] of queryClient.getQueriesData<NotificationListData>(lists)) {
            if (data) queryClient.setQueryData<NotificationListData>(queryKey, applyToList(data, change));
          }
        },
        settle: () => refetchWhenIdle(queryClient, [trpc.notification.pathKey()], [trpc.notification.pathFilter()]),
        unreadCount: () => queryClient.getQueryData<number>(countKey) ?? 0,
        loaded: () =>
          queryClient.getQueriesData<NotificationListData>(lists).flatMap(([, data]) => data?.pages.flatMap((page) => page.items) ?? []),
      },
      notices: toastNotices,
    } satisfies NotificationEffects;
  }, [trpc, queryClient, markRead, markAllRead]);
}
