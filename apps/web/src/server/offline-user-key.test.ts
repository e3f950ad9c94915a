import { describe, expect, it } from "vitest";
import { offlineUserKey } from "./offline-user-key";

describe("offlineUserKey", () => {
  it("is the same for the same person, different for another, and does not contain the id", () => {
    const id = "0195d8a1-7c3e-7b2a-9f00-1234567890ab";
    expect(offlineUserKey(id)).toBe(offlineUserKey(id));
    expect(offlineUserKey(id)).not.toBe(offlineUserKey("0195d8a1-7c3e-7b2a-9f00-1234567890ac"));
    expect(offlineUserKey(id)).toMatch(/^[0-9a-f]{32}$/);
    expect(offlineUserKey(id)).not.toContain("0195d8a1");
  });
});
