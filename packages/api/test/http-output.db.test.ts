import { describe, expect } from "vitest";
import superjson from "superjson";
import { createContext } from "../src/context";
import { handleTrpcRequest } from "../src/http-handler";
import { serializeOutput } from "../src/output-serializer";
import { apiTest, openSharedDb } from "./fixture";
import { callerFor } from "./helpers";

const it = apiTest;
it.beforeAll(openSharedDb);

const at = (iso: string) => new Date(iso);
const viaJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

// Shapes our routers return: rows with dates and nested owners, pages, empty results, odd keys.
const plainShapes: [string, unknown][] = [
  ["a string", "x"],
  ["null", null],
  ["a number", 42.5],
  ["an empty list", []],
  ["rows with dates and owners", [{ id: "a", startAt: at("2026-12-01T09:00:00Z"), owner: { id: "o", name: "O" }, memo: "", done: false, n: 0 }]],
  ["a page", { items: [{ createdAt: at("2026-12-01T09:00:00Z"), tags: ["x", 1, null] }], nextCursor: null, total: 1 }],
  ["keys with dots and backslashes", { "a.b": { "c\\d": at("2026-12-01T09:00:00Z") }, "": at("2026-12-02T00:00:00Z") }],
  ["an object without a prototype", Object.assign(Object.create(null) as object, { at: at("2026-12-01T09:00:00Z") })],
];

// Values only superjson writes: they must reach the client exactly as before.
const superjsonShapes: [string, unknown][] = [
  ["undefined fields", { fieldErrors: undefined, code: "X" }],
  ["a Map and a Set", { m: new Map([["a", 1]]), s: new Set([1]) }],
  ["a bigint", { n: 10n }],
  ["NaN, Infinity and -0", [Number.NaN, Number.POSITIVE_INFINITY, -0]],
  ["an invalid date", { d: new Date(Number.NaN) }],
  ["a top-level date", at("2026-12-01T09:00:00Z")],
  ["a class instance", { e: new Error("x") }],
  ["undefined", undefined],
];

describe("serializeOutput", () => {
  it.for(plainShapes)("writes %s exactly as superjson does", ([, value]) => {
    expect(viaJson(serializeOutput(value))).toEqual(viaJson(superjson.serialize(value)));
    expect(superjson.deserialize(viaJson(serializeOutput(value)) as never)).toEqual(value);
  });

  it.for(superjsonShapes)("leaves %s to superjson", ([, value]) => {
    expect(serializeOutput(value)).toEqual(superjson.serialize(value));
  });

  it("sends an object met twice as two equal copies, and a cycle through superjson", () => {
    const owner = { id: "o", name: "O" };
    const rows = [{ owner, at: at("2026-12-01T09:00:00Z") }, { owner, at: at("2026-12-02T09:00:00Z") }];
    expect(superjson.deserialize(viaJson(serializeOutput(rows)) as never)).toEqual(rows);
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(serializeOutput(cyclic)).toEqual(superjson.serialize(cyclic));
  });
});

describe("the HTTP edge", () => {
  it("answers schedule.range with what the procedure returns, read back by the client's superjson", async ({ db, owner, asOwner }) => {
    await asOwner().schedule.create({ title: "Stand-up", startAt: at("2026-12-01T09:00:00Z"), endAt: at("2026-12-01T09:30:00Z") });
    await asOwner().schedule.create({ title: "Review", memo: "a.b", startAt: at("2026-12-03T09:00:00Z"), endAt: at("2026-12-03T11:00:00Z") });
    const window = { from: at("2026-12-01T00:00:00Z"), to: at("2027-01-01T00:00:00Z"), includeShared: true };
    const input = encodeURIComponent(JSON.stringify({ 0: superjson.serialize(window) }));
    const response = await handleTrpcRequest(new Request(`http://localhost/api/trpc/schedule.range?batch=1&input=${input}`), { bearer: null, hasSessionCookie: true }, () =>
      Promise.resolve(createContext({ db, session: owner.session, mailer: null })),
    );
    expect(response.status).toBe(200);
    const [body] = (await response.json()) as [{ result: { data: never } }];
    const rows = superjson.deserialize(body.result.data);
    expect(rows).toEqual(await callerFor(db, owner).schedule.range(window));
    expect(rows).toHaveLength(2);
  });
});
