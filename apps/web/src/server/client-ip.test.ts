import { describe, expect, it } from "vitest";
import { PEER_ADDRESS_HEADER, clientIpFor, clientIpFrom } from "./client-ip";

describe("clientIpFor", () => {
  it("is the TCP peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(clientIpFor("198.51.100.9", "1.2.3.4, 5.6.7.8", 0)).toBe("198.51.100.9");
    expect(clientIpFor("198.51.100.9", null, 0)).toBe("198.51.100.9");
  });

  it("believes as many entries as there are trusted proxies, counted from the nearest", () => {
    // client → proxy (appends the client) → us (peer = proxy)
    expect(clientIpFor("10.0.0.2", "203.0.113.7", 1)).toBe("203.0.113.7");
    // a forged first entry stays in front of what the proxy appended
    expect(clientIpFor("10.0.0.2", "6.6.6.6, 203.0.113.7", 1)).toBe("203.0.113.7");
    // client → CDN → load balancer → us
    expect(clientIpFor("10.0.0.3", "203.0.113.7, 10.0.0.2", 2)).toBe("203.0.113.7");
  });

  it("falls back to the farthest address when the chain is shorter than the trusted proxies", () => {
    expect(clientIpFor("10.0.0.2", null, 1)).toBe("10.0.0.2");
    expect(clientIpFor(null, null, 1)).toBeNull();
  });
});

describe("PEER_ADDRESS_HEADER", () => {
  it("is a name no client can know: fixed for the process, random between processes", () => {
    expect(PEER_ADDRESS_HEADER).toMatch(/^x-planner-peer-[0-9a-f]{32}$/);
    // Kept where another of Next's bundles, loading the module again, finds it.
    expect((globalThis as { __plannerPeerAddressHeader?: string }).__plannerPeerAddressHeader).toBe(PEER_ADDRESS_HEADER);
  });

  it("is the only place clientIpFrom looks for the peer", () => {
    const forged = new Headers({ "x-planner-peer-address": "203.0.113.9" });
    expect(clientIpFrom(forged)).toBeNull();
    expect(clientIpFrom(new Headers({ [PEER_ADDRESS_HEADER]: "198.51.100.9" }))).toBe("198.51.100.9");
  });
});
