import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { deferred, fakeNotices, fakeOptimisticCache } from "~/test-support/fakes";
import { UNREACHABLE, networkFailure, serverRefusal } from "~/test-support/server-answers";
import {
  handleRoleChangeConfirm,
  handleUserDeleteSubmit,
  handleUserFiltersClear,
  handleUserRoleFilterChange,
  handleUserSearchChange,
  handleUserSortClick,
  handleUserSortSelect,
  type AdminUserApi,
  type AdminUserChange,
  handleTwoFactorRemoveConfirm,
  type AdminUserEffects,
} from "./events";
import type { AdminUser } from "./types";
import { DEFAULT_USERS_TABLE, type UsersTableState } from "./users-table-state";
import { adminSchemas } from "./load-admin-schemas";

// The role form loads the handlers' schemas once it has drawn; so do these tests,
// so that "at once" means in the same tick, as on the page.
beforeAll(() => adminSchemas.load());

const sam: AdminUser = {
  id: randomUUID(),
  username: "sam",
  email: "sam@example.com",
  name: "Sam",
  role: "USER",
  timeZone: "UTC",
  locale: null,
  theme: null,
  weekStart: null,
  createdAt: new Date("2029-12-01T00:00:00Z"),
  twoFactorEnabled: true,
};

function setUp(api: Partial<AdminUserApi> = {}) {
  // The user's page: what its badge and menu show.
  const { cache, state } = fakeOptimisticCache(sam, (_shown: AdminUser, change: AdminUserChange) => change.after);
  const effects: AdminUserEffects = {
    api: { setRole: vi.fn(), delete: vi.fn(), removeTwoFactor: vi.fn().mockResolvedValue({ userId: "u", removed: true, sessionsEnded: 1 }), ...api },
    cache: { ...cache, forgetUser: vi.fn() },
    notices: fakeNotices(),
    navigate: vi.fn(),
  };
  return { effects, cache: effects.cache, shown: state };
}

describe("the users table's URL", () => {
  const state: UsersTableState = { ...DEFAULT_USERS_TABLE, page: 3 };

  it("searches from the first page, and only when the words changed", () => {
    const navigate = vi.fn();
    handleUserSearchChange("  kim ", state, navigate);
    handleUserSearchChange(" ", state, navigate);
    expect(navigate.mock.calls).toEqual([["/admin?q=kim"]]);
  });

  it("filters by role and clears the search and filter", () => {
    const navigate = vi.fn();
    handleUserRoleFilterChange("SUBSCRIBER", state, navigate);
    handleUserRoleFilterChange("", { ...state, role: "ADMIN" }, navigate);
    handleUserFiltersClear({ ...state, q: "kim", role: "ADMIN", sort: "username", order: "asc" }, navigate);
    expect(navigate.mock.calls).toEqual([["/admin?role=SUBSCRIBER"], ["/admin"], ["/admin?sort=username&order=asc"]]);
  });

  it("sorts by a column head, the other way round on a second click", () => {
    const navigate = vi.fn();
    handleUserSortClick("username", state, navigate);
    handleUserSortClick("username", { ...state, sort: "username", order: "asc" }, navigate);
    expect(navigate.mock.calls).toEqual([["/admin?sort=username&order=asc"], ["/admin?sort=username&order=desc"]]);
  });

  it("sorts from the phone's menu, ignoring what it does not know", () => {
    const navigate = vi.fn();
    handleUserSortSelect("name:desc", state, navigate);
    handleUserSortSelect("password:asc", state, navigate);
    handleUserSortSelect("name:sideways", state, navigate);
    expect(navigate.mock.calls).toEqual([["/admin?sort=name&order=desc"]]);
  });
});

