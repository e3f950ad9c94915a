import type { TestDatabase } from "@planner/db/testing";
import { createContext, type SessionClaims } from "../../src/context";
import { handleRestRequest } from "../../src/rest/handler";

export type RestRequest = {
  method: string;
  /** Below /api/v1, with its query string, e.g. "/schedules?from=…". */
  path: string;
  bearer?: string;
  session?: SessionClaims;
  /** An object is sent as JSON; a URLSearchParams as a form; a string as it is (as JSON unless `headers` names another content type). */
  body?: unknown;
  headers?: Record<string, string>;
  now?: () => Date;
  clientIp?: string;
};

export type RestAnswer<T = unknown> = { status: number; body: T; headers: Headers };

/** One request through the REST edge, in process, on the test database: as /api/v1 serves it. */
export async function sendRest<T = unknown>(db: TestDatabase, request: RestRequest): Promise<RestAnswer<T>> {
  const headers = new Headers(request.headers);
  if (request.bearer) headers.set("authorization", `Bearer ${request.bearer}`);
  let body: string | undefined;
  if (request.body instanceof URLSearchParams) {
    headers.set("content-type", "application/x-www-form-urlencoded");
    body = request.body.toString();
  } else if (request.body !== undefined) {
    if (!headers.has("content-type")) headers.set("content-type", "application/json");
    body = typeof request.body === "string" ? request.body : JSON.stringify(request.body);
  }
  const response = await handleRestRequest(
    new Request(`http://planner.test/api/v1${request.path}`, { method: request.method, headers, body }),
    { bearer: request.bearer ?? null, hasSessionCookie: request.session !== undefined },
    () =>
      Promise.resolve(
        createContext({ db, session: request.session ?? null, bearer: request.bearer ?? null, clientIp: request.clientIp ?? null, now: request.now, mailer: null }),
      ),
  );
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : null) as T, headers: response.headers };
}
