"use client";

import "./globals.css";
import { ErrorStateView } from "~/components/error-state-view";
import { GLOBAL_ERROR_LABELS as labels } from "./global-error-labels";

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="mx-auto flex min-h-screen max-w-md items-center px-6 font-sans">
        {/* Outside the root layout, so outside its language too: English. */}
        <ErrorStateView title={labels.title} body={labels.body} retryLabel={labels.retry} onRetry={reset} />
      </body>
    </html>
  );
}
