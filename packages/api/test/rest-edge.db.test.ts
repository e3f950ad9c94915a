import { describe, expect, vi } from "vitest";
import type { TestDatabase } from "@planner/db/testing";
import { TOKEN_RATE_WINDOW_SECONDS } from "@planner/domain";
import { createContext } from "../src/context";
import { handleTrpcRequest } from "../src/http-handler";
import { handleRestRequest } from "../src/rest/handler";
import { apiTest as test } from "./fixture";
import { sendRest } from "./support/rest-http";
import { envelope } from "./support/trpc-http";
import { errorShapeProblems, personalToken, type ErrorBody } from "./support/rest-world";

// What the REST edge does around the procedures: each token's per-minute
// limit, CORS for the origins the setting allows, and the refusal of
// cookie-authenticated writes from other sites. Settings are read once per
// process (per test file here), so this file sets the ones it checks first.

const LIMIT = 3;
const ALLOWED_ORIGIN = "https://tools.example.com";
vi.stubEnv("API_TOKEN_REQUESTS_PER_MINUTE", String(LIMIT));
vi.stubEnv("API_CORS_ORIGINS", `${ALLOWED_ORIGIN}, https://other-tools.example.com`);

describe("per-token rate limit", () => {
  test(`the request past ${LIMIT} a minute is a 429 with Retry-After that runs nothing; another token is unaffected; the next minute works`, async ({ db, owner, clock }) => {
    const busy = await personalToken(db, owner.id, "READ_WRITE");
    const calm = await personalToken(db, owner.id, "READ_WRITE");
    const list = (bearer: string) => sendRest(db, { method: "GET", path: "/todos", bearer, now: clock.now });
    for (let n = 0; n < LIMIT; n += 1) expect((await list(busy.secret)).status).toBe(200);

    const limited = await sendRest<ErrorBody>(db, { method: "POST", path: "/todos", bearer: busy.secret, body: { contents: "one too many" }, now: clock.now });
    expect(limited.status).toBe(429);
    expect(errorShapeProblems(limited.body, 429)).toEqual([]);
    expect(limited.body.error).toMatchObject({ code: "TOO_MANY_REQUESTS", reason: "rateLimited" });
    const retryAfter = Number(limited.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(TOKEN_RATE_WINDOW_SECONDS);
    expect(limited.body.error.retryAfterSeconds).toBe(retryAfter);
    expect(await db.prisma.todo.count()).toBe(0);

    expect((await list(calm.secret)).status).toBe(200);

    clock.set(new Date(clock.now().getTime() + retryAfter * 1000));
    expect((await list(busy.secret)).status).toBe(200);
    expect((await sendRest(db, { method: "POST", path: "/todos", bearer: busy.secret, body: { contents: "next minute" }, now: clock.now })).status).toBe(200);
  });
});

describe("CORS", () => {
  const preflight = (db: TestDatabase, origin: string) =>
    sendRest(db, { method: "OPTIONS", path: "/todos", headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "authorization, content-type" } });

  test("an allowed origin gets Access-Control-Allow-Origin (never credentials); another origin gets none; preflight is 204", async ({ db, owner, clock }) => {
    const token = await personalToken(db, owner.id, "READ_WRITE");
    const allowed = await preflight(db, ALLOWED_ORIGIN);
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get("access-control-allow-origin")).toBe(ALLOWED_ORIGIN);
    expect(allowed.headers.get("access-control-allow-headers")).toMatch(/authorization/i);
    expect(allowed.headers.get("access-control-allow-methods")).toContain("POST");
    expect(allowed.headers.get("access-control-allow-credentials")).toBeNull();
    expect(allowed.headers.get("vary")).toContain("Origin");

    const foreign = await preflight(db, "https://evil.example");
    expect(foreign.status).toBe(204);
    expect(foreign.headers.get("access-control-allow-origin")).toBeNull();

    const read = await sendRest(db, { method: "GET", path: "/todos", bearer: token.secret, headers: { origin: ALLOWED_ORIGIN }, now: clock.now });
    expect(read.status).toBe(200);
    expect(read.headers.get("access-control-allow-origin")).toBe(ALLOWED_ORIGIN);
    expect(read.headers.get("access-control-allow-credentials")).toBeNull();
    // A refusal is readable by the allowed page too (its code and Retry-After).
    const refused = await sendRest(db, { method: "GET", path: "/todos", bearer: "pln_not-a-token", headers: { origin: ALLOWED_ORIGIN }, now: clock.now });
    expect(refused.status).toBe(401);
    expect(refused.headers.get("access-control-allow-origin")).toBe(ALLOWED_ORIGIN);
    expect(refused.headers.get("access-control-expose-headers")).toMatch(/WWW-Authenticate/i);

    const otherRead = await sendRest(db, { method: "GET", path: "/todos", bearer: token.secret, headers: { origin: "https://evil.example" }, now: clock.now });
    expect(otherRead.headers.get("access-control-allow-origin")).toBeNull();
    // Origins are compared whole: no prefix or suffix tricks.
    for (const lookalike of [`${ALLOWED_ORIGIN}.evil.example`, "https://tools.example.com:8443", "http://tools.example.com", "null"]) {
      expect((await preflight(db, lookalike)).headers.get("access-control-allow-origin"), lookalike).toBeNull();
    }
  });

  test("the tRPC endpoint answers the same preflight", async ({ db }) => {
    const ask = (origin: string) =>
      handleTrpcRequest(
        new Request("http://planner.test/api/trpc/todo.create", { method: "OPTIONS", headers: { origin, "access-control-request-method": "POST" } }),
        { bearer: null, hasSessionCookie: false },
        () => Promise.resolve(createContext({ db, session: null })),
      );
    const allowed = await ask(ALLOWED_ORIGIN);
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get("access-control-allow-origin")).toBe(ALLOWED_ORIGIN);
    expect(allowed.headers.get("access-control-allow-credentials")).toBeNull();
    expect((await ask("https://evil.example")).headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("cross-site writes", () => {
  const create = { method: "POST", path: "/todos", body: { contents: "forged?" } } as const;

  test("a cookie-authenticated write from another site is 403 and changes nothing; with a bearer token it is allowed", async ({ db, owner, clock }) => {
    const now = clock.now;
    for (const headers of [{ "sec-fetch-site": "cross-site" } as Record<string, string>, { "sec-fetch-site": "same-site" }, { origin: "https://evil.example" }, { origin: "null" }]) {
      const refused = await sendRest<ErrorBody>(db, { ...create, session: owner.session, headers, now });
      expect(refused.status, JSON.stringify(headers)).toBe(403);
      expect(errorShapeProblems(refused.body, 403)).toEqual([]);
    }
    expect(await db.prisma.todo.count()).toBe(0);

    // The app's own pages: same origin.
    const own = await sendRest(db, { ...create, session: owner.session, headers: { "sec-fetch-site": "same-origin" }, now });
    expect(own.status).toBe(200);
    const ownByOrigin = await sendRest(db, { ...create, session: owner.session, headers: { origin: "http://planner.test", host: "planner.test" }, now });
    expect(ownByOrigin.status).toBe(200);
    // Reading with the cookie from anywhere is no write.
    expect((await sendRest(db, { method: "GET", path: "/todos", session: owner.session, headers: { "sec-fetch-site": "cross-site" }, now })).status).toBe(200);

    // A bearer token is no ambient credential: the browser does not add it for another site.
    const token = await personalToken(db, owner.id, "READ_WRITE");
    const withToken = await sendRest(db, { ...create, bearer: token.secret, headers: { "sec-fetch-site": "cross-site", origin: ALLOWED_ORIGIN }, now });
    expect(withToken.status).toBe(200);
    expect(await db.prisma.todo.count()).toBe(3);
  });

  test("the tRPC endpoint refuses a cookie write from another site too", async ({ db, owner }) => {
    const response = await handleTrpcRequest(
      new Request("http://planner.test/api/trpc/todo.create", { method: "POST", headers: { "content-type": "application/json", "sec-fetch-site": "cross-site" }, body: envelope({ contents: "forged?" }) }),
      { bearer: null, hasSessionCookie: true },
      () => Promise.resolve(createContext({ db, session: owner.session })),
    );
    expect(response.status).toBe(403);
    expect(await db.prisma.todo.count()).toBe(0);
  });
});

describe("body size", () => {
  const KB = 1024;
  /** A body sent in chunks with no Content-Length, as `Transfer-Encoding: chunked` arrives. */
  const chunked = (text: string) =>
    new ReadableStream<Uint8Array>({
      start(controller) {
        const bytes = new TextEncoder().encode(text);
        for (let at = 0; at < bytes.length; at += 16 * KB) controller.enqueue(bytes.slice(at, at + 16 * KB));
        controller.close();
      },
    });
  const trpcPost = (db: TestDatabase, path: string, body: string | ReadableStream<Uint8Array>, headers: Record<string, string> = {}) =>
    handleTrpcRequest(
      new Request(`http://planner.test/api/trpc/${path}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body, duplex: "half" }),
      { bearer: null, hasSessionCookie: false },
      () => Promise.resolve(createContext({ db, session: null })),
    );
  const signUp = (padding: number) => envelope({ username: "big_body", email: "big@example.com", password: "long enough pw", confirmPassword: "long enough pw", padding: "x".repeat(padding) });

  test("/api/trpc refuses a body over 256 kB with 413 before any procedure runs, declared or chunked", async ({ db }) => {
    for (const body of [signUp(300 * KB), chunked(signUp(300 * KB))]) {
      const response = await trpcPost(db, "auth.signUp", body);
      expect(response.status).toBe(413);
      expect(((await response.json()) as { error: { message: string } }).error.message).toBe("Send at most 256 kB.");
    }
    expect(await db.prisma.user.count({ where: { username: "big_body" } })).toBe(0);
    // Under the limit, the call reaches its procedure (which refuses the unknown key).
    expect((await trpcPost(db, "auth.signUp", signUp(10 * KB))).status).toBe(400);
  });

  test("a calendar file's import may send up to 8 MB, alone or in a batch", async ({ db }) => {
    const file = envelope({ text: "x".repeat(1024 * KB) });
    // Past the edge: the procedure asks for a log-in.
    expect((await trpcPost(db, "schedule.importPreview", file)).status).toBe(401);
    expect((await trpcPost(db, "todo.create,schedule.importPreview?batch=1", JSON.stringify({ 0: JSON.parse(envelope({ contents: "a" })) as unknown, 1: JSON.parse(file) as unknown }))).status).toBe(401);
    const tooLarge = await trpcPost(db, "schedule.importPreview", chunked(envelope({ text: "x".repeat(9 * 1024 * KB) })));
    expect(tooLarge.status).toBe(413);
    expect(((await tooLarge.json()) as { error: { message: string } }).error.message).toBe("Send at most 8 MB.");
  });

  test("REST refuses a chunked body over 256 kB too", async ({ db, owner }) => {
    const token = await personalToken(db, owner.id, "READ_WRITE");
    const response = await handleRestRequest(
      new Request("http://planner.test/api/v1/todos", {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token.secret}` },
        body: chunked(JSON.stringify({ contents: "big", padding: "x".repeat(300 * KB) })),
        duplex: "half",
      }),
      { bearer: token.secret, hasSessionCookie: false },
      () => Promise.resolve(createContext({ db, session: null, bearer: token.secret })),
    );
    expect(response.status).toBe(413);
    expect(await db.prisma.todo.count({ where: { ownerId: owner.id } })).toBe(0);
  });
});

describe("the tRPC edge's own refusals", () => {
  test("another method is a JSON 405 naming the methods there are; a batch over the limit is labelled JSON", async ({ db }) => {
    const context = () => Promise.resolve(createContext({ db, session: null }));
    const deleted = await handleTrpcRequest(new Request("http://planner.test/api/trpc/auth.me", { method: "DELETE" }), { bearer: null, hasSessionCookie: false }, context);
    expect(deleted.status).toBe(405);
    expect(deleted.headers.get("allow")).toBe("GET, HEAD, POST, OPTIONS");
    expect(((await deleted.json()) as { error: { message: string } }).error.message).toBe("Use GET for a query and POST for a change.");

    const calls = Array.from({ length: 21 }, () => "auth.me").join(",");
    const batch = await handleTrpcRequest(new Request(`http://planner.test/api/trpc/${calls}?batch=1&input={}`), { bearer: null, hasSessionCookie: false }, context);
    expect(batch.status).toBe(400);
    expect(batch.headers.get("content-type")).toContain("application/json");
  });
});
