"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { rememberLocale } from "~/i18n/locale-cookie";
import { toastNotices } from "~/kit/toast-notices";
import { useTRPC } from "~/trpc/react";
import { handleLanguageChange, type LanguageEffects } from "./events";
import { LanguageButtons } from "./language-switch";

/** Settings → Language: the account's setting, and the cookie. */
export function AccountLanguageSwitch() {
  const router = useRouter();
  const trpc = useTRPC();
  const updateLocale = useMutation(trpc.account.updateLocale.mutationOptions());
  const effects: LanguageEffects = {
    saveToAccount: (locale) => updateLocale.mutateAsync({ locale }),
    remember: rememberLocale,
    refresh: () => router.refresh(),
    notices: toastNotices,
  };
  return <LanguageButtons testId="account-language" onChoose={(locale) => void handleLanguageChange(locale, effects)} />;
}
