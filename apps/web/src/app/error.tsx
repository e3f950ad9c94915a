"use client";

import { useErrorLabels } from "~/components/error-labels";
import { ErrorStateView } from "~/components/error-state-view";

// Never shows the error itself: a stack trace or driver message is not for the browser.
export default function RouteError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const labels = useErrorLabels();
  return (
    <main className="mx-auto flex min-h-screen max-w-md items-center px-6">
      <ErrorStateView title={labels.title} body={labels.body} retryLabel={labels.retry} onRetry={reset} />
    </main>
  );
}
