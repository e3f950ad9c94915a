import type { TestDatabase } from "@planner/db/testing";
import { createContext } from "../../src/context";
import { handleTrpcRequest } from "../../src/http-handler";
import { handleRestRequest, type RestCredentials } from "../../src/rest/handler";

// `fetch` for generated and typed clients, answered in process by the real
// HTTP handlers (the ones /api/v1 and /api/trpc serve) on the test database.
// The credentials are read from the request as the web app's edge reads them
// (apps/web/src/server/request-credentials.ts): a bearer token, never a cookie.

const BEARER = /^Bearer\s+(\S+)\s*$/i;

function credentialsOf(request: Request): RestCredentials {
  const authorization = request.headers.get("authorization");
  return { bearer: authorization === null ? null : (BEARER.exec(authorization)?.[1] ?? authorization), hasSessionCookie: false };
}

type Handler = typeof handleRestRequest;

function inProcess(handler: Handler, db: TestDatabase, now: () => Date) {
  return (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const credentials = credentialsOf(request);
    return handler(request, credentials, () =>
      Promise.resolve(createContext({ db, session: null, bearer: credentials.bearer, userAgent: request.headers.get("user-agent"), now, mailer: null })),
    );
  };
}

/** http://planner.test/api/v1/… served by handleRestRequest. */
export const restFetch = (db: TestDatabase, now: () => Date) => inProcess(handleRestRequest, db, now);

/** http://planner.test/api/trpc/… served by handleTrpcRequest. */
export const trpcFetch = (db: TestDatabase, now: () => Date) => inProcess(handleTrpcRequest, db, now);
