import { describe, expect, it, vi } from "vitest";
import { fakeFormErrors, fakeNotices } from "~/test-support/fakes";
import { UNREACHABLE, networkFailure, serverRefusal } from "~/test-support/server-answers";
import {
  handleAccountDeleteSubmit,
  handleCustomReminderSubmit,
  handlePasswordChangeSubmit,
  handleReminderDefaultToggle,
  handleProfileSubmit,
  handleWeekStartChange,
  type ReminderDefaults,
  type SettingsApi,
  type SettingsEffects,
} from "./events";

function setUp(api: Partial<SettingsApi> = {}, logIn = vi.fn().mockResolvedValue({ error: null })) {
  const effects: SettingsEffects = {
    api: { updateProfile: vi.fn(), changePassword: vi.fn(), deleteAccount: vi.fn(), updateWeekStart: vi.fn(), updateReminderDefaults: vi.fn(), ...api },
    notices: fakeNotices(),
    refresh: vi.fn(),
    apiTokensChanged: vi.fn(),
    leave: vi.fn(),
    session: { logIn, logOut: vi.fn().mockResolvedValue(undefined) },
  };
  return effects;
}

function formUi<Field extends string>() {
  return fakeFormErrors<Field>();
}

describe("handleProfileSubmit", () => {
  type Field = "name" | "timeZone";

  it("saves the name and zone, says so and re-renders the server's parts", async () => {
    const effects = setUp({ updateProfile: vi.fn().mockResolvedValue({ name: "Sam Lee", timeZone: "Asia/Seoul" }) });
    const { ui, form } = formUi<Field>();
    const saved = vi.fn();
    await handleProfileSubmit({ name: " Sam Lee ", timeZone: "Asia/Seoul" }, effects, { ...ui, saved });
    expect(effects.api.updateProfile).toHaveBeenCalledWith({ name: "Sam Lee", timeZone: "Asia/Seoul" });
    expect(saved).toHaveBeenCalledWith({ name: "Sam Lee", timeZone: "Asia/Seoul" });
    expect(effects.notices.success).toHaveBeenCalledWith("Profile saved.");
    expect(effects.refresh).toHaveBeenCalled();
    expect(form).toEqual({ fieldErrors: {}, formError: undefined });
  });

  it("checks the fields with the server's schema first", async () => {
    const effects = setUp();
    const { ui, form } = formUi<Field>();
    await handleProfileSubmit({ name: "", timeZone: "Mars/Olympus_Mons" }, effects, { ...ui, saved: vi.fn() });
    expect(form.fieldErrors).toEqual({ name: "Enter your name.", timeZone: "Choose a valid time zone." });
    expect(effects.api.updateProfile).not.toHaveBeenCalled();
  });

  it("shows the server's field message and keeps the form as typed", async () => {
    const refusal = serverRefusal("Choose a valid time zone.", { fieldErrors: { timeZone: ["Choose a valid time zone."] } });
    const effects = setUp({ updateProfile: vi.fn().mockRejectedValue(refusal) });
    const { ui, form } = formUi<Field>();
    const saved = vi.fn();
    await handleProfileSubmit({ name: "Sam", timeZone: "Asia/Seoul" }, effects, { ...ui, saved });
    expect(form.fieldErrors).toEqual({ timeZone: "Choose a valid time zone." });
    expect(saved).not.toHaveBeenCalled();
    expect(effects.notices.success).not.toHaveBeenCalled();
    expect(effects.refresh).not.toHaveBeenCalled();
  });

  it("says so above the form when the server cannot be reached", async () => {
    const effects = setUp({ updateProfile: vi.fn().mockRejectedValue(networkFailure()) });
    const { ui, form } = formUi<Field>();
    await handleProfileSubmit({ name: "Sam", timeZone: "UTC" }, effects, { ...ui, saved: vi.fn() });
    expect(form.formError).toBe(UNREACHABLE);
    expect(effects.refresh).not.toHaveBeenCalled();
  });
});

