import { describe, expect, it } from "vitest";
import { ConflictError } from "../errors";
import { usernameSchema } from "../user/rules";
import { assertCanDisconnect, baseUsername, setPasswordInput, usernameCandidates } from "./sign-in-providers";

const profile = { provider: "github" as const, handle: null, verifiedEmail: null, name: null };

describe("baseUsername", () => {
  it("starts from the handle, folded to the username rules", () => {
    expect(baseUsername({ ...profile, handle: "Octo.Cat" })).toBe("octo-cat");
    expect(baseUsername({ ...profile, handle: "Zoë Müller" })).toBe("zoe-muller");
  });

  it("falls back to a verified address's local part, then the name, then the provider", () => {
    expect(baseUsername({ ...profile, verifiedEmail: "sam.lee@example.com" })).toBe("sam-lee");
    expect(baseUsername({ ...profile, handle: "김", name: "Kim Minji" })).toBe("kim-minji");
    expect(baseUsername({ ...profile, name: "김민지" })).toBe("github-user");
  });

  it("always gives a valid username", () => {
    for (const handle of ["a", "--x--", "x".repeat(80), "ＡＢＣ", "__init__"]) {
      expect(usernameSchema.safeParse(baseUsername({ ...profile, handle })).success, handle).toBe(true);
    }
  });
});

describe("usernameCandidates", () => {
  it("adds -2, -3 … and keeps every candidate within the length limit", () => {
    const candidates = usernameCandidates("x".repeat(32), 12);
    expect(candidates[0]).toBe("x".repeat(32));
    expect(candidates[1]).toBe(`${"x".repeat(30)}-2`);
    expect(candidates[11]).toBe(`${"x".repeat(29)}-12`);
    expect(new Set(candidates).size).toBe(12);
    for (const candidate of candidates) expect(usernameSchema.safeParse(candidate).success).toBe(true);
  });
});

describe("assertCanDisconnect", () => {
  it("refuses to take away the last way to sign in", () => {
    expect(() => assertCanDisconnect({ hasPassword: false, providers: ["google"] }, "google")).toThrow(ConflictError);
  });

  it("lets one go while a password or another provider remains", () => {
    expect(() => assertCanDisconnect({ hasPassword: true, providers: ["google"] }, "google")).not.toThrow();
    expect(() => assertCanDisconnect({ hasPassword: false, providers: ["google", "kakao"] }, "google")).not.toThrow();
  });
});

describe("setPasswordInput", () => {
  it("needs the two entries to match", () => {
    expect(setPasswordInput.safeParse({ newPassword: "long enough 1", confirmPassword: "long enough 2" }).success).toBe(false);
    expect(setPasswordInput.safeParse({ newPassword: "long enough 1", confirmPassword: "long enough 1" }).success).toBe(true);
  });
});
