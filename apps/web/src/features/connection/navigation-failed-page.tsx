"use client";

import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { browserRetryEffects } from "./browser-effects";
import { handleNavigationRetry } from "./events";
import { navigationFailure } from "./navigation-failure";

export type NavigationFailedLabels = { title: string; body: string; retry: string; checking: string; back: string; stillDown: string };

/**
 * Back to the page that was open. For a page with a loading state the router
 * has already moved the address to the page that failed (showing its
 * skeleton); then one step back in history, which the router answers from
 * its cache without asking the server.
 */
function goBack(failedUrl: string) {
  const here = new URL(window.location.href);
  here.hash = "";
  if (here.toString() === failedUrl) window.history.back();
}

/**
 * The app's own error page for a navigation that could not reach the server
 * (see events.ts), over the page that was open. A modal <dialog>: the page
 * under it cannot be used by mistake; Escape or "Go back" returns to it.
 * Its words come from the root layout, which has no translation provider.
 */
export function NavigationFailedPage({ labels }: { labels: NavigationFailedLabels }) {
  const url = useSyncExternalStore(navigationFailure.subscribe, navigationFailure.get, () => null);
  const dialog = useRef<HTMLDialogElement>(null);
  const retry = useRef<HTMLButtonElement>(null);
  const [checking, setChecking] = useState(false);
  const [stillDown, setStillDown] = useState(false);

  useEffect(() => {
    if (url && !dialog.current?.open) {
      dialog.current?.showModal();
      // The dialog would focus its first button ("Go back"); the way forward is "Try again".
      retry.current?.focus();
    }
    if (!url) setStillDown(false);
  }, [url]);

  if (!url) return null;
  return (
    <dialog
      ref={dialog}
      aria-labelledby="navigation-failed-title"
      aria-describedby="navigation-failed-body"
      onClose={() => {
        goBack(url);
        navigationFailure.set(null);
      }}
      data-testid="navigation-failed"
      className="m-0 h-dvh max-h-none w-full max-w-none bg-slate-50 p-0 text-slate-900 backdrop:bg-slate-900/40"
    >
      <main className="mx-auto flex min-h-full max-w-md items-center px-6">
        <div className="w-full rounded-xl border border-red-200 bg-white p-6 text-center shadow-sm">
          <h1 id="navigation-failed-title" className="text-lg font-semibold">
            {labels.title}
          </h1>
          <p id="navigation-failed-body" className="mt-1 text-sm text-slate-600">
            {labels.body}
          </p>
          <p role="status" className="mt-2 min-h-5 text-sm text-red-700">
            {stillDown ? labels.stillDown : ""}
          </p>
          <div className="mt-3 flex flex-col-reverse justify-center gap-2 sm:flex-row">
            <button
              type="button"
              onClick={() => dialog.current?.close()}
              className="rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-700 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
            >
              {labels.back}
            </button>
            <button
              ref={retry}
              type="button"
              // Not `disabled`: a disabled button loses the focus, and the person would have to find it again.
              aria-disabled={checking}
              onClick={() => {
                if (checking) return;
                setStillDown(false);
                void handleNavigationRetry(url, browserRetryEffects, { setChecking, stillDown: () => setStillDown(true) });
              }}
              className="rounded-lg bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 aria-disabled:opacity-70"
            >
              {checking ? labels.checking : labels.retry}
            </button>
          </div>
        </div>
      </main>
    </dialog>
  );
}
