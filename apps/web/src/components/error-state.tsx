import { useTranslations } from "next-intl";
import { ErrorStateView } from "./error-state-view";

export function ErrorState({ onRetry, message }: { onRetry?: () => void; message?: string }) {
  const t = useTranslations();
  return <ErrorStateView title={t("errorState.title")} body={message ?? t("errorState.body")} retryLabel={t("common.tryAgain")} onRetry={onRetry} />;
}
