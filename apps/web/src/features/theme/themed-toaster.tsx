"use client";

import { useTheme } from "next-themes";
import { Toaster } from "sonner";

/** The app's one sonner <Toaster>, in the theme shown. */
export function ThemedToaster({ closeLabel, regionLabel }: { closeLabel: string; regionLabel: string }) {
  const { resolvedTheme } = useTheme();
  return (
    <Toaster
      position="bottom-center"
      richColors
      closeButton
      theme={resolvedTheme === "dark" ? "dark" : "light"}
      containerAriaLabel={regionLabel}
      toastOptions={{ closeButtonAriaLabel: closeLabel }}
    />
  );
}
