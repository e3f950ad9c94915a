"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { toastNotices } from "~/kit/toast-notices";
import { useTRPC } from "~/trpc/react";
import type { CalendarFeedEffects } from "./events";

/** The account's calendar feed, and what its buttons act on. */
export function useCalendarFeed() {
  const trpc = useTRPC();
  const query = useQuery(trpc.account.calendarFeed.get.queryOptions());
  const { mutateAsync: regenerate } = useMutation(trpc.account.calendarFeed.regenerate.mutationOptions());
  const { mutateAsync: update } = useMutation(trpc.account.calendarFeed.update.mutationOptions());
  const { mutateAsync: revoke } = useMutation(trpc.account.calendarFeed.revoke.mutationOptions());
  const { refetch } = query;
  const effects = useMemo<CalendarFeedEffects>(
    () => ({
      api: { regenerate, update, revoke: () => revoke() },
      notices: toastNotices,
      reload: () => refetch(),
      copy: (text) => navigator.clipboard.writeText(text),
      origin: () => window.location.origin,
    }),
    [regenerate, update, revoke, refetch],
  );
  return {
    status: query.data ? ("ready" as const) : query.isError ? ("error" as const) : ("loading" as const),
    feed: query.data?.feed ?? null,
    retry: () => void refetch(),
    effects,
  };
}
