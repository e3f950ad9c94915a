import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter, createContext } from "@planner/api";
import { getDatabase } from "@planner/db";
import { auth } from "~/server/auth";
import { clientIpFrom } from "~/server/client-ip";
import { sessionClaims } from "~/server/session-claims";

function handler(request: Request) {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req: request,
    router: appRouter,
    async createContext() {
      return createContext({
        db: await getDatabase(),
        session: sessionClaims(await auth()),
        clientIp: clientIpFrom(request.headers),
      });
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
