import { describe, expect, it } from "vitest";
import { rateLimitMessage } from "../errors";
import { logInInput } from "./log-in";
import { loginLookup, looksLikeEmail, signUpInput } from "./schemas";

const valid = { username: "newbie", email: "New@Example.com", password: "correct horse", confirmPassword: "correct horse" };

describe("signUpInput", () => {
  it("normalises a valid sign-up", () => {
    expect(signUpInput.parse(valid)).toMatchObject({ username: "newbie", email: "new@example.com" });
  });

  it("puts a mismatch on confirmPassword", () => {
    const result = signUpInput.safeParse({ ...valid, confirmPassword: "something else" });
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ["confirmPassword"], message: "The passwords do not match." })]);
  });

  it("reports every broken field at once", () => {
    const result = signUpInput.safeParse({ username: "x", email: "nope", password: "short", confirmPassword: "short" });
    const fields = result.error?.issues.map((issue) => issue.path[0]);
    expect(fields).toEqual(expect.arrayContaining(["username", "email", "password"]));
  });

  it("rejects an unknown time zone", () => {
    expect(signUpInput.safeParse({ ...valid, timeZone: "Nowhere/Land" }).success).toBe(false);
  });

  it("rejects missing fields with a message, not a crash", () => {
    expect(signUpInput.safeParse({}).success).toBe(false);
    expect(signUpInput.safeParse(null).success).toBe(false);
  });
});

describe("logInInput", () => {
  it("requires both fields", () => {
    const result = logInInput.safeParse({ login: " ", password: "" });
    expect(result.error?.issues.map((issue) => issue.path[0])).toEqual(["login", "password"]);
  });

  it("tells an email from a username", () => {
    expect(looksLikeEmail("ada@example.com")).toBe(true);
    expect(looksLikeEmail("ada")).toBe(false);
  });

  it("looks a login up trimmed and lower-cased, by email or by username", () => {
    expect(loginLookup(" Ada@Example.COM ")).toEqual({ email: "ada@example.com" });
    expect(loginLookup(" ADA ")).toEqual({ username: "ada" });
  });
});

describe("rateLimitMessage", () => {
  it("rounds up to whole minutes", () => {
    expect(rateLimitMessage(61)).toBe("Too many attempts. Try again in 2 minutes.");
    expect(rateLimitMessage(5)).toBe("Too many attempts. Try again in 1 minute.");
  });
});
