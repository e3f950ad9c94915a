"use client";

import { useSyncExternalStore } from "react";

// Below Tailwind's `sm` breakpoint a week of columns is too narrow to use.
const PHONE_QUERY = "(max-width: 639.98px)";

function subscribe(onChange: () => void) {
  const query = window.matchMedia(PHONE_QUERY);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}

/** Whether the window is phone-sized; false while rendering on the server. */
export function useIsPhone(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(PHONE_QUERY).matches,
    () => false,
  );
}