describe("handlePasswordChangeSubmit", () => {
  type Field = "currentPassword" | "newPassword" | "confirmPassword" | "revokeTokens";
  const values = { currentPassword: "old-secret-1", newPassword: "new-secret-22", confirmPassword: "new-secret-22" };

  it("changes the password and logs this browser straight back in", async () => {
    const effects = setUp({ changePassword: vi.fn().mockResolvedValue({ changed: true, tokensRevoked: 0 }) });
    const { ui } = formUi<Field>();
    const clear = vi.fn();
    await handlePasswordChangeSubmit(values, "sam", effects, { ...ui, clear });
    expect(effects.api.changePassword).toHaveBeenCalledWith(values);
    expect(effects.session.logIn).toHaveBeenCalledWith({ login: "sam", password: "new-secret-22" });
    expect(clear).toHaveBeenCalled();
    expect(effects.notices.success).toHaveBeenCalledWith("Password changed. Other devices have been logged out.");
    expect(effects.refresh).toHaveBeenCalled();
    expect(effects.leave).not.toHaveBeenCalled();
    expect(effects.apiTokensChanged).not.toHaveBeenCalled();
  });

  it("with “Also revoke my API tokens”, sends it, counts the revoked tokens and reloads their list", async () => {
    const effects = setUp({ changePassword: vi.fn().mockResolvedValue({ changed: true, tokensRevoked: 2 }) });
    const { ui } = formUi<Field>();
    await handlePasswordChangeSubmit({ ...values, revokeTokens: true }, "sam", effects, { ...ui, clear: vi.fn() });
    expect(effects.api.changePassword).toHaveBeenCalledWith({ ...values, revokeTokens: true });
    expect(effects.apiTokensChanged).toHaveBeenCalled();
    expect(effects.notices.success).toHaveBeenCalledWith("Password changed. Other devices have been logged out and 2 API tokens were revoked.");
  });

  it("sends to the log-in page when logging back in fails", async () => {
    const effects = setUp({ changePassword: vi.fn().mockResolvedValue({ changed: true, tokensRevoked: 0 }) }, vi.fn().mockRejectedValue(new TypeError("Failed to fetch")));
    const { ui } = formUi<Field>();
    await handlePasswordChangeSubmit(values, "sam", effects, { ...ui, clear: vi.fn() });
    expect(effects.notices.success).toHaveBeenCalledWith("Password changed. Log in again with your new password.");
    expect(effects.leave).toHaveBeenCalledWith("/login?callbackUrl=%2Fsettings");
  });

  it("shows a wrong current password at its field", async () => {
    const refusal = serverRefusal("The current password is incorrect.", { fieldErrors: { currentPassword: ["The current password is incorrect."] } });
    const effects = setUp({ changePassword: vi.fn().mockRejectedValue(refusal) });
    const { ui, form } = formUi<Field>();
    const clear = vi.fn();
    await handlePasswordChangeSubmit(values, "sam", effects, { ...ui, clear });
    expect(form.fieldErrors).toEqual({ currentPassword: "The current password is incorrect." });
    expect(effects.session.logIn).not.toHaveBeenCalled();
    expect(clear).not.toHaveBeenCalled();
  });

  it("says so above the form when the server cannot be reached", async () => {
    const effects = setUp({ changePassword: vi.fn().mockRejectedValue(networkFailure()) });
    const { ui, form } = formUi<Field>();
    await handlePasswordChangeSubmit(values, "sam", effects, { ...ui, clear: vi.fn() });
    expect(form.formError).toBe(UNREACHABLE);
    expect(effects.session.logIn).not.toHaveBeenCalled();
  });

  it("checks that the new password is repeated before sending", async () => {
    const effects = setUp();
    const { ui, form } = formUi<Field>();
    await handlePasswordChangeSubmit({ ...values, confirmPassword: "something-else" }, "sam", effects, { ...ui, clear: vi.fn() });
    expect(form.fieldErrors).toEqual({ confirmPassword: "The passwords do not match." });
    expect(effects.api.changePassword).not.toHaveBeenCalled();
  });
});

