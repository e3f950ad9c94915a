import { handleRestRequest, handleTrpcRequest, requestContext } from "@planner/api/server";
import { clientIpFrom } from "./client-ip";
import { requestCredentials, type RequestCredentials } from "./request-credentials";

// The two API edges, as fetch handlers. Next's route files (app/api/trpc, app/api/v1)
// export them, and in production direct-api.ts calls them before Next routes the
// request. Their rules (batch limit, logging, cross-site refusals) live with the
// routers in @planner/api; only reading the cookie or bearer token is the web app's.

function contextFor(request: Request, credentials: RequestCredentials) {
  return () =>
    requestContext({
      session: credentials.session,
      bearer: credentials.bearer,
      clientIp: clientIpFrom(request.headers),
      userAgent: request.headers.get("user-agent"),
    });
}

/** /api/trpc: the app's own pages. */
export async function trpcHandler(request: Request): Promise<Response> {
  const credentials = await requestCredentials(request.headers);
  return handleTrpcRequest(request, credentials, contextFor(request, credentials));
}

/** /api/v1: the REST face of the same procedures. */
export async function restHandler(request: Request): Promise<Response> {
  const credentials = await requestCredentials(request.headers);
  return handleRestRequest(request, credentials, contextFor(request, credentials));
}
