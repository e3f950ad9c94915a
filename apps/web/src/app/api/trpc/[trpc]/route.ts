import { handleTrpcRequest, requestContext } from "@planner/api/server";
import { clientIpFrom } from "~/server/client-ip";
import { sessionFromCookie } from "~/server/session-token";

// The handler's rules (batch limit, logging) live with the routers in @planner/api; only the session is the web app's.
function handler(request: Request) {
  return handleTrpcRequest(request, async () => requestContext({ session: await sessionFromCookie(request.headers), clientIp: clientIpFrom(request.headers) }));
}

export { handler as GET, handler as POST };
