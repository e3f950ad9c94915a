"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { toastNotices } from "~/kit/toast-notices";
import { useTRPC } from "~/trpc/react";
import type { TwoFactorEffects } from "./events";

/** The account's two-step verification status, and what setting it up and turning it off act on. */
export function useTwoFactor() {
  const trpc = useTRPC();
  const query = useQuery(trpc.account.twoFactor.status.queryOptions());
  const { mutateAsync: start } = useMutation(trpc.account.twoFactor.start.mutationOptions());
  const { mutateAsync: confirm } = useMutation(trpc.account.twoFactor.confirm.mutationOptions());
  const { mutateAsync: disable } = useMutation(trpc.account.twoFactor.disable.mutationOptions());
  const { refetch } = query;
  const effects = useMemo<TwoFactorEffects>(
    () => ({
      api: { start: () => start(), confirm, disable },
      notices: toastNotices,
      reload: () => refetch(),
      copy: (text) => navigator.clipboard.writeText(text),
      download: (fileName, text) => {
        const url = URL.createObjectURL(new Blob([text], { type: "text/plain" }));
        const link = Object.assign(document.createElement("a"), { href: url, download: fileName });
        link.click();
        URL.revokeObjectURL(url);
      },
    }),
    [start, confirm, disable, refetch],
  );
  return {
    status: query.data ? ("ready" as const) : query.isError ? ("error" as const) : ("loading" as const),
    twoFactor: query.data,
    retry: () => void refetch(),
    effects,
  };
}
