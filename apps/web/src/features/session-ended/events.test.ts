import { TRPCClientError } from "@trpc/client";
import { describe, expect, it, vi } from "vitest";
import { errorMessage } from "~/trpc/errors";
import { handleApiError, logInAgainHref } from "./events";

function answered(code: string) {
  return new TRPCClientError("Your session has ended. Please log in again.", { result: { error: { message: "", code: -32001, data: { code, httpStatus: 401 } } } });
}

describe("handleApiError", () => {
  it("shows the log-in notice when the server says the session ended", () => {
    const effects = { showSessionEnded: vi.fn() };
    expect(handleApiError(answered("UNAUTHORIZED"), effects)).toBe(true);
    expect(effects.showSessionEnded).toHaveBeenCalledOnce();
  });

  it("leaves every other failure to the page (refusals, a server that cannot be reached)", () => {
    const effects = { showSessionEnded: vi.fn() };
    expect(handleApiError(answered("FORBIDDEN"), effects)).toBe(false);
    expect(handleApiError(new TRPCClientError("Failed to fetch"), effects)).toBe(false);
    expect(handleApiError(new Error("boom"), effects)).toBe(false);
    expect(effects.showSessionEnded).not.toHaveBeenCalled();
  });
});

describe("the toast of a call refused for it", () => {
  it("says the session ended in the page's words, not the server's English", () => {
    expect(errorMessage(answered("UNAUTHORIZED"))).toBe("Your session has ended");
  });
});

describe("logInAgainHref", () => {
  it("comes back to the same page and query after log-in", () => {
    expect(logInAgainHref("/calendar", "?view=month&date=2026-06-01")).toBe("/login?callbackUrl=%2Fcalendar%3Fview%3Dmonth%26date%3D2026-06-01");
    expect(logInAgainHref("/todos", "")).toBe("/login?callbackUrl=%2Ftodos");
    expect(logInAgainHref("/todos", "filter=done")).toBe("/login?callbackUrl=%2Ftodos%3Ffilter%3Ddone");
  });
});
