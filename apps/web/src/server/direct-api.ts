import compression from "compression";
import type { IncomingMessage, ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { restHandler, trpcHandler } from "./api-handlers";
import { REST_PATH, STRICT_TRANSPORT_SECURITY, TRPC_PATH, apiSecurityHeaders, fixedSecurityHeaders } from "./security-headers";

/**
 * The API, answered by Node's HTTP server before Next.js routes the request
 * (production only; installed by server/http-hooks.ts). A calendar request
 * spent a quarter of the server's CPU in Next's routing and in turning Node's
 * request into a route handler's and back (pnpm bench:http, CPU profile),
 * none of which the API uses: it has no pages, no middleware (the matcher
 * skips it) and no per-request headers from Next. The handlers are the very
 * ones Next's route files export (api-handlers.ts), so both paths answer alike;
 * Next still answers what this leaves alone (development, where its route
 * files reload on change; other methods, which it refuses with 405; paths it
 * would redirect or normalise).
 */

export type Route = { prefix: string; handler: (request: Request) => Promise<Response>; methods: ReadonlySet<string> };

const ROUTES: readonly Route[] = [
  { prefix: `${TRPC_PATH}/`, handler: trpcHandler, methods: new Set(["GET", "HEAD", "POST", "OPTIONS"]) },
  { prefix: `${REST_PATH}/`, handler: restHandler, methods: new Set(["GET", "HEAD", "POST", "PATCH", "PUT", "DELETE", "OPTIONS"]) },
];

// What Next would not hand to the route as it is: a trailing slash (redirected),
// empty or dot segments and encoded slashes (normalised).
const UNUSUAL_PATH = /\/$|\/\/|\/\.\.?(?:\/|$)|%2f|%5c|\\/i;

// Next compresses its answers with this same package (`compress`, on by default).
const compress = compression();

/** The API route that answers this request here, or null for Next to route it. */
export function directRouteFor(method: string | undefined, target: string | undefined): Route | null {
  const pathname = (target ?? "").split("?", 1)[0]!;
  const route = ROUTES.find((candidate) => pathname.startsWith(candidate.prefix));
  if (!route || !route.methods.has(method ?? "") || UNUSUAL_PATH.test(pathname)) return null;
  return route;
}

/** Whether the request is the API's to answer here; when true, the response is (being) written. */
export function serveApiDirectly(request: IncomingMessage, response: ServerResponse): boolean {
  const route = directRouteFor(request.method, request.url);
  if (!route) return false;
  compress(request as Parameters<typeof compress>[0], response as Parameters<typeof compress>[1], () => {
    answer(route, request, response).catch((error: unknown) => {
      // The handlers map every error to a response; this is for a broken connection or a bug in here.
      console.error(`[api] ${request.method} ${route.prefix} failed:`, error);
      if (!response.headersSent) {
        response.writeHead(500, { "Content-Type": "application/json", ...apiSecurityHeaders });
        response.end('{"error":{"code":"internal","message":"Something went wrong on our side."}}');
      } else response.destroy();
    });
  });
  return true;
}

async function answer(route: Route, request: IncomingMessage, response: ServerResponse) {
  // A HEAD is answered as Next answers it: the GET's status and headers, no body.
  const method = request.method === "HEAD" ? "GET" : request.method!;
  const answered = await route.handler(toFetchRequest(request, method));
  const headers: Record<string, string | string[]> = { ...fixedSecurityHeaders, ...apiSecurityHeaders };
  if (request.headers["x-forwarded-proto"] === "https") headers["Strict-Transport-Security"] = STRICT_TRANSPORT_SECURITY;
  answered.headers.forEach((value, name) => {
    if (name !== "set-cookie") headers[name] = value;
  });
  const cookies = answered.headers.getSetCookie();
  if (cookies.length > 0) headers["set-cookie"] = cookies;
  const body = request.method === "HEAD" || !answered.body ? null : Buffer.from(await answered.arrayBuffer());
  response.writeHead(answered.status, headers);
  response.end(body);
}

/**
 * The fetch Request a route handler would get, with the forwarding headers
 * Next adds when the client sent none (the cookie's name and the cross-site
 * check read them).
 */
function toFetchRequest(request: IncomingMessage, method: string): Request {
  const secure = "encrypted" in request.socket && request.socket.encrypted === true;
  const incoming = request.headers;
  incoming["x-forwarded-host"] ??= incoming.host;
  incoming["x-forwarded-port"] ??= String(request.socket.localPort ?? "");
  incoming["x-forwarded-proto"] ??= secure ? "https" : "http";
  incoming["x-forwarded-for"] ??= request.socket.remoteAddress;
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else headers.set(name, value);
  }
  // Only the path and query are read from the URL; the Host header can be anything a client
  // sends, and an unparsable one must not turn into a 500 here.
  const url = `http://localhost${request.url}`;
  const hasBody = method !== "GET"; // a HEAD arrives here as its GET
  return new Request(url, {
    method,
    headers,
    ...(hasBody ? { body: Readable.toWeb(request) as ReadableStream<Uint8Array>, duplex: "half" } : {}),
  });
}
