"use client";

import "./globals.css";
import { NextIntlClientProvider } from "next-intl";
import { ErrorState } from "~/components/error-state";
import en from "../../messages/en.json";

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="mx-auto flex min-h-screen max-w-md items-center px-6 font-sans">
        {/* Outside the root layout, so outside its language too: English. */}
        <NextIntlClientProvider locale="en" messages={en}>
          <ErrorState onRetry={reset} />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
