"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { toastNotices } from "~/kit/toast-notices";
import { useTRPC } from "~/trpc/react";
import type { ApiTokensEffects } from "./events";

/** The account's personal access tokens, and what making, copying and revoking them act on. */
export function useApiTokens() {
  const trpc = useTRPC();
  const query = useQuery(trpc.account.apiTokens.list.queryOptions());
  const { mutateAsync: create } = useMutation(trpc.account.apiTokens.create.mutationOptions());
  const { mutateAsync: revoke } = useMutation(trpc.account.apiTokens.revoke.mutationOptions());
  const { refetch } = query;
  const effects = useMemo<ApiTokensEffects>(
    () => ({ api: { create, revoke }, notices: toastNotices, reload: () => refetch(), copy: (text) => navigator.clipboard.writeText(text) }),
    [create, revoke, refetch],
  );
  return {
    status: query.data ? ("ready" as const) : query.isError ? ("error" as const) : ("loading" as const),
    tokens: query.data ?? [],
    retry: () => void refetch(),
    effects,
  };
}
