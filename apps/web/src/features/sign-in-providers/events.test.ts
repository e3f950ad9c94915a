import { describe, expect, it, vi } from "vitest";
import { fakeFormErrors } from "~/test-support/fakes";
import { networkFailure, serverRefusal } from "~/test-support/server-answers";
import { handleDisconnectClick, handleProviderClick, handleProviderCodeSubmit, handleSetPasswordSubmit, type ProviderEffects } from "./events";

function effects(overrides: Partial<ProviderEffects> = {}): ProviderEffects {
  return { browserTimeZone: () => "Asia/Seoul", rememberTimeZone: vi.fn(), startProviderLogIn: vi.fn().mockResolvedValue(undefined), ...overrides };
}

describe("handleProviderClick", () => {
  it("remembers the browser's zone for a new account, then leaves for the provider", async () => {
    const fake = effects();
    const ui = { setFormError: vi.fn() };
    await handleProviderClick("kakao", "/todos", fake, ui);
    expect(fake.rememberTimeZone).toHaveBeenCalledWith("Asia/Seoul");
    expect(fake.startProviderLogIn).toHaveBeenCalledWith("kakao", "/todos");
    expect(ui.setFormError).not.toHaveBeenCalled();
  });

  it("says the server could not be reached when the log-in cannot start", async () => {
    const ui = { setFormError: vi.fn() };
    await handleProviderClick("google", "/calendar", effects({ browserTimeZone: () => undefined, startProviderLogIn: vi.fn().mockRejectedValue(new TypeError("Failed to fetch")) }), ui);
    expect(ui.setFormError).toHaveBeenCalledWith(expect.stringMatching(/reach/i));
  });
});

describe("handleProviderCodeSubmit", () => {
  function ui() {
    const { form, ui: errors } = fakeFormErrors<"code">();
    return { form, ui: { ...errors, navigate: vi.fn() } };
  }

  it("goes to the calendar with a right code", async () => {
    const { ui: view } = ui();
    await handleProviderCodeSubmit("123456", vi.fn().mockResolvedValue({ error: null }), view);
    expect(view.navigate).toHaveBeenCalledWith("/calendar");
  });

  it("marks a wrong code at the field, and an expired step for the whole form", async () => {
    const wrong = ui();
    await handleProviderCodeSubmit("000000", vi.fn().mockResolvedValue({ error: "CredentialsSignin", code: "second-factor-invalid" }), wrong.ui);
    expect(wrong.form.fieldErrors.code).toMatch(/code/i);
    const expired = ui();
    await handleProviderCodeSubmit("000000", vi.fn().mockResolvedValue({ error: "CredentialsSignin", code: "provider-step-expired" }), expired.ui);
    expect(expired.form.formError).toBe("That log-in took too long. Please start again.");
    expect(expired.ui.navigate).not.toHaveBeenCalled();
  });
});

describe("handleDisconnectClick", () => {
  it("toasts the disconnection, or shows why not", async () => {
    const view = { toast: vi.fn(), setError: vi.fn() };
    await handleDisconnectClick("naver", "Naver", vi.fn().mockResolvedValue({ disconnected: true }), view);
    expect(view.toast).toHaveBeenCalledWith("Naver is disconnected.");
    const refused = serverRefusal("This is your only way to sign in.", { code: "CONFLICT", errorCode: "lastSignInMethod" });
    await handleDisconnectClick("naver", "Naver", vi.fn().mockRejectedValue(refused), view);
    expect(view.setError).toHaveBeenCalledWith("This is your only way to log in. Set a password or connect another service first.");
  });
});

describe("handleSetPasswordSubmit", () => {
  it("calls done after the server set it, and shows a refusal otherwise", async () => {
    const { form, ui } = fakeFormErrors<"newPassword" | "confirmPassword">();
    const done = vi.fn();
    await handleSetPasswordSubmit({ newPassword: "long enough 1", confirmPassword: "long enough 1" }, vi.fn().mockResolvedValue({ passwordSet: true }), { ...ui, done });
    expect(done).toHaveBeenCalled();
    await handleSetPasswordSubmit({ newPassword: "long enough 1", confirmPassword: "long enough 1" }, vi.fn().mockRejectedValue(networkFailure()), { ...ui, done });
    expect(form.formError).toMatch(/reach/i);
  });
});
