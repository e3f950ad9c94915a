"use client";

import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink, httpLink, splitLink } from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import { Suspense, useState, type ReactNode } from "react";
import superjson from "superjson";
import type { AppRouter } from "@planner/api";
import { MAX_BATCH_CALLS } from "@planner/api/http-limits";
import { OFFLINE_QUERIES, USER_KEY_HEADER } from "~/features/connection/offline-cache-policy";
import { offlineAwareFetch, offlineGuardLink } from "~/features/connection/offline-link";
import { RefetchWhenBackOnline } from "~/features/connection/refetch-when-back";
import { handleApiError, type SessionEndedEffects } from "~/features/session-ended/events";
import { SessionEndedNotice } from "~/features/session-ended/session-ended-notice";

export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

/** Every query's and mutation's failure passes here too (a session that ended), besides the page's own handling. */
function makeQueryClient(effects: SessionEndedEffects) {
  const onError = (error: unknown) => void handleApiError(error, effects);
  return new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      // offlineFirst: asked even while the browser says it is offline, so that the
      // service worker can answer with its copy (react-query would otherwise wait).
      queries: { staleTime: 30_000, retry: (count, error) => count < 2 && !isClientError(error), networkMode: "offlineFirst" },
      // "always": sent at once, so that offline it is refused at once (offlineGuardLink)
      // rather than held and sent by itself later, when the page may show something else.
      mutations: { networkMode: "always" },
    },
  });
}

/** 4xx answers will not get better by asking again. */
function isClientError(error: unknown): boolean {
  const status = (error as { data?: { httpStatus?: number } } | null)?.data?.httpStatus;
  return typeof status === "number" && status >= 400 && status < 500;
}

/**
 * `offlineUserKey`: whose pages these are (server/offline-user-key.ts). With it, the reads
 * that the service worker keeps for offline go one per request, each with the key, so
 * that each is kept and found again on its own (a batch is put together differently
 * from one page load to the next) and only for this person.
 */
export function TrpcReactProvider({ children, offlineUserKey }: { children: ReactNode; offlineUserKey?: string }) {
  const [sessionEnded, setSessionEnded] = useState(false);
  const [queryClient] = useState(() => makeQueryClient({ showSessionEnded: () => setSessionEnded(true) }));
  const [trpcClient] = useState(() => {
    const url = "/api/trpc";
    // The server refuses larger batches; the link splits a bigger burst into several requests.
    const batched = httpBatchLink({ url, transformer: superjson, maxItems: MAX_BATCH_CALLS, fetch: offlineAwareFetch });
    return createTRPCClient<AppRouter>({
      links: [
        offlineGuardLink(),
        offlineUserKey
          ? splitLink({
              condition: (op) => op.type === "query" && OFFLINE_QUERIES.has(op.path),
              true: httpLink({ url, transformer: superjson, fetch: offlineAwareFetch, headers: { [USER_KEY_HEADER]: offlineUserKey } }),
              false: batched,
            })
          : batched,
      ],
    });
  });

  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
        <RefetchWhenBackOnline />
        {sessionEnded && (
          // At the top, clear of the toasts (bottom); useSearchParams wants a boundary of its own.
          <Suspense fallback={null}>
            <SessionEndedNotice />
          </Suspense>
        )}
      </TRPCProvider>
    </QueryClientProvider>
  );
}
