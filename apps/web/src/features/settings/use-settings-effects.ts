"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useMemo } from "react";
import { toast } from "sonner";
import { useTRPC } from "~/trpc/react";
import type { SettingsEffects } from "./events";

/** What the settings handlers act on: the account mutations, toasts, refresh and full page loads. */
export function useSettingsEffects(): SettingsEffects {
  const trpc = useTRPC();
  const router = useRouter();
  const { mutateAsync: updateProfile } = useMutation(trpc.account.updateProfile.mutationOptions());
  const { mutateAsync: changePassword } = useMutation(trpc.account.changePassword.mutationOptions());
  const { mutateAsync: deleteAccount } = useMutation(trpc.account.deleteAccount.mutationOptions());
  return useMemo(
    () =>
      ({
        api: { updateProfile, changePassword, deleteAccount },
        notices: {
          success: (message) => void toast.success(message),
          error: (message) => void toast.error(message),
        },
        refresh: () => router.refresh(),
        leave: (url) => window.location.assign(url),
      }) satisfies SettingsEffects,
    [router, updateProfile, changePassword, deleteAccount],
  );
}
