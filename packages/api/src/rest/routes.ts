import type { AnyProcedure } from "@trpc/server";
import type { Meta } from "../trpc-core";

export type RestMethod = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

/** One REST route: a procedure's `openapi` meta, compiled to a matcher. */
export type RestRoute = {
  method: RestMethod;
  /** As written in the meta, e.g. "/schedules/{id}". */
  template: string;
  /** The procedure's path in the router, e.g. "schedule.byId". */
  procedurePath: string;
  type: "query" | "mutation";
  contentTypes: string[];
  pattern: RegExp;
  paramNames: string[];
};

export type RouteMatch = { route: RestRoute; params: Record<string, string> };

/** Every procedure of the router that has a REST route (`meta.openapi`). */
export function restRoutes(procedures: Record<string, AnyProcedure>): RestRoute[] {
  const routes: RestRoute[] = [];
  for (const [procedurePath, procedure] of Object.entries(procedures)) {
    const meta = procedure._def.meta as Meta | undefined;
    const openapi = meta?.openapi;
    if (!openapi || openapi.enabled === false) continue;
    const paramNames = [...openapi.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
    // Escape what a literal segment may hold, then let each {param} take one segment.
    const source = openapi.path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{(\w+)\}/g, "([^/]+)");
    routes.push({
      method: openapi.method,
      template: openapi.path,
      procedurePath,
      type: procedure._def.type as "query" | "mutation",
      contentTypes: openapi.contentTypes ?? ["application/json"],
      pattern: new RegExp(`^${source}$`),
      paramNames,
    });
  }
  // Literal segments before parameters: /schedules/pages before /schedules/{id}.
  return routes.sort((a, b) => a.paramNames.length - b.paramNames.length);
}

/** The route for a method and path (below /api/v1), or what the path allows when only the method is wrong. */
export function matchRoute(routes: RestRoute[], method: string, path: string): RouteMatch | { allowed: RestMethod[] } | null {
  const allowed: RestMethod[] = [];
  for (const route of routes) {
    const match = route.pattern.exec(path);
    if (!match) continue;
    if (route.method !== method) {
      allowed.push(route.method);
      continue;
    }
    const params: Record<string, string> = {};
    route.paramNames.forEach((name, index) => {
      params[name] = safeDecode(match[index + 1]!);
    });
    return { route, params };
  }
  return allowed.length > 0 ? { allowed } : null;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // not valid percent-encoding: the schema refuses it as it stands
  }
}
