"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "~/components/button";
import { FormAlert } from "~/components/form-alert";
import { Notice } from "~/components/notice";
import { formatDay } from "~/features/admin/labels";
import { toastNotices } from "~/kit/toast-notices";
import { handleDisconnectClick, handleProviderClick } from "./events";
import type { ProviderChoice } from "./provider-buttons";
import { providerEffects } from "./provider-effects";
import { ProviderMark } from "./provider-marks";
import { useProviderName } from "./use-provider-name";
import { useSignInMethods } from "./use-sign-in-methods";

/** What came back in the address after connecting at a provider (the callback sends the person here). */
export type ConnectOutcome = { connected?: string; refused?: string; provider?: string };

/**
 * Settings → Connected accounts: the password and each configured service,
 * connected or not; connect (off to the service and back), disconnect (refused
 * for the last way to sign in). A first password for an account a service made is set
 * under Password (settings-screen.tsx).
 */
export function ConnectedAccountsSection({ providers, outcome }: { providers: ProviderChoice[]; outcome: ConnectOutcome }) {
  const t = useTranslations("signInProviders");
  const locale = useLocale();
  const nameOf = useProviderName();
  const { status, methods, retry, reload, disconnect } = useSignInMethods();
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState<string | null>(null);
  const named = (id: string) => {
    const provider = providers.find((entry) => entry.id === id);
    return provider ? nameOf(provider) : id;
  };
  const refusal = (["email-taken", "linked-elsewhere", "provider-taken"] as const).find((reason) => reason === outcome.refused);

  if (status === "error") {
    return (
      <Button variant="secondary" onClick={retry}>
        {t("connect")}
      </Button>
    );
  }
  return (
    <div className="space-y-4" data-testid="connected-accounts">
      {outcome.connected && providers.some((provider) => provider.id === outcome.connected) && (
        <Notice title={t("justConnected", { provider: named(outcome.connected) })} />
      )}
      <FormAlert message={refusal ? t(`refused.${refusal}`, { provider: named(outcome.provider ?? "") }) : error} />
      <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200">
        <li className="flex items-center justify-between gap-3 px-4 py-3 text-sm">
          <span className="font-medium text-slate-800">{t("passwordMethod")}</span>
          <span className="text-slate-600">{methods ? (methods.hasPassword ? t("passwordOn") : t("passwordOff")) : "…"}</span>
        </li>
        {providers.map((provider) => {
          const connection = methods?.providers.find((entry) => entry.provider === provider.id);
          const name = nameOf(provider);
          return (
            <li key={provider.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3 text-sm" data-provider-row={provider.id}>
              <span className="flex items-center gap-3">
                <ProviderMark provider={provider.id} />
                <span>
                  <span className="block font-medium text-slate-800">{name}</span>
                  <span className="block text-slate-600">
                    {connection ? t("connectedSince", { date: formatDay(connection.connectedAt, locale) }) : t("notConnected")}
                  </span>
                </span>
              </span>
              {methods &&
                (connection ? (
                  <Button
                    variant="secondary"
                    aria-label={t("disconnect", { provider: name })}
                    pending={busy === provider.id}
                    onClick={() => {
                      setBusy(provider.id);
                      setError(undefined);
                      void handleDisconnectClick(provider.id, name, disconnect, { toast: (message) => toastNotices.success(message), setError })
                        .then(() => reload())
                        .finally(() => setBusy(null));
                    }}
                  >
                    {t("disconnectShort")}
                  </Button>
                ) : (
                  <Button
                    variant="secondary"
                    aria-label={t("connectProvider", { provider: name })}
                    pending={busy === provider.id}
                    onClick={() => {
                      setBusy(provider.id);
                      void handleProviderClick(provider.id, "/settings#connected-accounts", providerEffects, {
                        setFormError: (message) => {
                          setBusy(null);
                          setError(message);
                        },
                      });
                    }}
                  >
                    {t("connect")}
                  </Button>
                ))}
            </li>
          );
        })}
      </ul>
      {providers.length === 0 && <p className="text-sm text-slate-600">{t("noneConfigured")}</p>}
    </div>
  );
}
