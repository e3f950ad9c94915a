"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import type { ApiTokenListEffects } from "~/features/api-tokens/events";
import { toastNotices } from "~/kit/toast-notices";
import { useTRPC } from "~/trpc/react";

/** One user's personal access tokens as an admin sees them, and what revoking one acts on. */
export function useUserApiTokens(userId: string) {
  const trpc = useTRPC();
  const query = useQuery(trpc.admin.users.apiTokens.queryOptions({ userId }));
  const { mutateAsync: revoke } = useMutation(trpc.admin.users.revokeApiToken.mutationOptions());
  const { refetch } = query;
  const effects = useMemo<ApiTokenListEffects>(() => ({ api: { revoke }, notices: toastNotices, reload: () => refetch() }), [revoke, refetch]);
  return {
    status: query.data ? ("ready" as const) : query.isError ? ("error" as const) : ("loading" as const),
    tokens: query.data ?? [],
    retry: () => void refetch(),
    effects,
  };
}
