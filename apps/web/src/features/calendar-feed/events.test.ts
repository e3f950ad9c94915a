import { describe, expect, it, vi } from "vitest";
import { fakeNotices } from "~/test-support/fakes";
import { UNREACHABLE, networkFailure, serverRefusal } from "~/test-support/server-answers";
import { feedAddress, maskedFeedAddress } from "./address";
import {
  handleCalendarFeedCopy,
  handleCalendarFeedCreate,
  handleCalendarFeedRevokeConfirm,
  handleCalendarFeedSharedToggle,
  type CalendarFeedEffects,
} from "./events";
import type { CreatedCalendarFeed } from "./types";

const PATH = `/api/calendar/plc_${"x".repeat(43)}.ics`;
const CREATED: CreatedCalendarFeed = {
  path: PATH,
  feed: { hint: "plc_xxxx", includeShared: false, createdAt: new Date("2026-12-01T10:00:00Z"), rotatedAt: new Date("2026-12-01T10:00:00Z") },
};

function setUp(api: Partial<CalendarFeedEffects["api"]> = {}): CalendarFeedEffects {
  return {
    api: { regenerate: vi.fn().mockResolvedValue(CREATED), update: vi.fn().mockResolvedValue({}), revoke: vi.fn().mockResolvedValue({ revoked: true }), ...api },
    notices: fakeNotices(),
    reload: vi.fn().mockResolvedValue(undefined),
    copy: vi.fn().mockResolvedValue(undefined),
    origin: () => "https://planner.example",
  };
}

describe("handleCalendarFeedCreate", () => {
  it("makes the address, hands the full one to the screen once, says so and reloads", async () => {
    const effects = setUp();
    const created = vi.fn();
    await handleCalendarFeedCreate({ replacing: false }, effects, { created });
    expect(effects.api.regenerate).toHaveBeenCalledWith({});
    expect(created).toHaveBeenCalledWith(`https://planner.example${PATH}`);
    expect(effects.notices.success).toHaveBeenCalledWith("Calendar address created. Copy it now.");
    expect(effects.reload).toHaveBeenCalled();
  });

  it("replacing says the old address stopped working; the shared-calendars choice is sent when given", async () => {
    const effects = setUp();
    await handleCalendarFeedCreate({ replacing: true, includeShared: true }, effects, { created: vi.fn() });
    expect(effects.api.regenerate).toHaveBeenCalledWith({ includeShared: true });
    expect(effects.notices.success).toHaveBeenCalledWith("New address created. The old one no longer works.");
  });

  it("a refusal (an API token, say) is shown, and no address", async () => {
    const effects = setUp({
      regenerate: vi.fn().mockRejectedValue(serverRefusal("A calendar feed address is made and changed in Settings, after logging in; not with an API token.", { code: "FORBIDDEN", errorCode: "calendarFeedNeedsLogIn" })),
    });
    const created = vi.fn();
    await handleCalendarFeedCreate({ replacing: false }, effects, { created });
    expect(created).not.toHaveBeenCalled();
    expect(effects.notices.error).toHaveBeenCalledWith("A calendar feed address is made and changed in Settings, after logging in; not with an API token.");
    expect(effects.reload).toHaveBeenCalled();
  });

  it("says when the server could not be reached", async () => {
    const effects = setUp({ regenerate: vi.fn().mockRejectedValue(networkFailure()) });
    await handleCalendarFeedCreate({ replacing: false }, effects, { created: vi.fn() });
    expect(effects.notices.error).toHaveBeenCalledWith(UNREACHABLE);
  });
});

describe("handleCalendarFeedCopy", () => {
  it("copies the address and says so, or says to copy it by hand", async () => {
    const effects = setUp();
    await handleCalendarFeedCopy("https://planner.example/x.ics", effects);
    expect(effects.copy).toHaveBeenCalledWith("https://planner.example/x.ics");
    expect(effects.notices.success).toHaveBeenCalledWith("Address copied.");
    const refused = { ...setUp(), copy: vi.fn().mockRejectedValue(new Error("denied")) };
    await handleCalendarFeedCopy("https://planner.example/x.ics", refused);
    expect(refused.notices.error).toHaveBeenCalledWith("Could not copy. Select the address and copy it by hand.");
  });
});

describe("handleCalendarFeedSharedToggle", () => {
  it("sends the choice, says what the feed now has, and reloads", async () => {
    const effects = setUp();
    await handleCalendarFeedSharedToggle(true, effects);
    expect(effects.api.update).toHaveBeenCalledWith({ includeShared: true });
    expect(effects.notices.success).toHaveBeenCalledWith("The calendars shared with you are now in the feed.");
    await handleCalendarFeedSharedToggle(false, effects);
    expect(effects.notices.success).toHaveBeenLastCalledWith("The feed now has only your own schedules.");
    expect(effects.reload).toHaveBeenCalledTimes(2);
  });

  it("a feed revoked elsewhere meanwhile is said in the person's words, and the section reloads", async () => {
    const effects = setUp({ update: vi.fn().mockRejectedValue(serverRefusal("Your calendar feed was not found.", { code: "NOT_FOUND", errorCode: "calendarFeedNotFound" })) });
    await handleCalendarFeedSharedToggle(true, effects);
    expect(effects.notices.error).toHaveBeenCalledWith("You have no calendar feed address. Create one first.");
    expect(effects.reload).toHaveBeenCalled();
  });
});

describe("handleCalendarFeedRevokeConfirm", () => {
  it("turns the feed off, drops an address still on screen, says so and reloads", async () => {
    const effects = setUp();
    const revoked = vi.fn();
    await handleCalendarFeedRevokeConfirm(effects, { revoked });
    expect(effects.api.revoke).toHaveBeenCalled();
    expect(revoked).toHaveBeenCalled();
    expect(effects.notices.success).toHaveBeenCalledWith("Calendar feed turned off. Its address no longer works.");
    expect(effects.reload).toHaveBeenCalled();
  });

  it("says why it could not", async () => {
    const effects = setUp({ revoke: vi.fn().mockRejectedValue(networkFailure()) });
    const revoked = vi.fn();
    await handleCalendarFeedRevokeConfirm(effects, { revoked });
    expect(revoked).not.toHaveBeenCalled();
    expect(effects.notices.error).toHaveBeenCalledWith(UNREACHABLE);
  });
});

describe("addresses", () => {
  it("puts the path on the page's origin, and masks all but the start later", () => {
    expect(feedAddress("https://planner.example", PATH)).toBe(`https://planner.example${PATH}`);
    expect(maskedFeedAddress("https://planner.example", "plc_Xy3k")).toBe("https://planner.example/api/calendar/plc_Xy3k••••••••.ics");
  });
});
