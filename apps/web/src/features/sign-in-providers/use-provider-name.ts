"use client";

import { useTranslations } from "next-intl";
import type { SignInProvider } from "@planner/domain";

/** A service's name in the page's language (카카오, 네이버); the generic provider keeps the name its settings give. */
export function useProviderName() {
  const t = useTranslations("signInProviders.providerNames");
  return (provider: { id: SignInProvider; name: string }) => (provider.id === "oidc" ? provider.name : t(provider.id));
}
