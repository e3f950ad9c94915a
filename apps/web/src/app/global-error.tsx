"use client";

import "./globals.css";
import { ErrorState } from "~/components/error-state";

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="mx-auto flex min-h-screen max-w-md items-center px-6 font-sans">
        <ErrorState onRetry={reset} />
      </body>
    </html>
  );
}
