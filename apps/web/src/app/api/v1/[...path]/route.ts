import { handleRestRequest, requestContext } from "@planner/api/server";
import { clientIpFrom } from "~/server/client-ip";
import { requestCredentials } from "~/server/request-credentials";

// /api/v1: the REST face of the same procedures; its rules live with the routers in @planner/api.
async function handler(request: Request) {
  const credentials = await requestCredentials(request.headers);
  return handleRestRequest(request, credentials, () =>
    requestContext({
      session: credentials.session,
      bearer: credentials.bearer,
      clientIp: clientIpFrom(request.headers),
      userAgent: request.headers.get("user-agent"),
    }),
  );
}

export { handler as GET, handler as POST, handler as PATCH, handler as PUT, handler as DELETE, handler as OPTIONS };
