import SwaggerParser from "@apidevtools/swagger-parser";
import { createConfig, lintFromString } from "@redocly/openapi-core";
import type { AnyProcedure } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "../src/rest/document";
import { restRoutes } from "../src/rest/routes";
import { appRouter } from "../src/root";
import type { Meta } from "../src/trpc";

// /api/openapi.json is what client generators read: it must be valid OpenAPI
// 3.1 with no warning-level problem either, and say enough for a client
// (summaries, tags, answers with schemas, every error, dates as date-time,
// how to authenticate).

type Json = Record<string, unknown>;
type Operation = {
  operationId?: string;
  summary?: string;
  tags?: string[];
  security?: Record<string, string[]>[];
  parameters?: { name: string; in: string; schema?: Json }[];
  requestBody?: { content?: Record<string, { schema?: Json }> };
  responses: Record<string, { $ref?: string; content?: Record<string, { schema?: Json }> }>;
};

const document = openApiDocument() as unknown as Json & { paths: Record<string, Record<string, Operation>>; components: Json & { schemas: Record<string, Json> } };
const procedures = appRouter._def.procedures as unknown as Record<string, AnyProcedure>;
const routes = restRoutes(procedures);
const operations = Object.entries(document.paths).flatMap(([path, item]) =>
  Object.entries(item).map(([method, operation]) => [`${method.toUpperCase()} ${path}`, operation] as const),
);

const ERRORS_EVERY_OPERATION = ["400", "403", "404", "409", "429", "500"];

/** Every value in the document with its JSON pointer. */
function* walk(node: unknown, pointer = "#"): Generator<[string, unknown]> {
  yield [pointer, node];
  if (node === null || typeof node !== "object") return;
  for (const [key, value] of Object.entries(node)) yield* walk(value, `${pointer}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`);
}

