"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useMemo } from "react";
import { toastNotices } from "~/kit/toast-notices";
import { useTRPC } from "~/trpc/react";
import type { AdminUserEffects } from "./events";

/** What the handlers of a user's admin page act on: the mutations, the cached user and table, toasts, navigation. */
export function useAdminUserEffects(): AdminUserEffects {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const { mutateAsync: setRole } = useMutation(trpc.admin.users.setRole.mutationOptions());
  const { mutateAsync: remove } = useMutation(trpc.admin.users.delete.mutationOptions());
  const { mutateAsync: removeTwoFactor } = useMutation(trpc.admin.users.removeTwoFactor.mutationOptions());

  return useMemo(
    () =>
      ({
        api: { setRole, delete: remove, removeTwoFactor },
        cache: {
          // Nothing to stop beforehand: each version shown stops a refetch of that user first.
          prepare: () => undefined,
          apply({ after: user }) {
            void queryClient.cancelQueries(trpc.admin.users.byId.queryFilter({ userId: user.id }));
            queryClient.setQueryData(trpc.admin.users.byId.queryKey({ userId: user.id }), user);
          },
          settle() {
            void queryClient.invalidateQueries(trpc.admin.users.list.pathFilter());
            // A subscriber who is one no more follows nothing: every followers list may change.
            void queryClient.invalidateQueries(trpc.admin.shares.pathFilter());
          },
          forgetUser(userId) {
            queryClient.removeQueries(trpc.admin.users.byId.queryFilter({ userId }));
          },
        },
        notices: toastNotices,
        navigate: (url) => router.push(url),
      }) satisfies AdminUserEffects,
    [trpc, queryClient, router, setRole, remove, removeTwoFactor],
  );
}
