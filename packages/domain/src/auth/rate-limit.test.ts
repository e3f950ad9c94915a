import { describe, expect, it } from "vitest";
import { ACCOUNT_FAILURE_CEILING, MAX_ACCOUNT_DELAY_SECONDS, accountDelaySeconds } from "./rate-limit";

describe("accountDelaySeconds", () => {
  it("is nothing up to the ceiling, then doubles, up to a cap", () => {
    expect(accountDelaySeconds(0)).toBe(0);
    expect(accountDelaySeconds(ACCOUNT_FAILURE_CEILING)).toBe(0);
    expect(accountDelaySeconds(ACCOUNT_FAILURE_CEILING + 1)).toBe(2);
    expect(accountDelaySeconds(ACCOUNT_FAILURE_CEILING + 3)).toBe(8);
    expect(accountDelaySeconds(ACCOUNT_FAILURE_CEILING + 30)).toBe(MAX_ACCOUNT_DELAY_SECONDS);
  });
});
