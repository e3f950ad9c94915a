import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter, requestContext } from "@planner/api/server";
import { auth } from "~/server/auth";
import { clientIpFrom } from "~/server/client-ip";
import { sessionClaims } from "~/server/session-claims";

function handler(request: Request) {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req: request,
    router: appRouter,
    async createContext() {
      return requestContext({ session: sessionClaims(await auth()), clientIp: clientIpFrom(request.headers) });
    },
    onError({ error, path }) {
      // Expected errors are the client's business; only surprises are logged, once.
      if (error.code === "INTERNAL_SERVER_ERROR") {
        console.error(`[trpc] ${path ?? "<no path>"} failed:`, error.cause ?? error);
      }
    },
  });
}

export { handler as GET, handler as POST };
