"use client";

import { useMutation, useQuery, useQueryClient, type QueryKey } from "@tanstack/react-query";
import { useMemo } from "react";
import { cancelRefetches, refetchWhenIdle } from "~/kit/query-cache";
import { toastNotices } from "~/kit/toast-notices";
import { useTRPC } from "~/trpc/react";
import type { SharingApi, SharingEffects } from "./events";
import { applyFollowersChange } from "./followers-cache";
import type { Follower, SharedCalendar } from "./types";

export type FollowersState = { status: "loading" | "error" | "ready"; followers: Follower[]; retry: () => void };
export type SharedWithMeState = { status: "loading" | "error" | "ready"; calendars: SharedCalendar[]; retry: () => void };

/** The logged-in owner's own calendar: who follows it, and the handlers' effects. */
export function useOwnSharing(): { followers: FollowersState; effects: SharingEffects } {
  const trpc = useTRPC();
  const query = useQuery(trpc.share.followers.queryOptions());
  const { mutateAsync: grant } = useMutation(trpc.share.grant.mutationOptions());
  const { mutateAsync: revoke } = useMutation(trpc.share.revoke.mutationOptions());
  const api = useMemo<SharingApi>(() => ({ grant, revoke }), [grant, revoke]);
  const keys = useMemo(() => ({ list: trpc.share.followers.queryKey(), mutations: trpc.share.pathKey() }), [trpc]);
  const effects = useSharingEffects(api, keys);
  return { followers: followersState(query), effects };
}

/** Any owner's calendar, for admins. */
export function useAdminSharing(ownerId: string): { followers: FollowersState; effects: SharingEffects } {
  const trpc = useTRPC();
  const query = useQuery(trpc.admin.shares.list.queryOptions({ ownerId }));
  const { mutateAsync: grant } = useMutation(trpc.admin.shares.grant.mutationOptions());
  const { mutateAsync: revoke } = useMutation(trpc.admin.shares.revoke.mutationOptions());
  const api = useMemo<SharingApi>(
    () => ({ grant: (input) => grant({ ownerId, ...input }), revoke: (input) => revoke({ ownerId, ...input }) }),
    [grant, revoke, ownerId],
  );
  const keys = useMemo(() => ({ list: trpc.admin.shares.list.queryKey({ ownerId }), mutations: trpc.admin.shares.pathKey() }), [trpc, ownerId]);
  const effects = useSharingEffects(api, keys);
  return { followers: followersState(query), effects };
}

/** The calendars shared with the logged-in subscriber. */
export function useSharedWithMe(): SharedWithMeState {
  const trpc = useTRPC();
  const query = useQuery(trpc.share.sharedWithMe.queryOptions());
  return {
    status: query.data ? "ready" : query.isError ? "error" : "loading",
    calendars: query.data ?? [],
    retry: () => void query.refetch(),
  };
}

function useSharingEffects(api: SharingApi, keys: { list: QueryKey; mutations: QueryKey }): SharingEffects {
  const queryClient = useQueryClient();
  return useMemo(() => {
    const list = { queryKey: keys.list, exact: true };
    return {
      api,
      cache: {
        prepare: () => cancelRefetches(queryClient, [list]),
        apply: (change) => void queryClient.setQueryData<Follower[]>(keys.list, (followers) => applyFollowersChange(followers ?? [], change)),
        settle: () => refetchWhenIdle(queryClient, [keys.mutations], [list]),
        current: () => queryClient.getQueryData<Follower[]>(keys.list),
      },
      notices: toastNotices,
    } satisfies SharingEffects;
  }, [api, keys, queryClient]);
}

function followersState(query: { data: Follower[] | undefined; isError: boolean; refetch: () => unknown }): FollowersState {
  return {
    status: query.data ? "ready" : query.isError ? "error" : "loading",
    followers: query.data ?? [],
    retry: () => void query.refetch(),
  };
}
