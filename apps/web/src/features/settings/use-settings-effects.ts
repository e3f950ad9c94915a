"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useMemo } from "react";
import { sessionEffects } from "~/features/auth/session";
import { toastNotices } from "~/kit/toast-notices";
import { useTRPC } from "~/trpc/react";
import type { SettingsEffects } from "./events";

/** What the settings handlers act on: the account mutations, toasts, refresh and full page loads. */
export function useSettingsEffects(): SettingsEffects {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const { mutateAsync: updateProfile } = useMutation(trpc.account.updateProfile.mutationOptions());
  const { mutateAsync: changePassword } = useMutation(trpc.account.changePassword.mutationOptions());
  const { mutateAsync: deleteAccount } = useMutation(trpc.account.deleteAccount.mutationOptions());
  const { mutateAsync: updateWeekStart } = useMutation(trpc.account.updateWeekStart.mutationOptions());
  const { mutateAsync: updateReminderDefaults } = useMutation(trpc.account.updateReminderDefaults.mutationOptions());
  return useMemo(
    () =>
      ({
        ...sessionEffects,
        api: { updateProfile, changePassword, deleteAccount, updateWeekStart, updateReminderDefaults },
        notices: toastNotices,
        refresh: () => router.refresh(),
        apiTokensChanged: () => void queryClient.invalidateQueries(trpc.account.apiTokens.list.queryFilter()),
      }) satisfies SettingsEffects,
    [trpc, queryClient, router, updateProfile, changePassword, deleteAccount, updateWeekStart, updateReminderDefaults],
  );
}
