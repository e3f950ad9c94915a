"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useMemo } from "react";
import { toast } from "sonner";
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
        // A poll or refetch landing after an optimistic edit would undo it on screen.
        // Cancelling (and its revert) happens synchronously; only settling is async.
        prepare() {
          void queryClient.cancelQueries(count);
          void queryClient.cancelQueries(lists);
        },
        apply(change) {
          const unread = queryClient.getQueryData<number>(countKey);
          if (unread !== undefined) queryClient.setQueryData<number>(countKey, applyToUnreadCount(unread, change));
          for (const [queryKey, data] of queryClient.getQueriesData<NotificationListData>(lists)) {
            if (data) queryClient.setQueryData<NotificationListData>(queryKey, applyToList(data, change));
          }
        },
        settle() {
          // Refetch once the last of several quick clicks is done, not in between.
          if (queryClient.isMutating({ mutationKey: trpc.notification.pathKey() }) === 0) {
            void queryClient.invalidateQueries(trpc.notification.pathFilter());
          }
        },
        unreadCount: () => queryClient.getQueryData<number>(countKey) ?? 0,
        loaded: () =>
          queryClient.getQueriesData<NotificationListData>(lists).flatMap(([, data]) => data?.pages.flatMap((page) => page.items) ?? []),
      },
      notices: {
        error: (message) => void toast.error(message),
      },
    } satisfies NotificationEffects;
  }, [trpc, queryClient, markRead, markAllRead]);
}