function resolvePointer(pointer: string): unknown {
  return pointer
    .slice(2)
    .split("/")
    .map((part) => decodeURIComponent(part).replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce<unknown>((node, key) => (node !== null && typeof node === "object" ? (node as Json)[key] : undefined), document);
}

/** Every JSON schema in the document (components, parameters, bodies, answers) and the schemas inside them. */
function schemas(): [string, Json][] {
  const found: [string, Json][] = [];
  const visit = (schema: unknown, pointer: string) => {
    if (schema === null || typeof schema !== "object" || Array.isArray(schema)) return;
    const node = schema as Json;
    found.push([pointer, node]);
    for (const [key, child] of Object.entries((node.properties as Json | undefined) ?? {})) visit(child, `${pointer}/properties/${key}`);
    for (const key of ["items", "additionalProperties", "not"]) visit(node[key], `${pointer}/${key}`);
    for (const key of ["anyOf", "oneOf", "allOf"]) ((node[key] as unknown[] | undefined) ?? []).forEach((child, index) => visit(child, `${pointer}/${key}/${index}`));
  };
  for (const [name, schema] of Object.entries(document.components.schemas)) visit(schema, `#/components/schemas/${name}`);
  for (const [pointer, node] of walk(document.paths, "#/paths")) if (pointer.endsWith("/schema")) visit(node, pointer);
  return found;
}

describe("the OpenAPI document", () => {
  it("is valid OpenAPI 3.1 (swagger-parser)", async () => {
    // validate() dereferences in place: give it a copy.
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeTruthy();
  });

  it("has no problem, not even a warning, under Redocly's strict rules", async () => {
    const config = await createConfig({
      extends: ["recommended-strict"],
      rules: {
        // The project states no licence, so the document cannot name one.
        "info-license": "off",
        "info-license-strict": "off",
        "operation-tag-defined": "error",
        "operation-singular-tag": "error",
        "path-params-defined": "error",
        "paths-kebab-case": "error",
        "component-name-unique": "error",
        "spec-strict-refs": "error",
      },
    });
    const problems = await lintFromString({ source: JSON.stringify(document), absoluteRef: "/api/openapi.json", config });
    expect(problems.map((problem) => `${problem.severity} ${problem.ruleId}: ${problem.message} at ${problem.location[0]?.pointer ?? "?"}`)).toEqual([]);
  });

  it("describes every REST route, and nothing else", () => {
    expect(operations.map(([name]) => name).sort()).toEqual(routes.map((route) => `${route.method} ${route.template}`).sort());
  });

  it.each(operations)("%s has a summary, an operationId, one declared tag, an answer with a schema and every error", (_name, operation) => {
    const declaredTags = (document.tags as { name: string; description?: string }[]).filter((tag) => tag.description).map((tag) => tag.name);
    expect(operation.summary?.trim()).toBeTruthy();
    expect(operation.operationId).toMatch(/^[\w-]+$/);
    expect(operation.tags).toHaveLength(1);
    expect(declaredTags).toContain(operation.tags![0]);
    const success = Object.entries(operation.responses).filter(([status]) => status.startsWith("2"));
    expect(success.length).toBeGreaterThan(0);
    for (const [, response] of success) expect(response.content?.["application/json"]?.schema).toBeTruthy();
    const protectedOperation = (operation.security ?? []).length > 0;
    const errors = Object.keys(operation.responses).filter((status) => !status.startsWith("2"));
    expect(errors.sort()).toEqual([...ERRORS_EVERY_OPERATION, ...(protectedOperation ? ["401"] : [])].sort());
    for (const status of errors) expect(operation.responses[status]!.$ref).toBe(`#/components/responses/Error${status}`);
  });

  it("has no empty schema", () => {
    expect(schemas().filter(([, schema]) => Object.keys(schema).length === 0).map(([pointer]) => pointer)).toEqual([]);
  });

  it("every $ref resolves", () => {
    const refs = [...walk(document)].filter(([pointer, value]) => pointer.endsWith("/$ref") && typeof value === "string").map(([, ref]) => ref as string);
    expect(refs.length).toBeGreaterThan(0);
    expect(refs.filter((ref) => !ref.startsWith("#/") || resolvePointer(ref) === undefined)).toEqual([]);
  });

  it("describes both credentials, and each protected operation accepts either", () => {
    const schemes = (document.components.securitySchemes ?? {}) as Record<string, Json>;
    expect(schemes.bearer).toMatchObject({ type: "http", scheme: "bearer" });
    expect(schemes.cookie).toMatchObject({ type: "apiKey", in: "cookie" });
    for (const route of routes) {
      const operation = document.paths[route.template]![route.method.toLowerCase()]!;
      const isPublic = (procedures[route.procedurePath]!._def.meta as Meta).access === "public";
      expect(operation.security, `${route.method} ${route.template}`).toEqual(isPublic ? [] : [{ bearer: [] }, { cookie: [] }]);
    }
  });

  it("gives every date as a date-time string, in inputs and answers", () => {
    const dateNamed = /(At|^from|^to)$/;
    const strings = schemas().filter(([pointer, schema]) => schema.type === "string" && dateNamed.test(pointer.split("/").at(-1) ?? ""));
    const parameters = operations.flatMap(([name, operation]) =>
      (operation.parameters ?? []).filter((parameter) => dateNamed.test(parameter.name)).map((parameter) => [`${name} ?${parameter.name}`, parameter.schema] as const),
    );
    expect(strings.length).toBeGreaterThan(20);
    expect(parameters.length).toBeGreaterThan(3);
    expect(strings.filter(([, schema]) => schema.format !== "date-time").map(([pointer]) => pointer)).toEqual([]);
    expect(parameters.filter(([, schema]) => schema?.format !== "date-time").map(([name]) => name)).toEqual([]);
    // Through a $ref, inside a list, and either side of null.
    expect(resolvePointer("#/components/schemas/Schedule/properties/startAt")).toMatchObject({ type: "string", format: "date-time" });
    expect(resolvePointer("#/components/schemas/Notification/properties/readAt/anyOf/0")).toMatchObject({ type: "string", format: "date-time" });
  });

  it("gives examples in every named schema", () => {
    const withoutExample = Object.entries(document.components.schemas)
      .filter(([name]) => name !== "Error")
      .filter(([name]) => ![...walk(document.components.schemas[name])].some(([pointer]) => /\/examples?$/.test(pointer)))
      .map(([name]) => name);
    expect(withoutExample).toEqual([]);
  });
});