describe("handleAccountDeleteSubmit", () => {
  it("deletes the account, then logs out and leaves for the log-in page", async () => {
    const effects = setUp({ deleteAccount: vi.fn().mockResolvedValue({}) });
    const { ui } = formUi<"password">();
    await handleAccountDeleteSubmit({ password: "sam-secret-1" }, effects, ui);
    expect(effects.api.deleteAccount).toHaveBeenCalledWith({ password: "sam-secret-1" });
    expect(effects.session.logOut).toHaveBeenCalled();
    expect(effects.leave).toHaveBeenCalledWith("/login");
  });

  it("shows a wrong password at its field and stays", async () => {
    const refusal = serverRefusal("The password is incorrect.", { fieldErrors: { password: ["The password is incorrect."] } });
    const effects = setUp({ deleteAccount: vi.fn().mockRejectedValue(refusal) });
    const { ui, form } = formUi<"password">();
    await handleAccountDeleteSubmit({ password: "wrong" }, effects, ui);
    expect(form.fieldErrors).toEqual({ password: "The password is incorrect." });
    expect(effects.session.logOut).not.toHaveBeenCalled();
  });

  it("shows why the last admin cannot go above the form, not at the password", async () => {
    const refusal = serverRefusal("That user", { code: "CONFLICT", fieldErrors: { userId: ["The last admin cannot be deleted."] } });
    const effects = setUp({ deleteAccount: vi.fn().mockRejectedValue(refusal) });
    const { ui, form } = formUi<"password">();
    await handleAccountDeleteSubmit({ password: "sam-secret-1" }, effects, ui);
    expect(form).toEqual({ fieldErrors: {}, formError: "The last admin cannot be deleted." });
    expect(effects.leave).not.toHaveBeenCalled();
  });

  it("says so above the form when the server cannot be reached", async () => {
    const effects = setUp({ deleteAccount: vi.fn().mockRejectedValue(networkFailure()) });
    const { ui, form } = formUi<"password">();
    await handleAccountDeleteSubmit({ password: "sam-secret-1" }, effects, ui);
    expect(form.formError).toBe(UNREACHABLE);
    expect(effects.session.logOut).not.toHaveBeenCalled();
  });
});

describe("handleWeekStartChange", () => {
  it("saves the day, says so and draws the calendar again", async () => {
    const effects = setUp({ updateWeekStart: vi.fn().mockResolvedValue({ weekStart: "monday" }) });
    await handleWeekStartChange("monday", effects);
    expect(effects.api.updateWeekStart).toHaveBeenCalledWith({ weekStart: "monday" });
    expect(effects.notices.success).toHaveBeenCalledWith("Your weeks now start on the day you chose.");
    expect(effects.refresh).toHaveBeenCalled();
  });

  it("says why when it could not be saved, and changes nothing", async () => {
    const effects = setUp({ updateWeekStart: vi.fn().mockRejectedValue(networkFailure()) });
    await handleWeekStartChange(null, effects);
    expect(effects.notices.error).toHaveBeenCalledWith(UNREACHABLE);
    expect(effects.refresh).not.toHaveBeenCalled();
  });
});

