import { describe, expect, it, vi } from "vitest";
import { fakeFormErrors } from "~/test-support/fakes";
import { UNREACHABLE, networkFailure, serverRefusal } from "~/test-support/server-answers";
import { handleForgotPasswordSubmit, handleResetPasswordSubmit, tokenFromFragment } from "./events";

const TOKEN = "A".repeat(43);
const values = { token: TOKEN, newPassword: "a new passphrase", confirmPassword: "a new passphrase" };

describe("handleForgotPasswordSubmit", () => {
  it("shows the same 'sent' answer once the server took the request", async () => {
    const { ui, form } = fakeFormErrors<"email">();
    const showSent = vi.fn();
    const request = vi.fn().mockResolvedValue({ accepted: true });
    await handleForgotPasswordSubmit({ email: "sam@example.com" }, request, { ...ui, showSent });
    expect(request).toHaveBeenCalledWith({ email: "sam@example.com" });
    expect(showSent).toHaveBeenCalledWith("sam@example.com");
    expect(form.formError).toBeUndefined();
  });

  it("says when the server could not be reached, and shows nothing as sent", async () => {
    const { ui, form } = fakeFormErrors<"email">();
    const showSent = vi.fn();
    await handleForgotPasswordSubmit({ email: "sam@example.com" }, vi.fn().mockRejectedValue(networkFailure()), { ...ui, showSent });
    expect(showSent).not.toHaveBeenCalled();
    expect(form.formError).toBe(UNREACHABLE);
  });
});

describe("handleResetPasswordSubmit", () => {
  const setUp = () => {
    const { ui, form } = fakeFormErrors<"newPassword" | "confirmPassword">();
    return { form, ui: { ...ui, navigate: vi.fn(), showLinkDead: vi.fn() } };
  };

  it("goes on to log-in with a note once the password is set", async () => {
    const { ui } = setUp();
    await handleResetPasswordSubmit(values, vi.fn().mockResolvedValue({ username: "sam" }), ui);
    expect(ui.navigate).toHaveBeenCalledWith("/login?reset=done");
  });

  it("shows the dead-link state when the link was used or expired meanwhile", async () => {
    const { ui } = setUp();
    const refusal = serverRefusal("This link has expired or was already used. Ask for a new one.", { errorCode: "passwordLinkInvalid", fieldErrors: { token: ["…"] } });
    await handleResetPasswordSubmit(values, vi.fn().mockRejectedValue(refusal), ui);
    expect(ui.showLinkDead).toHaveBeenCalled();
    expect(ui.navigate).not.toHaveBeenCalled();
  });

  it("puts the server's password message at the field", async () => {
    const { ui, form } = setUp();
    const refusal = serverRefusal("Invalid input", { fieldErrors: { newPassword: ["Use at least 8 characters."] } });
    await handleResetPasswordSubmit(values, vi.fn().mockRejectedValue(refusal), ui);
    expect(form.fieldErrors.newPassword).toBe("Use at least 8 characters.");
    expect(ui.showLinkDead).not.toHaveBeenCalled();
  });
});

describe("tokenFromFragment", () => {
  it("reads the token from #token=…, and nothing else", () => {
    expect(tokenFromFragment(`#token=${TOKEN}`)).toBe(TOKEN);
    expect(tokenFromFragment("")).toBeNull();
    expect(tokenFromFragment("#other=1")).toBeNull();
  });
});
