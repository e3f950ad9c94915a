import { handleRestRequest, handleTrpcRequest, requestContext } from "@planner/api/server";
import { USER_KEY_HEADER } from "~/features/connection/offline-cache-policy";
import { clientIpFrom } from "./client-ip";
import { offlineUserKey } from "./offline-user-key";
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
  const response = await handleTrpcRequest(request, credentials, contextFor(request, credentials));
  return labelledForOffline(request, response, credentials);
}

/**
 * A read answered for a logged-in person carries whose it is, so that the
 * service worker files its offline copy under that person only (it keeps the
 * reads listed in features/connection/offline-cache-policy.ts, nothing else).
 */
function labelledForOffline(request: Request, response: Response, credentials: RequestCredentials): Response {
  if (request.method !== "GET" || response.status !== 200 || !credentials.session) return response;
  response.headers.set(USER_KEY_HEADER, offlineUserKey(credentials.session.userId));
  return response;
}

/** /api/v1: the REST face of the same procedures. */
export async function restHandler(request: Request): Promise<Response> {
  const credentials = await requestCredentials(request.headers);
  return handleRestRequest(request, credentials, contextFor(request, credentials));
}
