import { handleTrpcRequest, requestContext } from "@planner/api/server";
import { clientIpFrom } from "~/server/client-ip";
import { requestCredentials } from "~/server/request-credentials";

// The handler's rules (batch limit, logging, cross-site refusals) live with the routers in @planner/api;
// only reading the cookie or bearer token is the web app's.
async function handler(request: Request) {
  const credentials = await requestCredentials(request.headers);
  return handleTrpcRequest(request, credentials, () =>
    requestContext({
      session: credentials.session,
      bearer: credentials.bearer,
      clientIp: clientIpFrom(request.headers),
      userAgent: request.headers.get("user-agent"),
    }),
  );
}

export { handler as GET, handler as POST, handler as OPTIONS };