describe("reminder defaults", () => {
  const out = (minutes: number[]) => minutes.map((minutesBefore) => ({ minutesBefore }));
  const current: ReminderDefaults = { timed: [1440, 10], allDay: [900] };
  // The server answers with what it kept, sorted the furthest ahead first.
  const echo = () => vi.fn((input: { timed: { minutesBefore: number }[]; allDay: { minutesBefore: number }[] }) => Promise.resolve(input));

  function remindersUi() {
    const shown: ReminderDefaults[] = [];
    const fields = fakeFormErrors<"minutes" | "days" | "time">();
    return { shown, form: fields.form, ui: { show: (defaults: ReminderDefaults) => shown.push(defaults), ...fields.ui, clear: vi.fn() } };
  }

  it("ticking a preset adds it, shows it at once and saves, sorted", async () => {
    const effects = setUp({ updateReminderDefaults: echo() });
    const { shown, ui } = remindersUi();
    expect(await handleReminderDefaultToggle("timed", 60, current, effects, ui)).toBe(true);
    expect(effects.api.updateReminderDefaults).toHaveBeenCalledWith({ timed: out([1440, 60, 10]), allDay: out([900]) });
    // At once (before the schemas' chunk is there), then in order, then as saved.
    expect(shown).toEqual([
      { timed: [1440, 10, 60], allDay: [900] },
      { timed: [1440, 60, 10], allDay: [900] },
      { timed: [1440, 60, 10], allDay: [900] },
    ]);
    expect(effects.notices.success).toHaveBeenCalledWith("Reminder defaults saved.");
  });

  it("unticking removes it; an empty set is allowed", async () => {
    const effects = setUp({ updateReminderDefaults: echo() });
    const { shown, ui } = remindersUi();
    await handleReminderDefaultToggle("allDay", 900, current, effects, ui);
    expect(shown.at(-1)).toEqual({ timed: [1440, 10], allDay: [] });
  });

  it("puts the defaults back and says why when the server refuses or cannot be reached", async () => {
    const effects = setUp({ updateReminderDefaults: vi.fn().mockRejectedValue(networkFailure()) });
    const { shown, ui } = remindersUi();
    expect(await handleReminderDefaultToggle("timed", 0, current, effects, ui)).toBe(false);
    expect(shown).toEqual([{ timed: [1440, 10, 0], allDay: [900] }, { timed: [1440, 10, 0], allDay: [900] }, current]);
    expect(effects.notices.error).toHaveBeenCalledWith(UNREACHABLE);
    expect(effects.notices.success).not.toHaveBeenCalled();
  });

  it("refuses a sixth reminder before asking the server", async () => {
    const effects = setUp();
    const { shown, ui } = remindersUi();
    await handleReminderDefaultToggle("timed", 0, { timed: [1440, 120, 60, 30, 10], allDay: [] }, effects, ui);
    expect(effects.api.updateReminderDefaults).not.toHaveBeenCalled();
    // Shown ticked at once, then put back.
    expect(shown).toEqual([{ timed: [1440, 120, 60, 30, 10, 0], allDay: [] }, { timed: [1440, 120, 60, 30, 10], allDay: [] }]);
    expect(effects.notices.error).toHaveBeenCalledWith("Keep to 5 reminders.");
  });

  it("adds a custom number of minutes before a timed schedule and clears the field", async () => {
    const effects = setUp({ updateReminderDefaults: echo() });
    const { shown, ui, form } = remindersUi();
    await handleCustomReminderSubmit({ kind: "timed", minutes: " 45 " }, current, effects, ui);
    expect(shown.at(-1)).toEqual({ timed: [1440, 45, 10], allDay: [900] });
    expect(ui.clear).toHaveBeenCalled();
    expect(form.fieldErrors).toEqual({});
  });

  it("adds an all-day reminder some days before at a time of day", async () => {
    const effects = setUp({ updateReminderDefaults: echo() });
    const { shown, ui } = remindersUi();
    // 3 days before at 18:30: 3 × 1440 − 1110 minutes before midnight of the first day.
    await handleCustomReminderSubmit({ kind: "allDay", days: "3", time: "18:30" }, current, effects, ui);
    expect(effects.api.updateReminderDefaults).toHaveBeenCalledWith({ timed: out([1440, 10]), allDay: out([3210, 900]) });
    expect(shown.at(-1)).toEqual({ timed: [1440, 10], allDay: [3210, 900] });
  });

  it("says at the field what is wrong with a custom time, and saves nothing", async () => {
    const effects = setUp();
    for (const [form, errors] of [
      [{ kind: "timed", minutes: "" }, { minutes: "Enter whole minutes from 0 to 40320." }],
      [{ kind: "timed", minutes: "1.5" }, { minutes: "Enter whole minutes from 0 to 40320." }],
      [{ kind: "timed", minutes: "40321" }, { minutes: "Enter whole minutes from 0 to 40320." }],
      [{ kind: "timed", minutes: "10" }, { minutes: "That reminder is already chosen." }],
      [{ kind: "allDay", days: "-1", time: "" }, { days: "Enter whole days from 0 to 28.", time: "Choose a time of day." }],
      [{ kind: "allDay", days: "1", time: "09:00" }, { days: "That reminder is already chosen." }],
    ] as const) {
      const { ui, form: shown } = remindersUi();
      await handleCustomReminderSubmit(form, current, effects, ui);
      expect(shown.fieldErrors).toEqual(errors);
    }
    const { ui, form } = remindersUi();
    await handleCustomReminderSubmit({ kind: "timed", minutes: "3" }, { timed: [1440, 120, 60, 30, 10], allDay: [] }, effects, ui);
    expect(form.fieldErrors).toEqual({ minutes: "Keep to 5 reminders: remove one first." });
    expect(effects.api.updateReminderDefaults).not.toHaveBeenCalled();
  });
});
