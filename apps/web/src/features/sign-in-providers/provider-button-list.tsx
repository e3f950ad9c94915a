"use client";

import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import type { SignInProvider } from "@planner/domain";
import { FormAlert } from "~/components/form-alert";
import { handleProviderClick } from "./events";
import { providerEffects } from "./provider-effects";
import { PROVIDER_BUTTON_CLASSES } from "./provider-button-classes";
import { useProviderName } from "./use-provider-name";

export type ProviderChoice = { id: SignInProvider; name: string };

/**
 * The buttons of provider-buttons.tsx, which draws each service's mark on the
 * server and passes it in (`marks`): the marks' SVG paths stay out of the
 * log-in page's JavaScript.
 */
export function ProviderButtonList({ providers, callbackUrl, marks }: { providers: ProviderChoice[]; callbackUrl: string; marks: Partial<Record<SignInProvider, ReactNode>> }) {
  const t = useTranslations("signInProviders");
  const nameOf = useProviderName();
  const [leaving, setLeaving] = useState<SignInProvider | null>(null);
  const [error, setError] = useState<string | undefined>();
  if (providers.length === 0) return null;
  return (
    <div className="space-y-4" data-testid="provider-buttons">
      <FormAlert message={error} />
      <ul className="space-y-2" aria-label={t("providersLabel")}>
        {providers.map((provider) => (
          <li key={provider.id}>
            <button
              type="button"
              data-provider={provider.id}
              disabled={leaving !== null}
              aria-busy={leaving === provider.id}
              className={`flex w-full items-center justify-center gap-3 rounded-lg px-4 py-2.5 text-sm font-medium transition disabled:opacity-70 ${PROVIDER_BUTTON_CLASSES[provider.id]}`}
              onClick={() => {
                setLeaving(provider.id);
                setError(undefined);
                void handleProviderClick(provider.id, callbackUrl, providerEffects, {
                  setFormError: (message) => {
                    setLeaving(null);
                    setError(message);
                  },
                });
              }}
            >
              {marks[provider.id]}
              <span>{t("continueWith", { provider: nameOf(provider) })}</span>
            </button>
          </li>
        ))}
      </ul>
      <div className="flex items-center gap-3 text-xs text-slate-500" aria-hidden="true">
        <span className="h-px flex-1 bg-slate-200" />
        {t("or")}
        <span className="h-px flex-1 bg-slate-200" />
      </div>
    </div>
  );
}
