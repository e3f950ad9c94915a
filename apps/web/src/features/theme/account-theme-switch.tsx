"use client";

import { useMutation } from "@tanstack/react-query";
import type { Theme } from "@planner/domain";
import { useTRPC } from "~/trpc/react";
import { ThemeButtons, ThemeMenu } from "./theme-switch";

/** Saving a theme to the account as well (logged-in pages only: they have the tRPC client). */
function useSaveThemeToAccount() {
  const trpc = useTRPC();
  const updateTheme = useMutation(trpc.account.updateTheme.mutationOptions());
  return (theme: Theme) => updateTheme.mutateAsync({ theme });
}

/** Settings → Appearance: the three themes, saved to the account. */
export function AccountThemeSwitch() {
  return <ThemeButtons saveToAccount={useSaveThemeToAccount()} />;
}

/** The app header's theme menu, saved to the account. */
export function AccountThemeMenu() {
  return <ThemeMenu saveToAccount={useSaveThemeToAccount()} />;
}
