"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useSyncExternalStore } from "react";
import { offlineStatus, type OfflineState } from "./offline-status";

/** The browser says it is online, but what is on screen came from the worker's copies: the server has not answered yet. */
const waitingForServer = (state: OfflineState) => state.online && state.fromCopy;

/** Asking the server again while it does not answer: soon at first, then every 30 seconds at most. */
export function retryDelay(attempt: number): number {
  return Math.min(2_000 * 2 ** attempt, 30_000);
}

/**
 * Back online, everything on screen is fetched again: at once when the browser
 * says so (what came from the worker's copy is not stale yet, so react-query
 * would not by itself), and again, less and less often, while the answers
 * still come from the copies (the network may come back a moment after the
 * browser's event, or the server later than the network).
 */
export function RefetchWhenBackOnline() {
  const queryClient = useQueryClient();
  const waiting = useSyncExternalStore(offlineStatus.subscribe, () => waitingForServer(offlineStatus.get()), () => false);

  useEffect(() => {
    const refetch = () => void queryClient.invalidateQueries();
    window.addEventListener("online", refetch);
    return () => window.removeEventListener("online", refetch);
  }, [queryClient]);

  useEffect(() => {
    if (!waiting) return;
    let attempt = 0;
    let timer: ReturnType<typeof setTimeout>;
    const schedule = () => {
      timer = setTimeout(() => {
        void queryClient.invalidateQueries();
        attempt += 1;
        schedule();
      }, retryDelay(attempt));
    };
    schedule();
    return () => clearTimeout(timer);
  }, [waiting, queryClient]);

  return null;
}
