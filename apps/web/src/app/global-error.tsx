"use client";

import "./globals.css";
import { ErrorStateView } from "~/components/error-state-view";
import en from "../../messages/en.json";

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="mx-auto flex min-h-screen max-w-md items-center px-6 font-sans">
        {/* Outside the root layout, so outside its language too: English. */}
        <ErrorStateView title={en.errorState.title} body={en.errorState.body} retryLabel={en.common.tryAgain} onRetry={reset} />
      </body>
    </html>
  );
}
