"use client";

import { createContext, useContext, type ReactNode } from "react";

// The root error boundary (app/error.tsx) sits above the pages' translation
// provider, which is placed only where client components use it (its message
// formatter weighs 12 kB). The root layout hands the boundary its three
// sentences, already in the page's language, through this small context.

export type ErrorLabels = { title: string; body: string; retry: string };

const ErrorLabelsContext = createContext<ErrorLabels | null>(null);

export function ErrorLabelsProvider({ labels, children }: { labels: ErrorLabels; children: ReactNode }) {
  return <ErrorLabelsContext value={labels}>{children}</ErrorLabelsContext>;
}

export function useErrorLabels(): ErrorLabels {
  const labels = useContext(ErrorLabelsContext);
  if (!labels) throw new Error("useErrorLabels outside the root layout's ErrorLabelsProvider");
  return labels;
}