describe("handleRoleChangeConfirm", () => {
  it("shows the new role at once, then the server's answer, with a toast", async () => {
    const answer = deferred<AdminUser>();
    const { effects, shown, cache } = setUp({ setRole: vi.fn(() => answer.promise) });
    const ui = { setError: vi.fn(), saved: vi.fn() };
    const done = handleRoleChangeConfirm(sam, "ADMIN", effects, ui);
    expect(effects.api.setRole).toHaveBeenCalledWith({ userId: sam.id, role: "ADMIN" });
    expect(shown().role).toBe("ADMIN");
    const saved = { ...sam, role: "ADMIN" as const, name: "Sam Lee" };
    answer.resolve(saved);
    await done;
    expect(shown()).toEqual(saved);
    expect(effects.notices.success).toHaveBeenCalledWith("Sam Lee is now an admin.");
    expect(ui.saved).toHaveBeenCalledWith(saved);
    expect(cache.settle).toHaveBeenCalledTimes(1);
  });

  it("asks nothing when the role is the one they have", async () => {
    const { effects } = setUp();
    await handleRoleChangeConfirm(sam, "USER", effects, { setError: vi.fn() });
    expect(effects.api.setRole).not.toHaveBeenCalled();
  });

  it("puts the old role back and shows the server's reason at the menu", async () => {
    const refusal = serverRefusal("At least one admin must remain.", { code: "CONFLICT", fieldErrors: { role: ["At least one admin must remain."] } });
    const { effects, shown, cache } = setUp({ setRole: vi.fn().mockRejectedValue(refusal) });
    const ui = { setError: vi.fn(), saved: vi.fn() };
    await handleRoleChangeConfirm(sam, "SUBSCRIBER", effects, ui);
    expect(shown()).toEqual(sam);
    expect(ui.setError).toHaveBeenLastCalledWith("At least one admin must remain.");
    expect(effects.notices.error).not.toHaveBeenCalled();
    expect(ui.saved).not.toHaveBeenCalled();
    expect(cache.settle).toHaveBeenCalledTimes(1);
  });

  it("puts the old role back with a toast for a refusal about no field", async () => {
    const { effects, shown } = setUp({ setRole: vi.fn().mockRejectedValue(serverRefusal("Admins only.", { code: "FORBIDDEN" })) });
    await handleRoleChangeConfirm(sam, "ADMIN", effects, { setError: vi.fn() });
    expect(shown()).toEqual(sam);
    expect(effects.notices.error).toHaveBeenCalledWith("Admins only.");
  });

  it("puts the old role back when the server cannot be reached", async () => {
    const { effects, shown } = setUp({ setRole: vi.fn().mockRejectedValue(networkFailure()) });
    await handleRoleChangeConfirm(sam, "ADMIN", effects, { setError: vi.fn() });
    expect(shown()).toEqual(sam);
    expect(effects.notices.error).toHaveBeenCalledWith(UNREACHABLE);
  });
});

describe("handleUserDeleteSubmit", () => {
  const dialogUi = () => ({ setError: vi.fn(), setPending: vi.fn(), close: vi.fn() });

  it("asks for the username, exactly, before anything is sent", async () => {
    const { effects } = setUp();
    const ui = dialogUi();
    await handleUserDeleteSubmit(sam, "samuel", effects, ui);
    expect(ui.setError).toHaveBeenCalledWith("Type sam to confirm.");
    expect(effects.api.delete).not.toHaveBeenCalled();
  });

  it("deletes, forgets the user and goes back to the table with a toast", async () => {
    const { effects, cache } = setUp({ delete: vi.fn().mockResolvedValue({ userId: sam.id }) });
    const ui = dialogUi();
    await handleUserDeleteSubmit(sam, " SAM ", effects, ui);
    expect(effects.api.delete).toHaveBeenCalledWith({ userId: sam.id });
    expect(ui.setPending).toHaveBeenCalledWith(true);
    expect(ui.close).toHaveBeenCalled();
    expect(cache.forgetUser).toHaveBeenCalledWith(sam.id);
    expect(cache.settle).toHaveBeenCalled();
    expect(effects.notices.success).toHaveBeenCalledWith("Deleted Sam (@sam) and everything of theirs.");
    expect(effects.navigate).toHaveBeenCalledWith("/admin");
  });

  it("stays open with the server's reason when it refuses", async () => {
    const refusal = serverRefusal("That user", { code: "CONFLICT", fieldErrors: { userId: ["The last admin cannot be deleted."] } });
    const { effects, cache } = setUp({ delete: vi.fn().mockRejectedValue(refusal) });
    const ui = dialogUi();
    await handleUserDeleteSubmit(sam, "sam", effects, ui);
    expect(ui.setPending.mock.calls).toEqual([[true], [false]]);
    expect(ui.setError).toHaveBeenLastCalledWith("The last admin cannot be deleted.");
    expect(ui.close).not.toHaveBeenCalled();
    expect(cache.forgetUser).not.toHaveBeenCalled();
    expect(effects.navigate).not.toHaveBeenCalled();
  });

  it("stays open when the server cannot be reached", async () => {
    const { effects } = setUp({ delete: vi.fn().mockRejectedValue(networkFailure()) });
    const ui = dialogUi();
    await handleUserDeleteSubmit(sam, "sam", effects, ui);
    expect(ui.setPending.mock.calls).toEqual([[true], [false]]);
    expect(ui.setError).toHaveBeenLastCalledWith(UNREACHABLE);
    expect(ui.close).not.toHaveBeenCalled();
  });
});

describe("handleTwoFactorRemoveConfirm", () => {
  it("removes it, shows the user without it and says so", async () => {
    const { effects, shown } = setUp();
    await handleTwoFactorRemoveConfirm(sam, effects);
    expect(effects.api.removeTwoFactor).toHaveBeenCalledWith({ userId: sam.id });
    expect(shown().twoFactorEnabled).toBe(false);
    expect(effects.cache.settle).toHaveBeenCalled();
    expect(effects.notices.success).toHaveBeenCalledWith("Removed two-step verification of Sam and signed them out.");
  });

  it("says why it could not", async () => {
    const { effects, shown } = setUp({ removeTwoFactor: vi.fn().mockRejectedValue(serverRefusal("That user was not found.", { code: "NOT_FOUND" })) });
    await handleTwoFactorRemoveConfirm(sam, effects);
    expect(effects.notices.error).toHaveBeenCalledWith("That user was not found.");
    expect(shown().twoFactorEnabled).toBe(true);
  });
});
