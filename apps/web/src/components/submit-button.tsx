"use client";

import { useHydrated } from "~/kit/use-hydrated";

/**
 * A form's submit button. Until the page's script has run it is disabled: a
 * click (or Enter) then would be the browser's own submit, which reloads the
 * page and loses what was typed (on a slow phone, or a slow connection). It
 * looks as usual meanwhile; only a pending submit is dimmed.
 */
export function SubmitButton({ pending, children, pendingLabel }: { pending: boolean; children: string; pendingLabel: string }) {
  const hydrated = useHydrated();
  return (
    <button
      type="submit"
      disabled={pending || !hydrated}
      aria-busy={pending || undefined}
      className={`flex w-full items-center justify-center gap-2 rounded-lg bg-brand-600 px-4 py-2.5 text-sm font-semibold text-white shadow-sm transition hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:cursor-not-allowed ${pending ? "opacity-60" : ""}`}
    >
      {pending && <span className="size-4 animate-spin rounded-full border-2 border-white/40 border-t-white" aria-hidden />}
      {pending ? pendingLabel : children}
    </button>
  );
}
