import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { deferred, fakeNotices, fakeOptimisticCache } from "~/test-support/fakes";
import { UNREACHABLE, networkFailure, serverRefusal } from "~/test-support/server-answers";
import { handleShareGrantSubmit, handleShareRevokeConfirm, type SharingApi, type SharingEffects } from "./events";
import { applyFollowersChange, type FollowersChange } from "./followers-cache";
import type { Follower } from "./types";

function follower(username: string, name: string, grantedAt: string): Follower {
  return { subscriber: { id: randomUUID(), username, name, email: `${username}@example.com` }, grantedAt: new Date(grantedAt), grantedBy: null };
}

const kim = follower("kim", "Kim", "2030-01-01T00:00:00Z");
const lee = follower("lee", "Lee", "2030-01-02T00:00:00Z");
const park = follower("park", "Park", "2030-01-03T00:00:00Z");

function setUp(api: Partial<SharingApi> = {}) {
  const { cache, state } = fakeOptimisticCache([kim, lee, park], (list: Follower[], change: FollowersChange) => applyFollowersChange(list, change));
  const effects: SharingEffects = {
    api: { grant: vi.fn(), revoke: vi.fn(), ...api },
    cache: { ...cache, current: state },
    notices: fakeNotices(),
  };
  return { effects, cache, shown: state };
}

const grantUi = () => ({ setFieldError: vi.fn(), clear: vi.fn() });

describe("handleShareGrantSubmit", () => {
  it("shares, shows the server's list and names who was added", async () => {
    const choi = follower("choi", "Choi", "2030-01-04T00:00:00Z");
    const { effects, shown, cache } = setUp({ grant: vi.fn().mockResolvedValue([kim, lee, park, choi]) });
    const ui = grantUi();
    await handleShareGrantSubmit({ subscriber: " Choi@Example.com " }, effects, ui);
    expect(effects.api.grant).toHaveBeenCalledWith({ subscriber: "choi@example.com" });
    expect(shown()).toEqual([kim, lee, park, choi]);
    expect(ui.clear).toHaveBeenCalled();
    expect(effects.notices.success).toHaveBeenCalledWith("Choi can now see this calendar.");
    expect(cache.settle).toHaveBeenCalledTimes(1);
  });

  it("says who already follows, without asking the server", async () => {
    const { effects } = setUp();
    const ui = grantUi();
    await handleShareGrantSubmit({ subscriber: "LEE" }, effects, ui);
    expect(ui.setFieldError).toHaveBeenCalledWith("Lee (@lee) already follows this calendar.");
    await handleShareGrantSubmit({ subscriber: "  " }, effects, ui);
    expect(ui.setFieldError).toHaveBeenLastCalledWith("Enter the subscriber's username or email.");
    expect(effects.api.grant).not.toHaveBeenCalled();
  });

  it("shows the server's reason at the field and keeps what was typed", async () => {
    const refusal = serverRefusal("Only subscribers can follow a calendar.", { fieldErrors: { subscriber: ["Only subscribers can follow a calendar."] } });
    const { effects, shown } = setUp({ grant: vi.fn().mockRejectedValue(refusal) });
    const ui = grantUi();
    await handleShareGrantSubmit({ subscriber: "sam" }, effects, ui);
    expect(ui.setFieldError).toHaveBeenCalledWith("Only subscribers can follow a calendar.");
    expect(ui.clear).not.toHaveBeenCalled();
    expect(effects.notices.error).not.toHaveBeenCalled();
    expect(shown()).toEqual([kim, lee, park]);
  });

  it("says a refusal about no field in a toast", async () => {
    const { effects } = setUp({ grant: vi.fn().mockRejectedValue(serverRefusal("Subscribers cannot share a calendar.", { code: "FORBIDDEN" })) });
    const ui = grantUi();
    await handleShareGrantSubmit({ subscriber: "sam" }, effects, ui);
    expect(effects.notices.error).toHaveBeenCalledWith("Subscribers cannot share a calendar.");
    expect(ui.setFieldError).not.toHaveBeenCalled();
  });

  it("says so when the server cannot be reached", async () => {
    const { effects, shown, cache } = setUp({ grant: vi.fn().mockRejectedValue(networkFailure()) });
    await handleShareGrantSubmit({ subscriber: "sam" }, effects, grantUi());
    expect(effects.notices.error).toHaveBeenCalledWith(UNREACHABLE);
    expect(shown()).toEqual([kim, lee, park]);
    expect(cache.settle).toHaveBeenCalledTimes(1);
  });
});

describe("handleShareRevokeConfirm", () => {
  it("takes the follower off the list at once and keeps the server's list", async () => {
    const answer = deferred<Follower[]>();
    const { effects, shown } = setUp({ revoke: vi.fn(() => answer.promise) });
    const done = handleShareRevokeConfirm(lee, effects);
    expect(effects.api.revoke).toHaveBeenCalledWith({ subscriberId: lee.subscriber.id });
    expect(shown()).toEqual([kim, park]);
    answer.resolve([kim, park]);
    await done;
    expect(shown()).toEqual([kim, park]);
    expect(effects.notices.success).toHaveBeenCalledWith("Lee can no longer see this calendar.");
  });

  it("puts the follower back in their place when the server refuses", async () => {
    const { effects, shown } = setUp({ revoke: vi.fn().mockRejectedValue(serverRefusal("That calendar is not yours.", { code: "FORBIDDEN" })) });
    await handleShareRevokeConfirm(lee, effects);
    expect(shown()).toEqual([kim, lee, park]);
    expect(effects.notices.error).toHaveBeenCalledWith("That calendar is not yours.");
    expect(effects.notices.success).not.toHaveBeenCalled();
  });

  it("puts the follower back in their place when the server cannot be reached", async () => {
    const { effects, shown } = setUp({ revoke: vi.fn().mockRejectedValue(networkFailure()) });
    await handleShareRevokeConfirm(kim, effects);
    expect(shown()).toEqual([kim, lee, park]);
    expect(effects.notices.error).toHaveBeenCalledWith(UNREACHABLE);
  });
});
