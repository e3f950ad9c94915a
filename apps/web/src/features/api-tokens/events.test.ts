import { describe, expect, it, vi } from "vitest";
import { fakeFormErrors, fakeNotices } from "~/test-support/fakes";
import { UNREACHABLE, networkFailure, serverRefusal } from "~/test-support/server-answers";
import { expiryDays, handleApiTokenCreateSubmit, handleApiTokenRevokeConfirm, handleApiTokenSecretCopy, type ApiTokensEffects } from "./events";
import { tokenExpiry, tokenHint } from "./labels";
import type { CreatedApiToken } from "./types";

const TOKEN_ID = "0196f3b0-0000-7000-8000-000000000001";
const CREATED: CreatedApiToken = {
  secret: "pln_Xy3kSECRETSECRETSECRET",
  token: { id: TOKEN_ID, name: "Phone shortcut", scope: "READ", hint: "pln_Xy3k", createdAt: new Date("2026-05-01T10:00:00Z"), lastUsedAt: null, expiresAt: null },
};

function setUp(api: Partial<ApiTokensEffects["api"]> = {}): ApiTokensEffects {
  return {
    api: { create: vi.fn().mockResolvedValue(CREATED), revoke: vi.fn().mockResolvedValue({ revoked: true }), ...api },
    notices: fakeNotices(),
    reload: vi.fn().mockResolvedValue(undefined),
    copy: vi.fn().mockResolvedValue(undefined),
  };
}

describe("handleApiTokenCreateSubmit", () => {
  it("sends the name, scope and days, hands the secret to the screen once and reloads the list", async () => {
    const effects = setUp();
    const { form, ui } = fakeFormErrors<"name" | "scope" | "expiresInDays">();
    const created = vi.fn();
    await handleApiTokenCreateSubmit({ name: "  Phone shortcut ", scope: "READ", expiresInDays: "90" }, effects, { ...ui, created });
    expect(effects.api.create).toHaveBeenCalledWith({ name: "Phone shortcut", scope: "READ", expiresInDays: 90 });
    expect(created).toHaveBeenCalledWith(CREATED);
    expect(effects.notices.success).toHaveBeenCalledWith("Token “Phone shortcut” created. Copy it now.");
    expect(effects.reload).toHaveBeenCalled();
    expect(form.formError).toBeUndefined();
  });

  it("“never” sends no expiry", async () => {
    const effects = setUp();
    const { ui } = fakeFormErrors<"name" | "scope" | "expiresInDays">();
    await handleApiTokenCreateSubmit({ name: "Backup", scope: "READ_WRITE", expiresInDays: "never" }, effects, { ...ui, created: vi.fn() });
    expect(effects.api.create).toHaveBeenCalledWith({ name: "Backup", scope: "READ_WRITE", expiresInDays: null });
  });

  it("a blank name is shown at the field and nothing is sent", async () => {
    const effects = setUp();
    const { form, ui } = fakeFormErrors<"name" | "scope" | "expiresInDays">();
    await handleApiTokenCreateSubmit({ name: "   ", scope: "READ", expiresInDays: "30" }, effects, { ...ui, created: vi.fn() });
    expect(form.fieldErrors.name).toBe("Give the token a name.");
    expect(effects.api.create).not.toHaveBeenCalled();
  });

  it("a scope the account may not have, refused by the server, is said once for the form", async () => {
    const effects = setUp({
      create: vi.fn().mockRejectedValue(serverRefusal("Your account can only make read-only tokens.", { code: "FORBIDDEN", errorCode: "tokenScopeNotAllowed" })),
    });
    const { form, ui } = fakeFormErrors<"name" | "scope" | "expiresInDays">();
    const created = vi.fn();
    await handleApiTokenCreateSubmit({ name: "Sync", scope: "READ_WRITE", expiresInDays: "365" }, effects, { ...ui, created });
    expect(form.formError).toBe("Your account can only make read-only tokens.");
    expect(created).not.toHaveBeenCalled();
    expect(effects.reload).not.toHaveBeenCalled();
  });

  it("says when the server could not be reached", async () => {
    const effects = setUp({ create: vi.fn().mockRejectedValue(networkFailure()) });
    const { form, ui } = fakeFormErrors<"name" | "scope" | "expiresInDays">();
    await handleApiTokenCreateSubmit({ name: "Sync", scope: "READ", expiresInDays: "30" }, effects, { ...ui, created: vi.fn() });
    expect(form.formError).toBe(UNREACHABLE);
  });

  it("turns the menu's values into days", () => {
    expect(expiryDays("never")).toBeNull();
    expect(expiryDays("365")).toBe(365);
  });
});

describe("handleApiTokenSecretCopy", () => {
  it("copies the secret and says so, or says to copy it by hand", async () => {
    const effects = setUp();
    await handleApiTokenSecretCopy(CREATED.secret, effects);
    expect(effects.copy).toHaveBeenCalledWith(CREATED.secret);
    expect(effects.notices.success).toHaveBeenCalledWith("Token copied.");
    const refused = { ...setUp(), copy: vi.fn().mockRejectedValue(new Error("denied")) };
    await handleApiTokenSecretCopy(CREATED.secret, refused);
    expect(refused.notices.error).toHaveBeenCalledWith("Could not copy. Select the token and copy it by hand.");
  });
});

describe("handleApiTokenRevokeConfirm", () => {
  it("revokes the token, says so and reloads the list", async () => {
    const effects = setUp();
    await handleApiTokenRevokeConfirm(CREATED.token, effects);
    expect(effects.api.revoke).toHaveBeenCalledWith({ id: TOKEN_ID });
    expect(effects.notices.success).toHaveBeenCalledWith("Token “Phone shortcut” revoked. Programs using it can no longer sign in with it.");
    expect(effects.reload).toHaveBeenCalled();
  });

  it("says why it could not, and reloads the list all the same", async () => {
    const effects = setUp({ revoke: vi.fn().mockRejectedValue(serverRefusal("That API token was not found.", { code: "NOT_FOUND" })) });
    await handleApiTokenRevokeConfirm(CREATED.token, effects);
    expect(effects.notices.error).toHaveBeenCalledWith("That API token was not found.");
    expect(effects.reload).toHaveBeenCalled();
  });
});

describe("labels", () => {
  const now = Date.parse("2026-05-10T00:00:00Z");
  it("tells a token that never expires, one that will and one that has", () => {
    expect(tokenExpiry({ expiresAt: null }, now)).toEqual({ kind: "never" });
    expect(tokenExpiry({ expiresAt: new Date("2026-06-01T00:00:00Z") }, now).kind).toBe("expires");
    expect(tokenExpiry({ expiresAt: new Date("2026-05-01T00:00:00Z") }, now).kind).toBe("expired");
  });

  it("shows the hint as the start of the secret", () => {
    expect(tokenHint({ hint: "pln_Xy3k" })).toBe("pln_Xy3k…");
  });
});
