import { describe, expect, it, vi } from "vitest";
import type { SignUpValues } from "@planner/domain";
import { fakeFormErrors } from "~/test-support/fakes";
import { UNREACHABLE, networkFailure, serverRefusal } from "~/test-support/server-answers";
import { handleLoginSubmit, handleLogoutClick, safeCallbackUrl, type SessionEffects } from "./events";
import { handleSignUpSubmit } from "./sign-up-events";

function session(logIn: SessionEffects["session"]["logIn"] = vi.fn().mockResolvedValue({ error: null, code: null })) {
  return { session: { logIn: vi.fn(logIn), logOut: vi.fn().mockResolvedValue(undefined) }, leave: vi.fn() };
}

function formUi<Field extends string>() {
  const { form, ui } = fakeFormErrors<Field>();
  return { form, ui: { ...ui, navigate: vi.fn(), askForCode: vi.fn() } };
}

describe("handleLoginSubmit", () => {
  const values = { login: "sam", password: "sam-secret-1" };

  it("logs in and goes where the person was going", async () => {
    const effects = session();
    const { ui, form } = formUi<"login" | "password" | "code">();
    await handleLoginSubmit(values, "/todos?filter=done", effects, ui);
    expect(effects.session.logIn).toHaveBeenCalledWith(values);
    expect(ui.navigate).toHaveBeenCalledWith("/todos?filter=done");
    expect(form.formError).toBeUndefined();
  });

  it("never follows a link off the site", async () => {
    const { ui } = formUi<"login" | "password" | "code">();
    await handleLoginSubmit(values, "//evil.example/login", session(), ui);
    expect(ui.navigate).toHaveBeenCalledWith("/calendar");
    expect(safeCallbackUrl("/\\evil.example")).toBe("/calendar");
    // The browser drops tabs and line breaks before resolving: "/\t/x" is "//x".
    for (const sneaky of ["/\t/evil.example", "/\n/evil.example", "/\\\\evil.example", "https://evil.example", "javascript:alert(1)"]) {
      expect(safeCallbackUrl(sneaky)).toBe("/calendar");
    }
  });

  it("keeps a same-site path with its query and hash", () => {
    expect(safeCallbackUrl("/calendar?view=month&date=2026-06-01#x")).toBe("/calendar?view=month&date=2026-06-01#x");
    expect(safeCallbackUrl("/settings")).toBe("/settings");
  });

  it("says the credentials are wrong, without saying which", async () => {
    const { ui, form } = formUi<"login" | "password" | "code">();
    await handleLoginSubmit(values, null, session(vi.fn().mockResolvedValue({ error: "CredentialsSignin", code: "credentials" })), ui);
    expect(form.formError).toBe("The username/email or password is incorrect.");
    expect(ui.navigate).not.toHaveBeenCalled();
  });

  it("says how long to wait when the account is rate-limited", async () => {
    const { ui, form } = formUi<"login" | "password" | "code">();
    await handleLoginSubmit(values, null, session(vi.fn().mockResolvedValue({ error: "CredentialsSignin", code: "rate-limited:120" })), ui);
    expect(form.formError).toMatch(/2 minutes/);
    expect(ui.navigate).not.toHaveBeenCalled();
  });

  it("asks for the second step's code when the account has it on, then sends it with the password", async () => {
    const logIn = vi.fn().mockResolvedValueOnce({ error: "CredentialsSignin", code: "second-factor" }).mockResolvedValueOnce({ error: null, code: null });
    const effects = session(logIn);
    const { ui, form } = formUi<"login" | "password" | "code">();
    await handleLoginSubmit(values, null, effects, ui);
    expect(ui.askForCode).toHaveBeenCalled();
    expect(form.formError).toBeUndefined();
    expect(ui.navigate).not.toHaveBeenCalled();
    await handleLoginSubmit({ ...values, code: "123456" }, null, effects, ui);
    expect(effects.session.logIn).toHaveBeenLastCalledWith({ ...values, code: "123456" });
    expect(ui.navigate).toHaveBeenCalledWith("/calendar");
  });

  it("puts a wrong code at the code field", async () => {
    const { ui, form } = formUi<"login" | "password" | "code">();
    await handleLoginSubmit({ ...values, code: "000000" }, null, session(vi.fn().mockResolvedValue({ error: "CredentialsSignin", code: "second-factor-invalid" })), ui);
    expect(form.fieldErrors.code).toMatch(/not correct/);
    expect(ui.navigate).not.toHaveBeenCalled();
  });

  it("says so when the server cannot be reached", async () => {
    const { ui, form } = formUi<"login" | "password" | "code">();
    await handleLoginSubmit(values, null, session(vi.fn().mockRejectedValue(new TypeError("Failed to fetch"))), ui);
    expect(form.formError).toBe(UNREACHABLE);
    expect(ui.navigate).not.toHaveBeenCalled();
  });
});

