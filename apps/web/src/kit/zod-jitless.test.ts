import { describe, expect, it } from "vitest";
import { makeZodJitless } from "./zod-jitless";

describe("makeZodJitless", () => {
  it("is the setting zod's own config() reports, whether zod loads before or after", async () => {
    makeZodJitless();
    const { config } = await import("zod/v4/core");
    expect(config().jitless).toBe(true);
    makeZodJitless();
    expect(config().jitless).toBe(true);
  });
});
