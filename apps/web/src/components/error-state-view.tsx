/** The "something went wrong" box, with its words given (see ErrorState for the usual one). */
export function ErrorStateView({ title, body, retryLabel, onRetry }: { title: string; body: string; retryLabel: string; onRetry?: () => void }) {
  return (
    <div role="alert" className="w-full rounded-xl border border-red-200 bg-white p-6 text-center shadow-sm">
      <h2 className="text-lg font-semibold">{title}</h2>
      <p className="mt-1 text-sm text-slate-600">{body}</p>
      {onRetry && (
        <button
          type="button"
          onClick={onRetry}
          className="mt-4 rounded-lg bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
        >
          {retryLabel}
        </button>
      )}
    </div>
  );
}
