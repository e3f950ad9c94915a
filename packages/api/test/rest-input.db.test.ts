import { describe, expect, vi } from "vitest";
import { apiTest, openSharedDb } from "./fixture";
import { TABLE, clock } from "./procedure-table";
import { fieldTypesOf, inputFieldsOf } from "./support/input-fields";
import { restorableWorld } from "./support/restorable-world";
import { sendRest } from "./support/rest-http";
import {
  TABLE_ACTOR,
  buildRestWorld,
  errorShapeProblems,
  isPublic,
  procedures,
  restRequestOf,
  routes,
  type ErrorBody,
  type RestActor,
  type RestWorld,
} from "./support/rest-world";
import type { RestRoute } from "../src/rest/routes";

// An attacker's probes at every REST route (as input-hygiene.db.test.ts does
// for tRPC): a NUL byte in each text field, dates out of range or not ISO 8601,
// values of the wrong type, unknown keys, bodies that are not a JSON object,
// a path parameter that tries SQL, a body over 256 kB, a body that is not
// JSON at all. Each is refused with 400 (413, 415 for size and type) in the
// one error shape, never a 500, and leaves every table as it was. The routes
// and their fields come from the router; the valid input each probe spoils
// comes from the authorization table (procedure-table.ts).

vi.stubEnv("API_TOKEN_REQUESTS_PER_MINUTE", "1000000");

const it = apiTest;
it.beforeAll(openSharedDb);
const worlds = restorableWorld(buildRestWorld, { ignore: ["rate_limit_counters"] });

/** The ends of what dates may be (1900–2200) just passed, JavaScript's own ends, and text that is no ISO 8601 instant. */
const BAD_DATES = [
  "1899-12-31T23:59:59.999Z",
  "2201-01-01T00:00:00Z",
  "-271821-04-20T00:00:00.000Z",
  "+275760-09-13T00:00:00.000Z",
  "2026-13-45T25:61:00Z",
  // Impossible days that `new Date` would quietly move on to March.
  "2026-02-30T10:00:00Z",
  "2026-02-29",
  "yesterday",
  "21/11/2026 10:00",
  "1763719200000",
];

/** Bodies that are not one JSON object. */
const NOT_OBJECTS = ["[]", '["a"]', '"text"', "42", "true", "null"];

/** Who may call the route with its table input: the owner's read-and-write token, else the admin's, else nobody signed in. */
function callerOf(route: RestRoute): RestActor {
  if (isPublic(route)) return "anonymous";
  const expect = TABLE[route.procedurePath]!.expect;
  const actor = (["ownerReadWrite", "admin"] as const).find((name) => expect[TABLE_ACTOR[name]] === "OK");
  if (!actor) throw new Error(`${route.procedurePath}: neither the owner nor the admin may call it in procedure-table.ts`);
  return actor;
}

/** The text with a NUL byte in its middle. */
function withNul(text: string): string {
  const middle = Math.floor(text.length / 2);
  return `${text.slice(0, middle)}\u0000${text.slice(middle)}`;
}

/** Field types whose query-string value is any text (a NUL aside): no text is of the wrong type for them. */
const TEXT_TYPES = new Set(["string"]);

/** JSON values of another type than the field's. */
function wrongValuesFor(type: string, valid: unknown): unknown[] {
  switch (type) {
    case "number":
    case "int":
      return [{ $ne: null }, "42", true];
    case "boolean":
      return [{ $ne: null }, "true", 1];
    case "array":
      return [{ $ne: null }, "x", 42];
    case "string":
    case "enum":
    case "literal":
    case "date":
      return [{ $ne: null }, [valid ?? "x"], 42];
    default:
      return [{ $ne: null }];
  }
}

type Probe = { what: string; method: string; path: string; body?: unknown; contentType?: string; status: number };

