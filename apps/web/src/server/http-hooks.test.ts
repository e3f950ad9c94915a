import { createServer, Server as HttpServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PEER_ADDRESS_HEADER } from "./client-ip";
import { firstResponseDone, installHttpHooks } from "./http-hooks";

// A real HTTP server, hooked as `next start` and `next dev` are. The hooks patch
// every server in the process: put back afterwards, for the files this worker runs next.
// eslint-disable-next-line @typescript-eslint/unbound-method
const unhookedEmit = HttpServer.prototype.emit;
let server: Server;
let origin = "";
let settled = false;
void firstResponseDone.then(() => (settled = true));

beforeAll(async () => {
  const answeredDirectly = (request: IncomingMessage, response: ServerResponse) => {
    if (request.url !== "/direct") return false;
    response.end("direct");
    return true;
  };
  installHttpHooks({ serveApi: answeredDirectly });
  // What Next.js would answer: the peer address the hook wrote, as the request saw it.
  server = createServer((request, response) => response.end(`next:${String(request.headers[PEER_ADDRESS_HEADER])}`));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  HttpServer.prototype.emit = unhookedEmit;
});

describe("installHttpHooks", () => {
  it("has seen no response settle before the first request", () => {
    expect(settled).toBe(false);
  });

  it("replaces the peer address a client claims with the TCP peer's", async () => {
    const response = await fetch(`${origin}/page`, { headers: { [PEER_ADDRESS_HEADER]: "203.0.113.9" } });
    expect(await response.text()).toBe("next:127.0.0.1");
  });

  it("settles firstResponseDone once the first response is over", async () => {
    await firstResponseDone;
    expect(settled).toBe(true);
  });

  it("lets the direct API answer before Next.js", async () => {
    expect(await (await fetch(`${origin}/direct`)).text()).toBe("direct");
    expect(await (await fetch(`${origin}/other`)).text()).toBe("next:127.0.0.1");
  });
});
