import type { AnyProcedure } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { inputShape } from "../src/rest/input";
import { matchRoute, restRoutes, type RestRoute } from "../src/rest/routes";
import { appRouter } from "../src/root";
import { authedProcedure, router, type Meta } from "../src/trpc";

// The REST edge is built from the procedures' meta: each procedure either has
// a route (`openapi`, with an output schema) or says why not (`internal`).
// Walks every procedure, so one added later without either fails here.

// At run time _def.procedures is flat ("auth.signUp"); its static type is nested.
const proceduresOf = (someRouter: { _def: { procedures: unknown } }) => someRouter._def.procedures as Record<string, AnyProcedure>;
const procedures = proceduresOf(appRouter);
const routes = restRoutes(procedures);

/** What is wrong with one procedure's REST meta; empty when nothing is. */
function metaProblems(procedure: AnyProcedure): string[] {
  const meta = procedure._def.meta as Meta | undefined;
  const hasRoute = meta?.openapi !== undefined && meta.openapi.enabled !== false;
  const hasReason = typeof meta?.internal === "string" && meta.internal.trim().length > 0;
  if (hasRoute === hasReason) return [hasRoute ? "has both a REST route and an internal reason" : "has neither a REST route (meta.openapi) nor an internal reason (meta.internal)"];
  if (!hasRoute) return [];
  const openapi = meta.openapi!;
  const problems: string[] = [];
  if (!openapi.summary?.trim()) problems.push("has no summary");
  if (!openapi.tags?.length) problems.push("has no tag");
  if (!(procedure._def as { output?: unknown }).output) problems.push("has no output schema");
  // A read-only token may call queries only: a GET must be one, and nothing else may.
  if ((openapi.method === "GET") !== (procedure._def.type === "query")) problems.push(`is a ${procedure._def.type} served by ${openapi.method}`);
  return problems;
}

/** Path parameters the procedure's input has no field for. */
function strayPathParams(route: RestRoute, from: Record<string, AnyProcedure>): string[] {
  const shape = inputShape(from[route.procedurePath]!._def.inputs[0]) ?? {};
  return route.paramNames.filter((name) => !(name in shape));
}

/** Routes with the same method and path but for the names of their parameters. */
function shapeClashes(table: RestRoute[]): string[] {
  const shapes = table.map((route) => `${route.method} ${route.template.replace(/\{\w+\}/g, "{}")}`);
  return shapes.filter((shape, index) => shapes.indexOf(shape) !== index);
}

/**
 * Routes another one shadows: a path of the route's own (an id in each
 * parameter) reaches a different procedure. /schedules/pages and
 * /schedules/{id} overlap by design; the literal one must win for its path,
 * and the parameter one for any other value.
 */
function shadowedRoutes(table: RestRoute[]): string[] {
  return table
    .filter((route) => {
      const match = matchRoute(table, route.method, route.template.replace(/\{\w+\}/g, "0197a000-0000-7000-8000-000000000001"));
      return !(match && "route" in match && match.route.procedurePath === route.procedurePath);
    })
    .map((route) => `${route.method} ${route.template}`);
}

const testRoute = (method: "GET" | "DELETE", path: `/${string}`, summary: string) => ({ openapi: { method, path, tags: ["test"], summary } });

describe("REST meta", () => {
  it("finds routes to check", () => {
    expect(routes.length).toBeGreaterThan(10);
  });

  it.each(Object.entries(procedures))("%s has exactly one of a REST route or an internal reason", (_path, procedure) => {
    expect(metaProblems(procedure)).toEqual([]);
  });

  it("the check fails a procedure that has neither, or both", () => {
    const bare = router({ bare: authedProcedure.query(() => null) });
    const both = router({
      both: authedProcedure
        .meta({ internal: "test", ...testRoute("GET", "/both", "Both") })
        .output(z.null())
        .query(() => null),
    });
    const mutationByGet = router({
      write: authedProcedure.meta(testRoute("GET", "/write", "Write")).output(z.null()).mutation(() => null),
    });
    expect(metaProblems(proceduresOf(bare).bare!)).toEqual(["has neither a REST route (meta.openapi) nor an internal reason (meta.internal)"]);
    expect(metaProblems(proceduresOf(both).both!)).toEqual(["has both a REST route and an internal reason"]);
    expect(metaProblems(proceduresOf(mutationByGet).write!)).toEqual(["is a mutation served by GET"]);
  });
});

describe("REST routes", () => {
  it.each(routes.map((route) => [`${route.method} ${route.template}`, route] as const))("%s: every path parameter is a field of the input", (_name, route) => {
    expect(strayPathParams(route, procedures)).toEqual([]);
  });

  it("no two routes clash, and none is shadowed by another", () => {
    expect(shapeClashes(routes)).toEqual([]);
    expect(shadowedRoutes(routes)).toEqual([]);
  });

  it("the route checks catch a clash and a stray path parameter", () => {
    const clashing = router({
      a: authedProcedure.meta(testRoute("GET", "/things/{id}", "A")).input(z.object({ id: z.string() })).output(z.null()).query(() => null),
      b: authedProcedure.meta(testRoute("GET", "/things/{name}", "B")).input(z.object({ name: z.string() })).output(z.null()).query(() => null),
      c: authedProcedure.meta(testRoute("DELETE", "/things/{thingId}", "C")).input(z.object({ id: z.string() })).output(z.null()).mutation(() => null),
    });
    const table = restRoutes(proceduresOf(clashing));
    expect(shapeClashes(table)).toEqual(["GET /things/{}"]);
    expect(shadowedRoutes(table)).toEqual(["GET /things/{name}"]);
    expect(table.flatMap((route) => strayPathParams(route, proceduresOf(clashing)))).toEqual(["thingId"]);
  });
});
