import type { AnyProcedure } from "@trpc/server";
import { describe, expect } from "vitest";
import { INSTANT_RANGE_MESSAGE } from "@planner/domain";
import { BATCH_TOO_LARGE_MESSAGE, UNREADABLE_BODY_MESSAGE } from "../src/errors";
import { MAX_BATCH_CALLS } from "../src/http-limits";
import { appRouter } from "../src/root";
import { NOT_AN_ENVELOPE_MESSAGE } from "../src/transformer";
import { apiTest, openSharedDb } from "./fixture";
import { TABLE, type ActorName, type World } from "./procedure-table";
import { inputFieldsOf } from "./support/input-fields";
import { sharedWorld } from "./support/shared-world";
import { batchOf, envelope, errorOf, sendRaw, type CallAnswer } from "./support/trpc-http";

// An attacker's probes, over HTTP against the real handler: a NUL byte in
// every text field of every procedure (PostgreSQL refuses NUL in text, which
// used to surface as a 500), dates at and just past the ends of what is
// allowed, bodies that are not a tRPC envelope, and oversized batches. Each
// is a 400 with a sentence, never a 500, and leaves every table as it was.
// The procedures and their fields come from the router; the valid input each
// probe spoils comes from the authorization table (procedure-table.ts).

// The ends of JavaScript's Date (years −271821 and 275760), and the first instants outside 1900–2200.
const OUT_OF_RANGE_DATES = [new Date(-8.64e15), new Date(8.64e15), new Date("1899-12-31T23:59:59.999Z"), new Date("2201-01-01T00:00:00Z")];

/** Bodies that are not superjson's envelope of an input, with the sentence each gets. */
const NOT_ENVELOPES: [raw: string, message: string][] = [
  ["null", NOT_AN_ENVELOPE_MESSAGE],
  ["42", NOT_AN_ENVELOPE_MESSAGE],
  ["[]", NOT_AN_ENVELOPE_MESSAGE],
  ['"text"', NOT_AN_ENVELOPE_MESSAGE],
  ['{"input": {}}', NOT_AN_ENVELOPE_MESSAGE],
  ['{"json": {}, "meta": {"values": {"x": ["no such type"]}}}', NOT_AN_ENVELOPE_MESSAGE],
  ["{not json", UNREADABLE_BODY_MESSAGE],
];

const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, AnyProcedure>)
  .filter(([, procedure]) => procedure._def.inputs.length > 0)
  .map(([path, procedure]) => ({ path, type: procedure._def.type as "query" | "mutation", fields: inputFieldsOf(procedure) }));

/** Who may call the procedure with its table input: the owner, else the admin, else the provider-made account, else nobody signed in. */
function callerOf(path: string, world: World) {
  const row = TABLE[path]!;
  const actor = (["owner", "admin", "providerUser", "anonymous"] as ActorName[]).find((name) => row.expect[name] === "OK");
  if (!actor) throw new Error(`${path}: no actor may call it in procedure-table.ts`);
  return actor === "anonymous" ? null : world.accounts[actor];
}

/** The text with a NUL byte in its middle. */
function withNul(text: string): string {
  const middle = Math.floor(text.length / 2);
  return `${text.slice(0, middle)}\u0000${text.slice(middle)}`;
}

const it = apiTest;
it.beforeAll(openSharedDb);
// Every probe must change nothing (checked), so the procedures share one world until one does.
const worlds = sharedWorld();

