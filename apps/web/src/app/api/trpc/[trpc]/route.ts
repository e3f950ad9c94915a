import { handleTrpcRequest, requestContext } from "@planner/api/server";
import { auth } from "~/server/auth";
import { clientIpFrom } from "~/server/client-ip";
import { sessionClaims } from "~/server/session-claims";

// The handler's rules (batch limit, logging) live with the routers in @planner/api; only the session is the web app's.
function handler(request: Request) {
  return handleTrpcRequest(request, async () => requestContext({ session: sessionClaims(await auth()), clientIp: clientIpFrom(request.headers) }));
}

export { handler as GET, handler as POST };
