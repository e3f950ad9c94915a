import { describe, expect, it } from "vitest";
import { MAX_EMAIL_ATTEMPTS, emailStatusAfterFailure } from "./email-delivery";

describe("emailStatusAfterFailure", () => {
  it("queues a failed e-mail again until the fifth attempt, then gives up", () => {
    expect(MAX_EMAIL_ATTEMPTS).toBe(5);
    expect([1, 2, 3, 4].map(emailStatusAfterFailure)).toEqual(["PENDING", "PENDING", "PENDING", "PENDING"]);
    expect(emailStatusAfterFailure(5)).toBe("FAILED");
    expect(emailStatusAfterFailure(6)).toBe("FAILED");
  });
});
