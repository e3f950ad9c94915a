import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import type { Context } from "./context";
import { MAX_BATCH_CALLS } from "./http-limits";
import { corsHeaders, isCrossSiteCookieWrite } from "./rest/cross-origin";
import type { RestCredentials } from "./rest/handler";
import { appRouter } from "./root";

export const TRPC_ENDPOINT = "/api/trpc";

/**
 * The tRPC HTTP edge (/api/trpc): the web app's route handler passes each
 * request here with the way to build its context (the session comes from
 * next-auth, which lives in the web app).
 */
export async function handleTrpcRequest(request: Request, credentials: RestCredentials, createContext: () => Promise<Context>): Promise<Response> {
  const cors = corsHeaders(request);
  if (request.method === "OPTIONS") return new Response(null, { status: 204, headers: cors });
  if (isCrossSiteCookieWrite(request, credentials)) {
    return Response.json(
      { error: { message: "Changes with the log-in cookie must come from the app's own pages. Programs send a bearer token.", code: -32003 } },
      { status: 403 },
    );
  }
  const response = await fetchRequestHandler({
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
  for (const [name, value] of Object.entries(cors)) response.headers.set(name, value);
  return response;
}
