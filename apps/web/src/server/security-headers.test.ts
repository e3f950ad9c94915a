import { describe, expect, it } from "vitest";
import {
  STRICT_TRANSPORT_SECURITY,
  contentSecurityPolicy,
  fixedSecurityHeaders,
  isHttps,
  newNonce,
  apiSecurityHeaders,
  apiDocsContentSecurityPolicy,
  requestSecurityHeaders,
} from "./security-headers";

/** The policy as a map of directive → sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((part) => {
      const [name = "", ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

// What Next itself accepts as a nonce (next/dist/server/app-render/get-script-nonce-from-header.js).
const NEXT_NONCE = /^[A-Za-z0-9+/_-]+={0,2}$/;

describe("newNonce", () => {
  it("is 128 bits of base64 that Next accepts, new every time", () => {
    const nonces = Array.from({ length: 100 }, newNonce);
    for (const nonce of nonces) {
      expect(nonce).toMatch(NEXT_NONCE);
      expect(Buffer.from(nonce, "base64")).toHaveLength(16);
    }
    expect(new Set(nonces).size).toBe(100);
  });
});

describe("contentSecurityPolicy", () => {
  const production = directives(contentSecurityPolicy({ nonce: "abc123==", development: false, https: false }));

  it("lets scripts run only with the request's nonce in production", () => {
    expect(production.get("script-src")).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
  });

  it("allows eval() only in development, for React Refresh", () => {
    const development = directives(contentSecurityPolicy({ nonce: "n", development: true, https: false }));
    expect(development.get("script-src")).toContain("'unsafe-eval'");
    expect(development.get("script-src")).not.toContain("'unsafe-inline'");
  });

  it("allows inline styles without a nonce (a nonce would switch 'unsafe-inline' off)", () => {
    expect(production.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it("locks down everything else", () => {
    expect(Object.fromEntries(production)).toMatchObject({
      "default-src": ["'self'"],
      "img-src": ["'self'", "data:", "blob:"],
      "font-src": ["'self'", "data:"],
      "connect-src": ["'self'"],
      "worker-src": ["'self'"],
      "manifest-src": ["'self'"],
      "object-src": ["'none'"],
      "base-uri": ["'self'"],
      "form-action": ["'self'"],
      "frame-ancestors": ["'none'"],
    });
  });

  it("upgrades insecure sub-requests only behind TLS", () => {
    expect(production.has("upgrade-insecure-requests")).toBe(false);
    const https = directives(contentSecurityPolicy({ nonce: "n", development: false, https: true }));
    expect(https.has("upgrade-insecure-requests")).toBe(true);
  });
});

describe("apiDocsContentSecurityPolicy", () => {
  const policy = directives(apiDocsContentSecurityPolicy({ https: false }));

  it("runs only this origin's script files: no inline script, no eval", () => {
    expect(policy.get("script-src")).toEqual(["'self'"]);
  });

  it("allows this origin's styles and data: images (its icons), nothing else, not even inline styles", () => {
    expect(Object.fromEntries(policy)).toEqual({
      "default-src": ["'none'"],
      "script-src": ["'self'"],
      "style-src": ["'self'"],
      "img-src": ["'self'", "data:"],
      "connect-src": ["'self'"],
      "base-uri": ["'none'"],
      "form-action": ["'none'"],
      "frame-ancestors": ["'none'"],
    });
  });

  it("upgrades insecure sub-requests only behind TLS", () => {
    expect(directives(apiDocsContentSecurityPolicy({ https: true })).has("upgrade-insecure-requests")).toBe(true);
  });
});

describe("isHttps", () => {
  it.each([
    ["https:", null, true],
    ["http:", "https", true],
    ["http:", "HTTPS", true],
    ["http:", "https, http", true], // the first proxy is the one the browser spoke to
    ["http:", "http", false],
    ["http:", null, false],
    ["http:", "", false],
  ])("%s with X-Forwarded-Proto %j → %s", (protocol, forwarded, expected) => {
    expect(isHttps(protocol, forwarded)).toBe(expected);
  });
});

describe("apiSecurityHeaders", () => {
  it("keeps tRPC's answers out of every cache and lets nothing load or frame them", () => {
    expect(apiSecurityHeaders["Cache-Control"]).toBe("no-store");
    expect(apiSecurityHeaders["Content-Security-Policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  });
});

describe("requestSecurityHeaders", () => {
  const facts = { nonce: "n", development: false, https: false };

  it("gives pages a policy and no Cache-Control (Next sets its own)", () => {
    const headers = requestSecurityHeaders({ ...facts, pathname: "/calendar" });
    expect(Object.keys(headers)).toEqual(["Content-Security-Policy"]);
    expect(headers["Content-Security-Policy"]).toContain("'nonce-n'");
  });

  it.each(["/api/trpc/todo.list", "/api/auth/session", "/api/health", "/api"])("keeps %s out of every cache", (pathname) => {
    expect(requestSecurityHeaders({ ...facts, pathname })["Cache-Control"]).toBe("no-store");
  });

  it("does not take a page that starts with 'api' for the API", () => {
    expect(requestSecurityHeaders({ ...facts, pathname: "/apiary" })["Cache-Control"]).toBeUndefined();
  });

  it("gives the API docs page its own policy: its own script files, no nonce, nothing from elsewhere", () => {
    const headers = requestSecurityHeaders({ ...facts, pathname: "/api/docs" });
    expect(headers["Content-Security-Policy"]).toBe(apiDocsContentSecurityPolicy({ https: false }));
    expect(headers["Cache-Control"]).toBe("no-store");
  });

  it("lets the API docs page's files be cached (the same for everyone)", () => {
    const headers = requestSecurityHeaders({ ...facts, pathname: "/api/docs/swagger-ui-bundle.js" });
    expect(headers["Cache-Control"]).toBeUndefined();
    expect(headers["Content-Security-Policy"]).toContain("'nonce-n'");
  });

  it("leaves the calendar feed's caching to the feed (private, revalidated by ETag)", () => {
    expect(requestSecurityHeaders({ ...facts, pathname: "/api/calendar/plc_x.ics" })["Cache-Control"]).toBeUndefined();
    expect(requestSecurityHeaders({ ...facts, pathname: "/api/schedules/x/ics" })["Cache-Control"]).toBe("no-store");
  });

  it("sends HSTS only behind TLS", () => {
    expect(requestSecurityHeaders({ ...facts, pathname: "/" })["Strict-Transport-Security"]).toBeUndefined();
    expect(requestSecurityHeaders({ ...facts, https: true, pathname: "/" })["Strict-Transport-Security"]).toBe(STRICT_TRANSPORT_SECURITY);
  });
});

describe("fixedSecurityHeaders", () => {
  it("forbid sniffing, framing, leaking paths in referrers, device APIs and cross-origin window handles", () => {
    expect(fixedSecurityHeaders).toEqual({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "X-Frame-Options": "DENY",
      "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
      "Cross-Origin-Opener-Policy": "same-origin",
    });
  });
});
