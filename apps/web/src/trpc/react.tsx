"use client";

import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import { Suspense, useState, type ReactNode } from "react";
import superjson from "superjson";
import type { AppRouter } from "@planner/api";
import { MAX_BATCH_CALLS } from "@planner/api/http-limits";
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
      queries: { staleTime: 30_000, retry: (count, error) => count < 2 && !isClientError(error) },
    },
  });
}

/** 4xx answers will not get better by asking again. */
function isClientError(error: unknown): boolean {
  const status = (error as { data?: { httpStatus?: number } } | null)?.data?.httpStatus;
  return typeof status === "number" && status >= 400 && status < 500;
}

export function TrpcReactProvider({ children }: { children: ReactNode }) {
  const [sessionEnded, setSessionEnded] = useState(false);
  const [queryClient] = useState(() => makeQueryClient({ showSessionEnded: () => setSessionEnded(true) }));
  const [trpcClient] = useState(() =>
    createTRPCClient<AppRouter>({
      // The server refuses larger batches; the link splits a bigger burst into several requests.
      links: [httpBatchLink({ url: "/api/trpc", transformer: superjson, maxItems: MAX_BATCH_CALLS })],
    }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
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
