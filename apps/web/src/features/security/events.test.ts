import { describe, expect, it, vi } from "vitest";
import { fakeNotices } from "~/test-support/fakes";
import { UNREACHABLE, networkFailure, serverRefusal } from "~/test-support/server-answers";
import { handleOtherSessionsEnd, handleSessionEnd, type SessionsEffects } from "./events";

function setUp(api: Partial<SessionsEffects["api"]> = {}): SessionsEffects {
  return {
    api: { endSession: vi.fn().mockResolvedValue({ ended: true }), endOtherSessions: vi.fn().mockResolvedValue({ ended: 2 }), ...api },
    notices: fakeNotices(),
    reload: vi.fn().mockResolvedValue(undefined),
  };
}

describe("handleSessionEnd", () => {
  it("signs the session out, says so and reloads the list", async () => {
    const effects = setUp();
    await handleSessionEnd("s-1", effects);
    expect(effects.api.endSession).toHaveBeenCalledWith({ id: "s-1" });
    expect(effects.notices.success).toHaveBeenCalledWith("That session is signed out.");
    expect(effects.reload).toHaveBeenCalled();
  });

  it("says why it could not, and reloads the list all the same", async () => {
    const effects = setUp({ endSession: vi.fn().mockRejectedValue(serverRefusal("That session has already ended.", { code: "NOT_FOUND" })) });
    await handleSessionEnd("s-1", effects);
    expect(effects.notices.error).toHaveBeenCalledWith("That session has already ended.");
    expect(effects.reload).toHaveBeenCalled();
  });
});

describe("handleOtherSessionsEnd", () => {
  it("signs out every other session and counts them", async () => {
    const effects = setUp();
    await handleOtherSessionsEnd(effects);
    expect(effects.notices.success).toHaveBeenCalledWith("Signed out 2 other sessions.");
  });

  it("says when the server could not be reached", async () => {
    const effects = setUp({ endOtherSessions: vi.fn().mockRejectedValue(networkFailure()) });
    await handleOtherSessionsEnd(effects);
    expect(effects.notices.error).toHaveBeenCalledWith(UNREACHABLE);
  });
});