/** Every probe for one route, built from its valid input. */
function probesOf(route: RestRoute, world: RestWorld): Probe[] {
  const procedure = procedures[route.procedurePath]!;
  const valid = (TABLE[route.procedurePath]!.input(world) ?? {}) as Record<string, unknown>;
  const fields = inputFieldsOf(procedure);
  const types = fieldTypesOf(procedure);
  const takesBody = !(route.method === "GET" || route.method === "DELETE");
  const request = (input: Record<string, unknown>) => restRequestOf(route, input);
  const probes: Probe[] = [];
  const bad = (what: string, input: Record<string, unknown>) => probes.push({ what, ...request(input), status: 400 });

  for (const field of fields.text) {
    const text = typeof valid[field] === "string" ? valid[field] : "some text";
    bad(`NUL in ${field}`, { ...valid, [field]: withNul(text) });
  }
  for (const field of fields.dates) for (const date of BAD_DATES) bad(`${field} = ${date}`, { ...valid, [field]: date });
  if (Object.keys(types).length > 0) bad("an unknown key", { ...valid, unexpected: "true" });
  for (const param of route.paramNames) bad(`${param} = 1 OR 1=1`, { ...valid, [param]: "1 OR 1=1" });

  const bodyFields = Object.keys(types).filter((field) => !route.paramNames.includes(field));
  if (takesBody) {
    // The body's own fields: the path names the resource, whatever the body says.
    const { path } = request(valid);
    const base = { method: route.method, path };
    for (const field of bodyFields) {
      for (const value of wrongValuesFor(types[field]!, valid[field])) {
        probes.push({ ...base, what: `${field} = ${JSON.stringify(value)}`, body: { ...(request(valid).body as object), [field]: value }, status: 400 });
      }
    }
    if (Object.keys(types).length > 0) for (const raw of NOT_OBJECTS) probes.push({ ...base, what: `body ${raw}`, body: raw, status: 400 });
    probes.push({ ...base, what: "a body that is not JSON", body: "{not json", status: 400 });
    probes.push({ ...base, what: "a body over 256 kB", body: JSON.stringify({ ...(request(valid).body as object), padding: "x".repeat(300 * 1024) }), status: 413 });
    probes.push({ ...base, what: "JSON sent as text/plain", body: JSON.stringify(request(valid).body ?? {}), contentType: "text/plain", status: 415 });
    probes.push({ ...base, what: "JSON sent as multipart", body: JSON.stringify(request(valid).body ?? {}), contentType: "multipart/form-data; boundary=x", status: 415 });
  } else {
    // A query string holds text only: a field given twice is a list where one value belongs, brackets are no nesting.
    const { path } = request(valid);
    const [route_, query = ""] = path.split("?");
    const withField = (field: string, ...values: string[]) => {
      const params = new URLSearchParams(query);
      params.delete(field);
      for (const value of values) params.append(field, value);
      return `${route_}?${params.toString()}`;
    };
    for (const field of bodyFields) {
      const type = types[field]!;
      const value = new URLSearchParams(query).get(field) ?? "x";
      if (type !== "array") probes.push({ what: `${field} given twice`, method: route.method, path: withField(field, value, value), status: 400 });
      if (!TEXT_TYPES.has(type)) probes.push({ what: `${field} = {"$ne":null}`, method: route.method, path: withField(field, '{"$ne":null}'), status: 400 });
    }
    if (bodyFields.length > 0) {
      probes.push({ what: "a bracketed key", method: route.method, path: `${route_}?${query}${query ? "&" : ""}${encodeURIComponent(`${bodyFields[0]}[$ne]`)}=1`, status: 400 });
    }
  }
  return probes;
}

describe("REST input hygiene", () => {
  it("walks the routes that take input, finding their text and date fields", () => {
    const found = routes.flatMap((route) => {
      const fields = inputFieldsOf(procedures[route.procedurePath]!);
      return [...fields.text, ...fields.dates].map((field) => `${route.procedurePath}.${field}`);
    });
    expect(found).toEqual(expect.arrayContaining(["schedule.create.title", "schedule.create.startAt", "schedule.range.from", "todo.create.contents", "auth.token.password"]));
  });

  const routesWithInput = routes.filter((route) => procedures[route.procedurePath]!._def.inputs.length > 0).map((route) => [`${route.method} ${route.template}`, route] as const);
  it.for(routesWithInput)("%s: every malformed input is refused in the one error shape, and changes nothing", async ([, route], { sharedDb: db }) => {
    const world = await worlds.get(db);
    const actor = callerOf(route);
    const bearer = actor === "anonymous" ? undefined : world.tokens[actor];
    const answers: { what: string; status: number; expected: number; problems: string[] }[] = [];
    for (const probe of probesOf(route, world)) {
      const answer = await sendRest<ErrorBody>(db, {
        method: probe.method,
        path: probe.path,
        body: probe.body,
        bearer,
        headers: probe.contentType ? { "content-type": probe.contentType } : undefined,
        now: () => clock,
      });
      answers.push({ what: probe.what, status: answer.status, expected: probe.status, problems: errorShapeProblems(answer.body, answer.status) });
    }
    const { changed, before, after } = await worlds.takeChanges(db);
    expect(answers.filter((answer) => answer.status !== answer.expected || answer.problems.length > 0)).toEqual([]);
    expect(answers.length).toBeGreaterThan(0);
    expect(after, `changed ${changed.join(", ")}`).toEqual(before);
  });
});
