import type { AnyProcedure } from "@trpc/server";
import { MAX_BODY_BYTES, bodyTooLargeMessage, readBodyWithin } from "../body-limit";
import type { Context } from "../context";
import { appRouter, createCaller } from "../root";
import { corsHeaders, isCrossSiteCookieWrite } from "./cross-origin";
import { edgeError, restError, type RestError } from "./error-body";
import { procedureInput, textFields, inputShape } from "./input";
import { matchRoute, restRoutes, type RestRoute } from "./routes";

export const REST_ENDPOINT = "/api/v1";

// At run time _def.procedures is flat ("schedule.byId"); its static type is nested.
const procedures = appRouter._def.procedures as unknown as Record<string, AnyProcedure>;
const routes = restRoutes(procedures);

export type RestCredentials = {
  /** The `Authorization: Bearer` secret, if any: it alone then decides who is calling. */
  bearer: string | null;
  /** Whether the request carried a session cookie (for the cross-site check). */
  hasSessionCookie: boolean;
};

/**
 * /api/v1: the same procedures as /api/trpc, by resource path and verb, with
 * plain JSON (dates as ISO 8601 strings) and one error shape. The web app's
 * route handler passes each request here with the way to build its context
 * (the session cookie is the web app's to read).
 */
export async function handleRestRequest(
  request: Request,
  credentials: RestCredentials,
  createContext: () => Promise<Context>,
): Promise<Response> {
  const cors = corsHeaders(request);
  if (request.method === "OPTIONS") return new Response(null, { status: 204, headers: cors });
  const respond = (status: number, body: unknown, headers: Record<string, string> = {}) =>
    Response.json(body, { status, headers: { ...cors, ...headers, "Cache-Control": "no-store" } });
  const fail = (error: RestError) => respond(error.status, error.body, error.headers);

  const url = new URL(request.url);
  const path = url.pathname.slice(REST_ENDPOINT.length) || "/";
  const match = matchRoute(routes, request.method, path);
  if (!match) return fail(edgeError("NOT_FOUND", `There is no API route ${request.method} ${REST_ENDPOINT}${path}. See /api/openapi.json.`));
  if ("allowed" in match) {
    return fail(edgeError("METHOD_NOT_SUPPORTED", `${request.method} is not allowed here; use ${match.allowed.join(" or ")}.`, { Allow: match.allowed.join(", ") }));
  }
  if (isCrossSiteCookieWrite(request, credentials)) {
    return fail(edgeError("FORBIDDEN", "Changes with the log-in cookie must come from the app's own pages. Programs send a bearer token."));
  }

  const { route, params } = match;
  const procedure = procedures[route.procedurePath]!;
  const fields = await readFields(request, route, url, procedure);
  if ("error" in fields) return fail(fields.error);

  try {
    const caller = createCaller(await createContext());
    const call = route.procedurePath.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (input: unknown) => Promise<unknown>;
    const hasInput = procedure._def.inputs.length > 0;
    const data = await call(hasInput ? procedureInput(procedure._def.inputs[0], fields.value, fields.source, params) : undefined);
    return respond(200, data ?? null);
  } catch (thrown) {
    const error = restError(thrown, credentials.bearer !== null);
    if (error.status >= 500) console.error(`[rest] ${route.method} ${route.template} failed:`, thrown);
    return fail(error);
  }
}

type Fields = { value: unknown; source: "json" | "text" } | { error: RestError };

async function readFields(request: Request, route: RestRoute, url: URL, procedure: AnyProcedure): Promise<Fields> {
  const shape = inputShape(procedure._def.inputs[0]);
  if (route.method === "GET" || route.method === "DELETE") return { value: textFields(url.searchParams, shape), source: "text" };
  const text = await readBodyWithin(request, MAX_BODY_BYTES);
  if (text === null) return { error: edgeError("PAYLOAD_TOO_LARGE", bodyTooLargeMessage(MAX_BODY_BYTES)) };
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (text.trim() === "") return { value: undefined, source: "json" };
  if (type === "application/x-www-form-urlencoded" && route.contentTypes.includes(type)) {
    return { value: textFields(new URLSearchParams(text), shape), source: "text" };
  }
  if (type !== "application/json") {
    return { error: edgeError("UNSUPPORTED_MEDIA_TYPE", `Send the body as ${route.contentTypes.join(" or ")}.`) };
  }
  try {
    return { value: JSON.parse(text) as unknown, source: "json" };
  } catch {
    return { error: edgeError("BAD_REQUEST", "The request body is not valid JSON.") };
  }
}
