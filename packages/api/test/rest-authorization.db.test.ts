import { describe, expect, vi } from "vitest";
import { ACCESS_TOKEN_SECONDS } from "@planner/domain";
import { apiTest, openSharedDb } from "./fixture";
import { createAccount } from "./helpers";
import { TABLE, clock, type Outcome } from "./procedure-table";
import { restorableWorld } from "./support/restorable-world";
import { sendRest } from "./support/rest-http";
import {
  REST_ACTORS,
  STATUS,
  TABLE_ACTOR,
  buildRestWorld,
  errorShapeProblems,
  isPublic,
  isReadOnly,
  passwordGrant,
  personalToken,
  restRequestOf,
  routes,
  type ErrorBody,
  type RestActor,
} from "./support/rest-world";

// The authorization table (procedure-table.ts) again, over REST with bearer
// tokens: every REST route × anonymous, the owner with a read-only, a
// read-and-write and a password-grant token, another user, subscribers with
// and without a grant (read-only tokens: all they can have) and an admin.
// The answer is the table's outcome as an HTTP status, except that a
// read-only token may not call a protected mutation at all. Routes come from
// the router, so routes added later are checked without touching this file.
// Refused calls and queries must leave every table as it was (checked); a cell
// that changed data has its tables put back for the next one.

// Every table cell counts against its token's per-minute limit at the same
// instant; the limit is not what this file checks (rest-edge.db.test.ts does).
vi.stubEnv("API_TOKEN_REQUESTS_PER_MINUTE", "1000000");

const it = apiTest;
it.beforeAll(openSharedDb);

/**
 * Where a bearer token's answer differs from the cookie's in the table, and
 * why. None so far: a token acts as its account (its scope aside).
 */
const TOKEN_EXCEPTIONS: Record<string, Partial<Record<RestActor, Outcome>>> = {};

type Expected = { status: number; reason?: string };

function expectedOf(path: string, isMutation: boolean, publicRoute: boolean, actor: RestActor): Expected {
  // Public routes (sign-up, the token grant, revoke) take no credential: a token sent along plays no part.
  // A subscriber's tokens only read, which it is told as a subscriber (it cannot make another kind).
  if (!publicRoute && isMutation && isReadOnly(actor)) return { status: 403, reason: actor.startsWith("subscriber") ? "subscriberReadOnly" : "tokenReadOnly" };
  const outcome = TOKEN_EXCEPTIONS[path]?.[actor] ?? TABLE[path]!.expect[TABLE_ACTOR[actor]];
  return { status: STATUS[outcome] };
}

const worlds = restorableWorld(buildRestWorld, { ignore: ["rate_limit_counters"] });

type Answer = { status: number; body: unknown; headers: Headers };

function expectRefusal(answer: Answer, what: string) {
  expect(errorShapeProblems(answer.body, answer.status), what).toEqual([]);
  if (answer.status === 401) expect(answer.headers.get("www-authenticate"), what).toMatch(/^Bearer realm="planner"/);
}

