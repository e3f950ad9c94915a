"use client";

import { KeyRoundIcon } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { ConfirmDialog } from "~/components/confirm-dialog";
import { absoluteTime, relativeTime } from "~/features/notifications/labels";
import { formatDay } from "~/features/admin/labels";
import { handleApiTokenRevokeConfirm, type ApiTokenListEffects } from "./events";
import { tokenExpiry, tokenHint } from "./labels";
import type { ApiToken } from "./types";

/** Personal access tokens, newest first, each with a "Revoke" confirmed in a dialog. Settings and the admin's user page share it. */
export function TokenList({ tokens, effects, label }: { tokens: ApiToken[]; effects: ApiTokenListEffects; label: string }) {
  const t = useTranslations("apiTokens");
  const locale = useLocale();
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const now = Date.now();

  return (
    <>
      <ul aria-label={label} data-testid="api-tokens" className="divide-y divide-slate-100 rounded-lg border border-slate-200">
        {tokens.map((token) => {
          const expiry = tokenExpiry(token, now);
          return (
            <li key={token.id} data-testid="api-token" className="flex flex-wrap items-center gap-x-3 gap-y-2 px-3 py-2.5">
              <span
                aria-hidden
                className={`grid size-9 shrink-0 place-items-center rounded-lg ${expiry.kind === "expired" ? "bg-slate-100 text-slate-500" : "bg-brand-50 text-brand-700"}`}
              >
                <KeyRoundIcon className="size-5" />
              </span>
              <div className="min-w-0 flex-1 basis-48">
                <p className="flex flex-wrap items-center gap-2 text-sm font-medium text-slate-900">
                  <span className="min-w-0 break-words">{token.name}</span>
                  <span
                    className={`rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ${token.scope === "READ" ? "bg-slate-100 text-slate-700 ring-slate-200" : "bg-brand-50 text-brand-700 ring-brand-200"}`}
                  >
                    {t(`scope${token.scope}`)}
                  </span>
                  {expiry.kind === "expired" && (
                    <span className="rounded-full bg-red-50 px-2 py-0.5 text-xs font-semibold text-red-700 ring-1 ring-red-200">{t("expiredBadge")}</span>
                  )}
                </p>
                <p className="text-xs text-slate-600">
                  <code className="font-mono text-slate-700">{tokenHint(token)}</code>
                  {" · "}
                  <time dateTime={token.createdAt.toISOString()} title={absoluteTime(token.createdAt, locale)}>
                    {t("createdOn", { date: formatDay(token.createdAt, locale) })}
                  </time>
                  {" · "}
                  {token.lastUsedAt ? (
                    <time dateTime={token.lastUsedAt.toISOString()} title={absoluteTime(token.lastUsedAt, locale)}>
                      {t("lastUsed", { when: relativeTime(token.lastUsedAt, now, locale, t("justNow")) })}
                    </time>
                  ) : (
                    t("neverUsed")
                  )}
                  {" · "}
                  {expiry.kind === "never" ? (
                    t("neverExpires")
                  ) : (
                    <time
                      dateTime={expiry.at.toISOString()}
                      title={absoluteTime(expiry.at, locale)}
                      className={expiry.kind === "expired" ? "font-medium text-red-700" : undefined}
                    >
                      {t(expiry.kind === "expired" ? "expiredOn" : "expiresOn", { date: formatDay(expiry.at, locale) })}
                    </time>
                  )}
                </p>
              </div>
              <button
                type="button"
                onClick={() => setRevoking(token)}
                aria-label={t("revokeToken", { name: token.name })}
                className="ml-12 shrink-0 rounded-lg border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-700 transition hover:border-red-300 hover:bg-red-50 hover:text-red-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 sm:ml-0"
              >
                {t("revoke")}
              </button>
            </li>
          );
        })}
      </ul>
      {revoking && (
        <ConfirmDialog
          title={t("revokeTitle", { name: revoking.name })}
          confirmLabel={t("revoke")}
          tone="danger"
          testId="revoke-token-dialog"
          onConfirm={() => void handleApiTokenRevokeConfirm(revoking, effects)}
          onClosed={() => setRevoking(null)}
        >
          <p>{t("revokeBody")}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
