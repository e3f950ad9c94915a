"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { toastNotices } from "~/kit/toast-notices";
import { useTRPC } from "~/trpc/react";
import type { SessionsEffects } from "./events";

/** The account's sessions, and what signing them out acts on. */
export function useSessions() {
  const trpc = useTRPC();
  const query = useQuery(trpc.account.sessions.queryOptions());
  const { mutateAsync: endSession } = useMutation(trpc.account.endSession.mutationOptions());
  const { mutateAsync: endOtherSessions } = useMutation(trpc.account.endOtherSessions.mutationOptions());
  const { refetch } = query;
  const effects = useMemo<SessionsEffects>(
    () => ({ api: { endSession, endOtherSessions: () => endOtherSessions() }, notices: toastNotices, reload: () => refetch() }),
    [endSession, endOtherSessions, refetch],
  );
  return {
    status: query.data ? ("ready" as const) : query.isError ? ("error" as const) : ("loading" as const),
    sessions: query.data ?? [],
    retry: () => void refetch(),
    effects,
  };
}
