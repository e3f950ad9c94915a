import { describe, expect, it, vi } from "vitest";
import { fakeFormErrors, fakeNotices } from "~/test-support/fakes";
import { UNREACHABLE, networkFailure, serverRefusal } from "~/test-support/server-answers";
import {
  handleOtherSessionsEnd,
  handleRecoveryCodesCopy,
  handleRecoveryCodesDownload,
  handleSessionEnd,
  handleTwoFactorConfirm,
  handleTwoFactorDisable,
  handleTwoFactorStart,
  recoveryCodesText,
  type SessionsEffects,
  type TwoFactorEffects,
} from "./events";

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

function twoFactorEffects(api: Partial<TwoFactorEffects["api"]> = {}): TwoFactorEffects {
  return {
    api: {
      start: vi.fn().mockResolvedValue({ secret: "ABC", otpauthUri: "otpauth://totp/x", qrDataUrl: "data:image/svg+xml;base64,x" }),
      confirm: vi.fn().mockResolvedValue({ recoveryCodes: ["aaaaa-bbbbb", "ccccc-ddddd"] }),
      disable: vi.fn().mockResolvedValue({ disabled: true }),
      ...api,
    },
    notices: fakeNotices(),
    reload: vi.fn().mockResolvedValue(undefined),
    copy: vi.fn().mockResolvedValue(undefined),
    download: vi.fn(),
  };
}

describe("two-step verification", () => {
  it("set up shows the QR code and key from the server", async () => {
    const effects = twoFactorEffects();
    const showEnrolment = vi.fn();
    await handleTwoFactorStart(effects, { showEnrolment });
    expect(showEnrolment).toHaveBeenCalledWith(expect.objectContaining({ secret: "ABC" }));
  });

  it("set up says why it could not, and reloads the status", async () => {
    const effects = twoFactorEffects({ start: vi.fn().mockRejectedValue(serverRefusal("Two-step verification is already on.", { code: "CONFLICT" })) });
    const showEnrolment = vi.fn();
    await handleTwoFactorStart(effects, { showEnrolment });
    expect(showEnrolment).not.toHaveBeenCalled();
    expect(effects.notices.error).toHaveBeenCalledWith("Two-step verification is already on.");
    expect(effects.reload).toHaveBeenCalled();
  });

  it("turning on checks the code's shape first, then shows the recovery codes once", async () => {
    const effects = twoFactorEffects();
    const { form, ui } = fakeFormErrors<"code">();
    const showRecoveryCodes = vi.fn();
    await handleTwoFactorConfirm({ code: "12" }, effects, { ...ui, showRecoveryCodes });
    expect(form.fieldErrors.code).toBe("Enter the 6-digit code from your app.");
    expect(effects.api.confirm).not.toHaveBeenCalled();
    await handleTwoFactorConfirm({ code: "123 456" }, effects, { ...ui, showRecoveryCodes });
    expect(effects.api.confirm).toHaveBeenCalledWith({ code: "123 456" });
    expect(showRecoveryCodes).toHaveBeenCalledWith(["aaaaa-bbbbb", "ccccc-ddddd"]);
  });

  it("a wrong code is shown at the code field", async () => {
    const refusal = serverRefusal("That code is not correct.", { code: "BAD_REQUEST", fieldErrors: { code: ["That code is not correct."] } });
    const effects = twoFactorEffects({ confirm: vi.fn().mockRejectedValue(refusal) });
    const { form, ui } = fakeFormErrors<"code">();
    await handleTwoFactorConfirm({ code: "123456" }, effects, { ...ui, showRecoveryCodes: vi.fn() });
    expect(form.fieldErrors.code).toBe("That code is not correct.");
  });

  it("turning off sends the password and code, says so and reloads", async () => {
    const effects = twoFactorEffects();
    const { ui } = fakeFormErrors<"password" | "code">();
    const done = vi.fn();
    await handleTwoFactorDisable({ password: "pw", code: "aaaaa-bbbbb" }, effects, { ...ui, done });
    expect(effects.api.disable).toHaveBeenCalledWith({ password: "pw", code: "aaaaa-bbbbb" });
    expect(done).toHaveBeenCalled();
    expect(effects.notices.success).toHaveBeenCalledWith("Two-step verification is off.");
    expect(effects.reload).toHaveBeenCalled();
  });

  it("turning off with a wrong password keeps the form open with the reason at the field", async () => {
    const refusal = serverRefusal("That password is not correct.", { code: "BAD_REQUEST", fieldErrors: { password: ["That password is not correct."] } });
    const effects = twoFactorEffects({ disable: vi.fn().mockRejectedValue(refusal) });
    const { form, ui } = fakeFormErrors<"password" | "code">();
    const done = vi.fn();
    await handleTwoFactorDisable({ password: "nope", code: "123456" }, effects, { ...ui, done });
    expect(form.fieldErrors.password).toBe("That password is not correct.");
    expect(done).not.toHaveBeenCalled();
  });

  it("copies and downloads the recovery codes one a line", async () => {
    const effects = twoFactorEffects();
    await handleRecoveryCodesCopy(["aaaaa-bbbbb", "ccccc-ddddd"], effects);
    expect(effects.copy).toHaveBeenCalledWith("aaaaa-bbbbb\nccccc-ddddd\n");
    expect(effects.notices.success).toHaveBeenCalledWith("Recovery codes copied.");
    handleRecoveryCodesDownload(["aaaaa-bbbbb"], effects);
    expect(effects.download).toHaveBeenCalledWith("planner-recovery-codes.txt", "aaaaa-bbbbb\n");
    expect(recoveryCodesText([])).toBe("\n");
  });
});
