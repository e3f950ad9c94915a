import { describe, expect, it } from "vitest";
import { clientIpFor } from "./client-ip";

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
