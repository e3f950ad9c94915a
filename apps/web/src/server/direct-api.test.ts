import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { directRouteFor, serveApiDirectly } from "./direct-api";

// The handlers themselves are the API's (tested there); here, what reaches them and how their answer is written.
vi.mock("./api-handlers", () => ({
  trpcHandler: (request: Request) =>
    Promise.resolve(Response.json({ edge: "trpc", method: request.method, path: new URL(request.url).pathname, proto: request.headers.get("x-forwarded-proto") })),
  restHandler: async (request: Request) => {
    const body = request.method === "POST" ? await request.text() : "";
    const headers = new Headers({ "Set-Cookie": "a=1" });
    headers.append("Set-Cookie", "b=2");
    return Response.json({ edge: "rest", echo: body, padding: "x".repeat(body === "big" ? 4000 : 0) }, { status: 201, headers });
  },
}));

describe("directRouteFor", () => {
  it.each([
    ["GET", "/api/trpc/schedule.range?input=%7B%7D", "/api/trpc/"],
    ["POST", "/api/trpc/todo.add,todo.list?batch=1", "/api/trpc/"],
    ["HEAD", "/api/v1/todos", "/api/v1/"],
    ["DELETE", "/api/v1/todos/0193", "/api/v1/"],
    ["OPTIONS", "/api/v1/todos", "/api/v1/"],
  ])("%s %s is answered here", (method, url, prefix) => {
    expect(directRouteFor(method, url)?.prefix).toBe(prefix);
  });

  it.each<[string | undefined, string | undefined, string]>([
    ["GET", "/api/trpc/todo.list/", "a trailing slash (Next redirects it)"],
    ["GET", "/api/v1//todos", "an empty segment"],
    ["GET", "/api/v1/../auth/session", "a dot segment"],
    ["GET", "/api/v1/todos%2F..%2Fx", "an encoded slash"],
    ["PUT", "/api/trpc/todo.list", "a method the route has not (Next answers 405)"],
    ["GET", "/api/trpcx/todo.list", "another path"],
    ["GET", "/api/trpc", "the bare prefix"],
    ["GET", "/api/auth/session", "next-auth"],
    ["GET", "http://evil.example/api/trpc/todo.list", "an absolute-form target"],
    [undefined, undefined, "nothing"],
  ])("%s %s is left to Next: %s", (method, url) => {
    expect(directRouteFor(method, url)).toBeNull();
  });
});

describe("serveApiDirectly", () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((request, response) => {
      if (!serveApiDirectly(request, response)) response.writeHead(418).end("Next");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("passes the request as a route handler gets it, with Next's forwarding headers", async () => {
    const response = await fetch(`${base}/api/trpc/todo.list?input=1`);
    expect(await response.json()).toEqual({ edge: "trpc", method: "GET", path: "/api/trpc/todo.list", proto: "http" });
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("strict-transport-security")).toBeNull();
  });

  it("keeps a proxy's protocol and then adds HSTS", async () => {
    const response = await fetch(`${base}/api/trpc/todo.list`, { headers: { "X-Forwarded-Proto": "https" } });
    expect(((await response.json()) as { proto: string }).proto).toBe("https");
    expect(response.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
  });

  it("streams a body in, and writes status, every cookie and the body out", async () => {
    const response = await fetch(`${base}/api/v1/todos`, { method: "POST", body: "hello" });
    expect(response.status).toBe(201);
    expect(response.headers.getSetCookie()).toEqual(["a=1", "b=2"]);
    expect(((await response.json()) as { echo: string }).echo).toBe("hello");
  });

  it("compresses an answer over 1 kB when the client accepts gzip", async () => {
    const raw = await new Promise<{ encoding: string | undefined; body: Buffer }>((resolve, reject) => {
      const request = createServerRequest(`${base}/api/v1/todos`, "big", (encoding, body) => resolve({ encoding, body }));
      request.on("error", reject);
    });
    expect(raw.encoding).toBe("gzip");
    expect((JSON.parse(gunzipSync(raw.body).toString()) as { echo: string }).echo).toBe("big");
  });

  it("answers HEAD without a body", async () => {
    const response = await fetch(`${base}/api/v1/todos`, { method: "HEAD" });
    expect(response.status).toBe(201);
    expect(await response.text()).toBe("");
  });

  it("leaves everything else to Next", async () => {
    expect((await fetch(`${base}/api/trpc/todo.list/`)).status).toBe(418);
    expect((await fetch(`${base}/login`)).status).toBe(418);
  });
});

/** A POST read without fetch's automatic decompression, to see the encoding on the wire. */
function createServerRequest(url: string, body: string, done: (encoding: string | undefined, body: Buffer) => void) {
  const request = httpRequest(url, { method: "POST", headers: { "Accept-Encoding": "gzip" } }, (response) => {
    const chunks: Buffer[] = [];
    response.on("data", (chunk: Buffer) => chunks.push(chunk));
    response.on("end", () => done(response.headers["content-encoding"], Buffer.concat(chunks)));
  });
  request.end(body);
  return request;
}
