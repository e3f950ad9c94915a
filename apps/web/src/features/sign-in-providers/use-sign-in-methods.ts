"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";

/** The account's ways to sign in, and what disconnecting and setting a first password act on. */
export function useSignInMethods() {
  const trpc = useTRPC();
  const query = useQuery(trpc.account.signInMethods.queryOptions());
  const { mutateAsync: disconnect } = useMutation(trpc.account.disconnectProvider.mutationOptions());
  const { mutateAsync: setPassword } = useMutation(trpc.account.setPassword.mutationOptions());
  const { refetch } = query;
  return {
    status: query.data ? ("ready" as const) : query.isError ? ("error" as const) : ("loading" as const),
    methods: query.data,
    retry: () => void refetch(),
    reload: () => refetch(),
    disconnect,
    setPassword,
  };
}
