import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import type { Context } from "./context";
import { MAX_BATCH_CALLS } from "./http-limits";
import { appRouter } from "./root";

export const TRPC_ENDPOINT = "/api/trpc";

/**
 * The tRPC HTTP edge (/api/trpc): the web app's route handler passes each
 * request here with the way to build its context (the session comes from
 * next-auth, which lives in the web app).
 */
export function handleTrpcRequest(request: Request, createContext: () => Promise<Context>): Promise<Response> {
  return fetchRequestHandler({
    endpoint: TRPC_ENDPOINT,
    req: request,
    router: appRouter,
    // Refused before the body is read, the session looked up or any procedure
    // runs; the error formatter words tRPC's refusal (errors.ts).
    maxBatchSize: MAX_BATCH_CALLS,
    createContext,
    onError({ error, path }) {
      // Expected errors are the client's business; only surprises are logged, once.
      if (error.code === "INTERNAL_SERVER_ERROR") {
        console.error(`[trpc] ${path ?? "<no path>"} failed:`, error.cause ?? error);
      }
    },
  });
}
