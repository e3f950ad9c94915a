import { useTranslations } from "next-intl";

/** The "Load more" button under a paginated list, with its busy and failed states. */
export function LoadMore({
  onClick,
  loading,
  failed,
  failedMessage,
  errorTestId = "load-more-error",
  className = "",
  size = "md",
}: {
  onClick: () => void;
  loading: boolean;
  failed: boolean;
  failedMessage: string;
  errorTestId?: string;
  className?: string;
  size?: "sm" | "md";
}) {
  const t = useTranslations("common");
  return (
    <div className={`flex flex-col items-center gap-2 ${className}`}>
      <button
        type="button"
        onClick={onClick}
        disabled={loading}
        aria-busy={loading || undefined}
        className={`inline-flex items-center gap-2 rounded-lg border border-slate-300 bg-white text-sm font-medium text-slate-700 shadow-sm transition hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:opacity-60 ${
          size === "sm" ? "px-3 py-1.5" : "px-4 py-2"
        }`}
      >
        {loading && <span className="size-4 animate-spin rounded-full border-2 border-slate-300 border-t-slate-600" aria-hidden />}
        {loading ? t("loading") : t("loadMore")}
      </button>
      {failed && !loading && (
        <p role="alert" data-testid={errorTestId} className="text-sm text-red-600">
          {failedMessage}
        </p>
      )}
    </div>
  );
}
