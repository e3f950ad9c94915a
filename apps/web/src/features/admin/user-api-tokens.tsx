"use client";

import { useTranslations } from "next-intl";
import { ErrorState } from "~/components/error-state";
import { RowSkeleton } from "~/components/row-skeleton";
import { TokenList } from "~/features/api-tokens/token-list";
import { useUserApiTokens } from "./use-user-api-tokens";

/** An admin's view of one user's API tokens: when they were used, and a way to revoke one (a leaked token, a departed script). */
export function UserApiTokens({ userId, name }: { userId: string; name: string }) {
  const t = useTranslations("apiTokens");
  const { status, tokens, retry, effects } = useUserApiTokens(userId);
  if (status === "loading") return <RowSkeleton label={t("loading")} leading="icon" rows={1} />;
  if (status === "error") return <ErrorState message={t("loadFailed")} onRetry={retry} />;
  if (tokens.length === 0) {
    return (
      <p data-testid="api-tokens-empty" className="text-sm text-slate-600">
        {t("userEmpty", { name })}
      </p>
    );
  }
  return <TokenList tokens={tokens} effects={effects} label={t("listLabel")} />;
}
