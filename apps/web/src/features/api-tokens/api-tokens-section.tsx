"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { scopesFor, type Role } from "@planner/domain";
import { ErrorState } from "~/components/error-state";
import { RowSkeleton } from "~/components/row-skeleton";
import { CreateTokenForm } from "./create-token-form";
import { NewTokenSecret } from "./new-token-secret";
import { TokenList } from "./token-list";
import type { CreatedApiToken } from "./types";
import { useApiTokens } from "./use-api-tokens";

/** Settings → API tokens: the new token's secret (once), the tokens, and the form that makes one. */
export function ApiTokensSection({ role }: { role: Role }) {
  const t = useTranslations("apiTokens");
  const { status, tokens, retry, effects } = useApiTokens();
  const [created, setCreated] = useState<CreatedApiToken | null>(null);

  return (
    <div className="space-y-4">
      {created && <NewTokenSecret key={created.token.id} created={created} effects={effects} onDone={() => setCreated(null)} />}
      {status === "loading" ? (
        <RowSkeleton label={t("loading")} leading="icon" />
      ) : status === "error" ? (
        <ErrorState message={t("loadFailed")} onRetry={retry} />
      ) : tokens.length === 0 ? (
        <div data-testid="api-tokens-empty" className="rounded-lg border border-dashed border-slate-300 px-4 py-5 text-center">
          <p className="text-sm font-semibold text-slate-900">{t("emptyTitle")}</p>
          <p className="mx-auto mt-1 max-w-md text-sm text-slate-600">{t("emptyNote")}</p>
        </div>
      ) : (
        <TokenList tokens={tokens} effects={effects} label={t("listLabel")} />
      )}
      <CreateTokenForm scopes={scopesFor(role)} effects={effects} onCreated={setCreated} />
    </div>
  );
}
