import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { MAX_BODY_BYTES, MAX_IMPORT_BODY_BYTES, bodyTooLargeMessage, readBodyWithin } from "./body-limit";
import type { Context } from "./context";
import { MAX_BATCH_CALLS } from "./http-limits";
import { corsHeaders, isCrossSiteCookieWrite } from "./rest/cross-origin";
import type { RestCredentials } from "./rest/handler";
import { appRouter } from "./root";

export const TRPC_ENDPOINT = "/api/trpc";

/** What /api/trpc answers: queries by GET (or HEAD), changes by POST, and CORS preflights. */
const TRPC_METHODS = ["GET", "HEAD", "POST", "OPTIONS"];

/**
 * The tRPC HTTP edge (/api/trpc): the web app's route handler passes each
 * request here with the way to build its context (the session comes from
 * next-auth, which lives in the web app).
 */
export async function handleTrpcRequest(request: Request, credentials: RestCredentials, createContext: () => Promise<Context>): Promise<Response> {
  const cors = corsHeaders(request);
  if (request.method === "OPTIONS") return new Response(null, { status: 204, headers: cors });
  if (!TRPC_METHODS.includes(request.method)) {
    // tRPC itself answers another method with a 415 about the content type.
    return Response.json(
      { error: { message: "Use GET for a query and POST for a change.", code: -32005, data: { code: "METHOD_NOT_SUPPORTED", httpStatus: 405 } } },
      { status: 405, headers: { ...cors, Allow: TRPC_METHODS.join(", ") } },
    );
  }
  if (isCrossSiteCookieWrite(request, credentials)) {
    return Response.json(
      { error: { message: "Changes with the log-in cookie must come from the app's own pages. Programs send a bearer token.", code: -32003 } },
      { status: 403 },
    );
  }
  const bodyLimit = bodyLimitFor(request);
  const read = await withBodyRead(request, bodyLimit);
  if (!read) {
    const message = bodyTooLargeMessage(bodyLimit);
    return Response.json({ error: { message, code: -32413, data: { code: "PAYLOAD_TOO_LARGE", httpStatus: 413 } } }, { status: 413, headers: cors });
  }
  const response = await fetchRequestHandler({
    endpoint: TRPC_ENDPOINT,
    req: read,
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
  // tRPC labels some of its own refusals (a batch over the limit) text/plain; every body it writes is JSON.
  if (response.headers.get("content-type")?.startsWith("text/plain")) response.headers.set("content-type", "application/json");
  return response;
}

// The procedures whose calls carry a calendar file or its events (body-limit.ts).
const IMPORT_PROCEDURES = new Set(["schedule.importPreview", "schedule.importBatch"]);

/** The body limit of a call or batch ("/api/trpc/a,b"): the import's when it has one of the import's procedures. */
function bodyLimitFor(request: Request): number {
  const paths = new URL(request.url).pathname.slice(TRPC_ENDPOINT.length + 1).split(",");
  return paths.some((path) => IMPORT_PROCEDURES.has(path)) ? MAX_IMPORT_BODY_BYTES : MAX_BODY_BYTES;
}

/**
 * The request with its body read within the limit (tRPC itself would read any
 * amount), or null when the body is longer. A request without a body passes as it is.
 */
async function withBodyRead(request: Request, maxBytes: number): Promise<Request | null> {
  if (request.method !== "POST") return request;
  const body = await readBodyWithin(request, maxBytes);
  if (body === null) return null;
  return new Request(request.url, { method: request.method, headers: request.headers, body, signal: request.signal });
}
