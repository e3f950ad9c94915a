"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { useTRPC } from "~/trpc/react";

/** How often the bell asks for its count while the page is in view (and on coming back to it). */
const UNREAD_POLL_MS = 20_000;

/** The bell's count, polled; undefined until the first answer (and while it cannot be had). */
export function useUnreadCount(): number | undefined {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data } = useQuery(
    trpc.notification.unreadCount.queryOptions(undefined, {
      refetchInterval: UNREAD_POLL_MS,
      refetchOnWindowFocus: "always",
      staleTime: 5_000,
    }),
  );

  // A new notification arrived: the list (open or not) is out of date too.
  const previous = useRef(data);
  useEffect(() => {
    if (data !== undefined && previous.current !== undefined && data > previous.current) {
      void queryClient.invalidateQueries(trpc.notification.list.pathFilter());
    }
    previous.current = data;
  }, [data, queryClient, trpc]);

  return data;
}
