import { TRPCClientError, type TRPCLink } from "@trpc/client";
import type { AnyRouter } from "@trpc/server";
import { observable } from "@trpc/server/observable";
import { SAVED_AT_HEADER } from "./offline-cache-policy";
import { OfflineRefusal } from "./offline-refusal";
import { isOffline, offlineStatus } from "./offline-status";

// The page's side of reading offline, on its tRPC client (trpc/react.tsx).

/**
 * Refuses every change while offline, before anything is sent: the page shows
 * what was loaded, read-only. The handler's usual failure path then words it
 * (trpc/errors.ts) and keeps what was typed, as for any refused change.
 */
export function offlineGuardLink<TRouter extends AnyRouter>(): TRPCLink<TRouter> {
  return () =>
    ({ op, next }) =>
      observable((observer) => {
        if (op.type === "mutation" && isOffline(offlineStatus.get())) {
          observer.error(TRPCClientError.from(new OfflineRefusal()));
          return;
        }
        return next(op).subscribe(observer);
      });
}

/**
 * The links' fetch: tells the offline status whether each answer came from the
 * server or from the service worker's copy (which carries the time it was saved).
 */
export async function offlineAwareFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const response = await fetch(input, init);
  const savedAt = response.headers.get(SAVED_AT_HEADER);
  if (savedAt) offlineStatus.report({ type: "answeredFromCopy", savedAt: new Date(savedAt) });
  else if (response.status < 500) offlineStatus.report({ type: "answered", at: new Date() });
  return response;
}
