"use client";

import { ErrorState } from "~/components/error-state";

// Never shows the error itself: a stack trace or driver message is not for the browser.
export default function RouteError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="mx-auto flex min-h-screen max-w-md items-center px-6">
      <ErrorState onRetry={reset} />
    </main>
  );
}