describe("bearer tokens that do not hold", () => {
  const unauthorized = (answer: Answer, what: string) => {
    expect(answer.status, what).toBe(401);
    expectRefusal(answer, what);
    expect(answer.headers.get("www-authenticate"), what).toContain('error="invalid_token"');
  };

  it("expired, revoked, of a deleted user, or not a token at all: 401 with WWW-Authenticate", async ({ db, clock: testClock }) => {
    const now = testClock.now;
    const owner = await createAccount(db, "USER");
    const doomed = await createAccount(db, "USER");
    const expiring = await personalToken(db, owner.id, "READ_WRITE", testClock.later(1));
    const revoked = await personalToken(db, owner.id, "READ_WRITE");
    const ofDeleted = await personalToken(db, doomed.id, "READ_WRITE");
    const get = (bearer: string) => sendRest(db, { method: "GET", path: "/auth/verify", bearer, now });
    for (const token of [expiring, revoked, ofDeleted]) expect((await get(token.secret)).status).toBe(200);

    expect((await sendRest(db, { method: "POST", path: "/auth/revoke", body: { token: revoked.secret }, now })).status).toBe(200);
    await db.prisma.user.delete({ where: { id: doomed.id } });
    unauthorized(await get(revoked.secret), "revoked");
    unauthorized(await get(ofDeleted.secret), "of a deleted user");
    testClock.advance(1);
    unauthorized(await get(expiring.secret), "expired");

    // What the web edge passes on for a malformed Authorization header: it is a failed bearer, never a fall-back to the cookie.
    for (const malformed of ["Basic dXNlcjpwYXNz", "Bearer", "pln_", `pln_${"x".repeat(300)}`, "pla_not-a-token", "plr_refresh-is-no-bearer", "'; DROP TABLE users; --"]) {
      unauthorized(await sendRest(db, { method: "GET", path: "/todos", bearer: malformed, session: owner.session, now }), `Authorization: ${malformed}`);
    }
    // A refresh token is spent at /auth/token; it is not a bearer.
    const grant = await passwordGrant(db, owner.username, now);
    unauthorized(await get(grant.refresh_token), "a refresh token as bearer");
  });

  it(`a password-grant access token is refused after its ${ACCESS_TOKEN_SECONDS / 60} minutes`, async ({ db, clock: testClock }) => {
    const owner = await createAccount(db, "USER");
    const grant = await passwordGrant(db, owner.username, testClock.now);
    testClock.set(new Date(testClock.now().getTime() + (ACCESS_TOKEN_SECONDS - 1) * 1000));
    expect((await sendRest(db, { method: "GET", path: "/todos", bearer: grant.access_token, now: testClock.now })).status).toBe(200);
    testClock.set(new Date(testClock.now().getTime() + 1000));
    unauthorized(await sendRest(db, { method: "GET", path: "/todos", bearer: grant.access_token, now: testClock.now }), "after 15 minutes");
    // Its refresh token still gets a new one.
    const refreshed = await sendRest<{ access_token: string }>(db, { method: "POST", path: "/auth/token", body: { grant_type: "refresh_token", refresh_token: grant.refresh_token }, now: testClock.now });
    expect(refreshed.status).toBe(200);
    expect((await sendRest(db, { method: "GET", path: "/todos", bearer: refreshed.body.access_token, now: testClock.now })).status).toBe(200);
  });
});

describe("REST authorization table", () => {
  it("finds the REST routes and a table row for each", () => {
    expect(routes.length).toBeGreaterThan(10);
    expect(routes.filter((route) => !TABLE[route.procedurePath]).map((route) => route.procedurePath)).toEqual([]);
    expect(Object.keys(TOKEN_EXCEPTIONS).filter((path) => !routes.some((route) => route.procedurePath === path))).toEqual([]);
  });

  const cells = routes.flatMap((route) => REST_ACTORS.map((actor) => [`${route.method} ${route.template}`, actor, route] as const));
  it.for(cells)("%s as %s", async ([name, actor, route], { sharedDb: db }) => {
    const world = await worlds.get(db);
    const isMutation = route.type === "mutation";
    const expected = expectedOf(route.procedurePath, isMutation, isPublic(route), actor);
    const request = restRequestOf(route, TABLE[route.procedurePath]!.input(world));
    const answer = await sendRest(db, { ...request, bearer: actor === "anonymous" ? undefined : world.tokens[actor], now: () => clock });
    const { changed, before, after } = await worlds.takeChanges(db);

    expect({ status: answer.status, reason: (answer.body as ErrorBody | null)?.error?.reason }, `${name} as ${actor}: ${JSON.stringify(answer.body)}`).toMatchObject(expected);
    if (answer.status !== 200) expectRefusal(answer, name);
    // Only an allowed write may change anything.
    if (!(isMutation && answer.status === 200)) expect(after, `${name} as ${actor} (${answer.status}) changed ${changed.join(", ")}`).toEqual(before);
  });
});
