import { describe, expect, it } from "vitest";
import { deviceOf } from "./device";
import { programOf } from "./program";

describe("deviceOf", () => {
  it("names the browser, the system and the kind of device", () => {
    expect(deviceOf("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36")).toEqual({
      browser: "Chrome",
      os: "macOS",
      kind: "desktop",
    });
    expect(deviceOf("Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1")).toEqual({
      browser: "Safari",
      os: "iOS",
      kind: "phone",
    });
    expect(deviceOf("Mozilla/5.0 (Linux; Android 14; SM-X710) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36").kind).toBe("tablet");
  });

  it("knows nothing of a missing or odd user agent", () => {
    expect(deviceOf(null)).toEqual({ browser: null, os: null, kind: "desktop" });
    expect(deviceOf("curl/8.5.0").os).toBeNull();
  });
});

describe("programOf", () => {
  it("names a program by the first product of its user agent, cut short", () => {
    expect(programOf("curl/8.5.0")).toBe("curl/8.5.0");
    expect(programOf("python-requests/2.32.3 extra/1")).toBe("python-requests/2.32.3");
    expect(programOf(`x/${"9".repeat(60)}`)).toHaveLength(40);
    expect(programOf(null)).toBeNull();
    expect(programOf("   ")).toBeNull();
  });
});