describe("input hygiene", () => {
  it("has a valid input for every procedure that takes one, each a flat object", () => {
    expect(procedures.filter(({ path }) => !TABLE[path]).map(({ path }) => path)).toEqual([]);
    expect(procedures.filter(({ fields }) => !fields.object).map(({ path }) => path)).toEqual([]);
  });

  it("finds the text and date fields in the schemas", () => {
    const found = procedures.flatMap(({ path, fields }) => [...fields.text, ...fields.dates].map((field) => `${path}.${field}`));
    expect(found).toEqual(
      expect.arrayContaining([
        "todo.create.contents",
        "todo.restore.createdAt",
        "schedule.create.title",
        "schedule.create.memo",
        "schedule.create.startAt",
        "schedule.range.from",
        "account.updateProfile.name",
        "admin.users.list.search",
        "share.grant.subscriber",
        "auth.signUp.email",
      ]),
    );
  });

  it.for(procedures)("$path: a NUL byte in any text, a date out of range or a body that is not an envelope is a 400, and changes nothing", async ({ path, type, fields }, { sharedDb: db }) => {
    const { world } = await worlds.get(db);
    const account = callerOf(path, world);
    const valid = TABLE[path]!.input(world) as Record<string, unknown>;

    const refusalOf = async (raw: string, what: string) => {
      const { status, body } = await sendRaw(db, { paths: [path], type, raw, account });
      expect(status, what).toBe(400);
      const error = errorOf(body);
      expect(error.data.code, what).toBe("BAD_REQUEST");
      return error;
    };

    for (const field of fields.text) {
      const text = typeof valid[field] === "string" ? valid[field] : "some text";
      await refusalOf(envelope({ ...valid, [field]: withNul(text) }), `NUL in ${field}`);
    }
    for (const field of fields.dates) {
      for (const date of OUT_OF_RANGE_DATES) {
        const error = await refusalOf(envelope({ ...valid, [field]: date }), `${field} = ${date.toISOString()}`);
        expect(error.data.fieldErrors?.[field], `${field} = ${date.toISOString()}`).toContain(INSTANT_RANGE_MESSAGE);
      }
    }
    for (const [raw, message] of NOT_ENVELOPES) {
      const error = await refusalOf(raw, `body ${raw}`);
      expect(error.message, `body ${raw}`).toBe(message);
      expect(error.data.errorCode).toBe("badRequest");
    }

    const { before, after } = await worlds.compare(db);
    expect(after).toEqual(before);
  });
});

describe("batches", () => {
  const todos = (count: number) => Array.from({ length: count }, (_, index) => ({ contents: `todo ${index}` }));
  const paths = (path: string, count: number) => Array.from({ length: count }, () => path);

  it(`run up to ${MAX_BATCH_CALLS} calls in one request`, async ({ db, owner }) => {
    const { status, body } = await sendRaw(db, { paths: paths("todo.create", MAX_BATCH_CALLS), type: "mutation", raw: batchOf(todos(MAX_BATCH_CALLS)), account: owner });
    expect(status).toBe(200);
    expect((body as CallAnswer[]).filter((answer) => answer.result)).toHaveLength(MAX_BATCH_CALLS);
    expect(await db.prisma.todo.count({ where: { ownerId: owner.id } })).toBe(MAX_BATCH_CALLS);
  });

  it.for([MAX_BATCH_CALLS + 1, 500])("refuse %i calls in one request as a whole, running none of them", async (count, { db, owner }) => {
    const { status, body } = await sendRaw(db, { paths: paths("todo.create", count), type: "mutation", raw: batchOf(todos(count)), account: owner });
    expect(status).toBe(400);
    expect(errorOf(body)).toMatchObject({ message: BATCH_TOO_LARGE_MESSAGE, data: { code: "BAD_REQUEST" } });
    expect(await db.prisma.todo.count()).toBe(0);
  });

  it("count queries as well (GET)", async ({ db, owner }) => {
    expect((await sendRaw(db, { paths: paths("auth.me", MAX_BATCH_CALLS), type: "query", account: owner })).status).toBe(200);
    expect((await sendRaw(db, { paths: paths("auth.me", MAX_BATCH_CALLS + 1), type: "query", account: owner })).status).toBe(400);
  });

  it("refuse every call when one input is not an envelope (tRPC reads a batch's inputs together)", async ({ db, owner }) => {
    const raw = JSON.stringify({ 0: { json: { contents: "fine" } }, 1: null });
    const { status, body } = await sendRaw(db, { paths: paths("todo.create", 2), type: "mutation", raw, account: owner });
    expect(status).toBe(400);
    for (const answer of body as CallAnswer[]) expect(answer.error?.json).toMatchObject({ message: NOT_AN_ENVELOPE_MESSAGE, data: { code: "BAD_REQUEST" } });
    expect(await db.prisma.todo.count()).toBe(0);
  });

  it("refuse a body that is not an object of inputs with a sentence", async ({ db, owner }) => {
    const { status, body } = await sendRaw(db, { paths: paths("todo.create", 2), type: "mutation", raw: "[]", account: owner });
    expect(status).toBe(400);
    for (const answer of body as CallAnswer[]) expect(answer.error?.json.data.code).toBe("BAD_REQUEST");
    expect(await db.prisma.todo.count()).toBe(0);
  });
});
