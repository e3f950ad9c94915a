import { describe, expect, it } from "vitest";
import { emailSchema, isValidTimeZone, passwordSchema, usernameSchema, utf8Length } from "./rules";

describe("usernameSchema", () => {
  it.each(["abc", "user_01", "a-b-c", "x".repeat(32)])("accepts %s", (name) => {
    expect(usernameSchema.parse(name)).toBe(name);
  });

  it("trims and lower-cases", () => {
    expect(usernameSchema.parse("  Alice_1 ")).toBe("alice_1");
  });

  it.each([
    ["ab", "at least 3"],
    ["x".repeat(33), "at most 32"],
    ["has space", "only letters"],
    ["émile", "only letters"],
    ["semi;colon", "only letters"],
  ])("rejects %j", (name, message) => {
    const result = usernameSchema.safeParse(name);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain(message);
  });
});

describe("emailSchema", () => {
  it("stores emails lower-cased and trimmed", () => {
    expect(emailSchema.parse("  Ada@Example.COM ")).toBe("ada@example.com");
  });

  it.each(["not-an-email", "a@", "@b.c", ""])("rejects %j", (email) => {
    expect(emailSchema.safeParse(email).success).toBe(false);
  });
});

describe("passwordSchema", () => {
  it("accepts 8 to 72 bytes", () => {
    expect(passwordSchema.safeParse("12345678").success).toBe(true);
    expect(passwordSchema.safeParse("x".repeat(72)).success).toBe(true);
  });

  it("rejects short passwords", () => {
    expect(passwordSchema.safeParse("1234567").error?.issues[0]?.message).toContain("at least 8");
  });

  it("counts bytes, not characters, because bcrypt ignores bytes after 72", () => {
    const emoji = "😀".repeat(19); // 19 characters (38 code units), 76 bytes
    expect(utf8Length(emoji)).toBe(76);
    expect(passwordSchema.safeParse(emoji).error?.issues[0]?.message).toContain("72 bytes");
    expect(passwordSchema.safeParse("x".repeat(73)).success).toBe(false);
  });
});

describe("isValidTimeZone", () => {
  it.each(["UTC", "Europe/Berlin", "Asia/Kathmandu", "America/New_York", "Europe/Kyiv", "Asia/Ho_Chi_Minh"])("accepts %s", (zone) => {
    expect(isValidTimeZone(zone)).toBe(true);
  });

  // Saved by accounts before the picker offered current names only: still valid.
  it.each(["Asia/Calcutta", "Asia/Saigon", "Europe/Kiev", "US/Pacific"])("still accepts the old name %s", (zone) => {
    expect(isValidTimeZone(zone)).toBe(true);
  });

  it.each(["Mars/Olympus", "", "GMT+25"])("rejects %j", (zone) => {
    expect(isValidTimeZone(zone)).toBe(false);
  });
});