describe("handleSignUpSubmit", () => {
  const values: SignUpValues = { username: "sam", email: "sam@example.com", password: "sam-secret-1", confirmPassword: "sam-secret-1" };
  type Field = keyof SignUpValues;

  it("makes the account in the browser's zone, logs in and opens the calendar", async () => {
    const signUp = vi.fn().mockResolvedValue({});
    const effects = session();
    const { ui } = formUi<Field>();
    await handleSignUpSubmit(values, signUp, effects, ui);
    expect(signUp).toHaveBeenCalledWith({ ...values, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone, locale: "en" });
    expect(effects.session.logIn).toHaveBeenCalledWith({ login: "sam", password: "sam-secret-1" });
    expect(ui.navigate).toHaveBeenCalledWith("/calendar");
  });

  it("sends to the log-in page when the new account cannot log in straight away", async () => {
    const { ui } = formUi<Field>();
    await handleSignUpSubmit(values, vi.fn().mockResolvedValue({}), session(vi.fn().mockResolvedValue({ error: "CredentialsSignin" })), ui);
    expect(ui.navigate).toHaveBeenCalledWith("/login");
  });

  it("puts the server's field messages at their fields", async () => {
    const refusal = serverRefusal("That username is taken.", { code: "CONFLICT", fieldErrors: { username: ["That username is taken."], email: ["That email is taken."] } });
    const effects = session();
    const { ui, form } = formUi<Field>();
    await handleSignUpSubmit(values, vi.fn().mockRejectedValue(refusal), effects, ui);
    expect(form.fieldErrors).toEqual({ username: "That username is taken.", email: "That email is taken." });
    expect(form.formError).toBeUndefined();
    expect(effects.session.logIn).not.toHaveBeenCalled();
    expect(ui.navigate).not.toHaveBeenCalled();
  });

  it("says a refusal about no field of the form above it", async () => {
    const refusal = serverRefusal("Too many sign-ups from here. Try again in 5 minutes.", { code: "TOO_MANY_REQUESTS" });
    const { ui, form } = formUi<Field>();
    await handleSignUpSubmit(values, vi.fn().mockRejectedValue(refusal), session(), ui);
    expect(form).toEqual({ fieldErrors: {}, formError: "Too many sign-ups from here. Try again in 5 minutes." });
  });

  it("says so when the server cannot be reached", async () => {
    const { ui, form } = formUi<Field>();
    await handleSignUpSubmit(values, vi.fn().mockRejectedValue(networkFailure()), session(), ui);
    expect(form.formError).toBe(UNREACHABLE);
    expect(ui.navigate).not.toHaveBeenCalled();
  });
});

describe("handleLogoutClick", () => {
  it("ends the session, then loads the log-in page", async () => {
    const effects = session();
    const ui = { failed: vi.fn() };
    await handleLogoutClick(effects, ui);
    expect(effects.session.logOut).toHaveBeenCalled();
    expect(effects.leave).toHaveBeenCalledWith("/login");
    expect(ui.failed).not.toHaveBeenCalled();
  });

  it("stays, and says why, when the server cannot be reached to end the session", async () => {
    const effects = session();
    effects.session.logOut.mockRejectedValue(new TypeError("Failed to fetch"));
    const ui = { failed: vi.fn() };
    await handleLogoutClick(effects, ui);
    expect(effects.leave).not.toHaveBeenCalled();
    expect(ui.failed).toHaveBeenCalledWith(expect.stringContaining("still logged in"));
  });
});
