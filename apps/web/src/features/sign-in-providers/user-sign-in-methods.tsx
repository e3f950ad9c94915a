"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useTRPC } from "~/trpc/react";

/**
 * The admin's view of how an account signs in: "Password, Google, Kakao", or "…" while loading.
 * The generic provider goes by its configured name; "OpenID Connect" once it is no longer configured.
 */
export function UserSignInMethods({ userId, oidcName }: { userId: string; oidcName: string | null }) {
  const trpc = useTRPC();
  const t = useTranslations("signInProviders");
  const names = useTranslations("signInProviders.providerNames");
  const { data } = useQuery(trpc.admin.users.signInMethods.queryOptions({ userId }));
  if (!data) return <span>…</span>;
  const methods = [
    ...(data.hasPassword ? [t("passwordMethod")] : []),
    ...data.providers.map(({ provider }) => (provider === "oidc" ? (oidcName ?? "OpenID Connect") : names(provider))),
  ];
  return <span data-testid="user-sign-in-methods">{methods.join(", ")}</span>;
}
