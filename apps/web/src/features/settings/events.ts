import { MAX_REMINDERS, MAX_REMINDER_MINUTES, allDayReminderMinutes, remindersOf, type WeekStartDay } from "@planner/domain";
import { settingsSchemas } from "~/features/settings/load-settings-schemas";
import { handleLogoutClick, type SessionEffects } from "~/features/auth/events";
import type { Notices } from "~/kit/effects";
import { tr } from "~/i18n/translator";
import { showIssues, showRefusal, type FormErrorsUi } from "~/kit/form-errors";
import { issueMessage } from "~/kit/issue-messages";
import { errorMessage } from "~/trpc/errors";
import type { DeleteAccountValues, PasswordValues, ProfileValues } from "./types";

// Event handlers of the settings page: each validates with the server's own
// schema, calls the mutation (or next-auth) and turns the outcome into field
// errors, a toast, a refresh or a redirect. The views only render and wire them.

/** The tRPC mutations, as plain async functions. */
export type SettingsApi = {
  updateProfile: (input: ProfileValues) => Promise<{ name: string; timeZone: string }>;
  changePassword: (input: PasswordValues) => Promise<{ tokensRevoked: number }>;
  deleteAccount: (input: DeleteAccountValues) => Promise<unknown>;
  updateWeekStart: (input: { weekStart: WeekStartDay | null }) => Promise<unknown>;
  updateReminderDefaults: (input: ReminderDefaultsInput) => Promise<ReminderDefaultsInput>;
};

type Reminders = { minutesBefore: number }[];
type ReminderDefaultsInput = { timed: Reminders; allDay: Reminders };
/** The defaults as the Reminders section holds them: minutes before, for each kind of schedule. */
export type ReminderDefaults = { timed: number[]; allDay: number[] };
export type ReminderKind = keyof ReminderDefaults;

/** The mutations, toasts, the session (logging back in, or out) and `leave`, a full load of another page. */
export type SettingsEffects = SessionEffects & {
  api: SettingsApi;
  notices: Notices;
  /** Re-renders the server parts (the header's name, the calendar's zone). */
  refresh: () => void;
  /** The API tokens were revoked elsewhere than their own list: load it again. */
  apiTokensChanged: () => void;
};

/** What a handler may do to its form. */
type SettingsFormUi<Field extends string> = FormErrorsUi<Field> & { setFormError: (message: string | undefined) => void };

const PROFILE_FIELDS = ["name", "timeZone"] as const;
const PASSWORD_FIELDS = ["currentPassword", "newPassword", "confirmPassword"] as const;
const DELETE_ACCOUNT_FIELDS = ["password"] as const;

/** "Save profile". */
export async function handleProfileSubmit(
  values: ProfileValues,
  effects: SettingsEffects,
  ui: SettingsFormUi<keyof ProfileValues> & { saved: (values: ProfileValues) => void },
) {
  const { updateProfileInput } = settingsSchemas.now ?? (await settingsSchemas.load());
  const parsed = updateProfileInput.safeParse(values);
  if (!parsed.success) return showIssues(parsed.error.issues, PROFILE_FIELDS, ui);
  ui.setFormError(undefined);
  try {
    const saved = await effects.api.updateProfile(parsed.data);
    ui.saved({ name: saved.name, timeZone: saved.timeZone });
  } catch (error) {
    showRefusal(error, PROFILE_FIELDS, ui);
    return;
  }
  effects.notices.success(tr("settings.profileSaved"));
  effects.refresh();
}

/** Settings → Appearance → "Week starts on": saved at once; the calendar is drawn again from it. */
export async function handleWeekStartChange(weekStart: WeekStartDay | null, effects: SettingsEffects) {
  try {
    await effects.api.updateWeekStart({ weekStart });
  } catch (error) {
    effects.notices.error(errorMessage(error));
    return;
  }
  effects.notices.success(tr("settings.weekStartSaved"));
  effects.refresh();
}

/**
 * "Change password". The server ends every session of the account, this one
 * too (and programs' password-grant log-ins with them), so the page logs
 * straight back in with the new password: the person stays where they are,
 * and every other device has to log in again. Personal API tokens go too
 * only when "Also revoke my API tokens" is ticked.
 */
export async function handlePasswordChangeSubmit(
  values: PasswordValues,
  username: string,
  effects: SettingsEffects,
  ui: SettingsFormUi<keyof PasswordValues> & { clear: () => void },
) {
  const { changePasswordInput } = settingsSchemas.now ?? (await settingsSchemas.load());
  const parsed = changePasswordInput.safeParse(values);
  if (!parsed.success) return showIssues(parsed.error.issues, PASSWORD_FIELDS, ui);
  ui.setFormError(undefined);
  let tokensRevoked = 0;
  try {
    ({ tokensRevoked } = await effects.api.changePassword(parsed.data));
  } catch (error) {
    showRefusal(error, PASSWORD_FIELDS, ui);
    return;
  }
  let loggedIn = false;
  try {
    const result = await effects.session.logIn({ login: username, password: parsed.data.newPassword });
    loggedIn = !!result && !result.error;
  } catch {
    loggedIn = false;
  }
  if (!loggedIn) {
    // Changed, but this session is gone with the others: log in by hand.
    effects.notices.success(tr("settings.passwordChangedLogIn"));
    effects.leave("/login?callbackUrl=%2Fsettings");
    return;
  }
  ui.clear();
  // Only now: read before the log-in, the list would fail with the ended session.
  if (tokensRevoked > 0) effects.apiTokensChanged();
  effects.notices.success(tokensRevoked > 0 ? tr("settings.passwordChangedTokens", { count: tokensRevoked }) : tr("settings.passwordChanged"));
  effects.refresh();
}

/** "Delete my account" in its dialog: then the session goes too, and so does the page. */
export async function handleAccountDeleteSubmit(values: DeleteAccountValues, effects: SettingsEffects, ui: SettingsFormUi<keyof DeleteAccountValues>) {
  const { deleteAccountInput } = settingsSchemas.now ?? (await settingsSchemas.load());
  const parsed = deleteAccountInput.safeParse(values);
  if (!parsed.success) return showIssues(parsed.error.issues, DELETE_ACCOUNT_FIELDS, ui);
  ui.setFormError(undefined);
  try {
    await effects.api.deleteAccount(parsed.data);
  } catch (error) {
    // The last admin cannot go: that reason is about the account, not the password.
    showRefusal(error, DELETE_ACCOUNT_FIELDS, ui);
    return;
  }
  // The account is gone: if the log-out fails, its session fails on the next request anyway.
  await handleLogoutClick(effects, { failed: () => effects.leave("/login") });
}

/** What the Reminders section shows: the defaults as they are now (shown at once, put back if the save fails). */
export type ReminderDefaultsUi = { show: (defaults: ReminderDefaults) => void };

function minutesOf(defaults: ReminderDefaultsInput): ReminderDefaults {
  return { timed: defaults.timed.map((r) => r.minutesBefore), allDay: defaults.allDay.map((r) => r.minutesBefore) };
}

/**
 * Saves the defaults at once, as the week's first day is: shown straight
 * away, then as the server kept them (sorted), or back as they were with the
 * reason if it refused. Returns whether they were saved.
 */
async function saveReminderDefaults(next: ReminderDefaults, current: ReminderDefaults, effects: SettingsEffects, ui: ReminderDefaultsUi): Promise<boolean> {
  // Shown at once: a ticked box that waited for the schemas' chunk (the first
  // change after a page load) sprang back until it came.
  ui.show(next);
  const { updateReminderDefaultsInput } = settingsSchemas.now ?? (await settingsSchemas.load());
  const parsed = updateReminderDefaultsInput.safeParse({ timed: remindersOf(next.timed), allDay: remindersOf(next.allDay) });
  if (!parsed.success) {
    ui.show(current);
    effects.notices.error(issueMessage(parsed.error.issues[0]!));
    return false;
  }
  ui.show(parsed.data);
  try {
    ui.show(minutesOf(await effects.api.updateReminderDefaults({ timed: remindersOf(parsed.data.timed), allDay: remindersOf(parsed.data.allDay) })));
  } catch (error) {
    ui.show(current);
    effects.notices.error(errorMessage(error));
    return false;
  }
  effects.notices.success(tr("settings.remindersSaved"));
  return true;
}

/** Settings → Reminders: a preset ticked or unticked, or a chosen custom time removed. */
export function handleReminderDefaultToggle(kind: ReminderKind, minutes: number, current: ReminderDefaults, effects: SettingsEffects, ui: ReminderDefaultsUi) {
  const chosen = current[kind];
  const next = chosen.includes(minutes) ? chosen.filter((value) => value !== minutes) : [...chosen, minutes];
  return saveReminderDefaults({ ...current, [kind]: next }, current, effects, ui);
}

/** The custom-time form of each kind: minutes before a timed start; days before and a time of day for all-day ones. */
export type CustomReminderForm = { kind: "timed"; minutes: string } | { kind: "allDay"; days: string; time: string };
type CustomField = "minutes" | "days" | "time";

const MAX_DAYS_BEFORE = Math.floor(MAX_REMINDER_MINUTES / 1440);

function wholeNumber(text: string, max: number): number | null {
  const value = text.trim();
  if (!/^\d+$/.test(value)) return null;
  const number = Number(value);
  return number <= max ? number : null;
}

function customMinutes(form: CustomReminderForm, ui: FormErrorsUi<CustomField>): number | null {
  if (form.kind === "timed") {
    const minutes = wholeNumber(form.minutes, MAX_REMINDER_MINUTES);
    if (minutes === null) ui.setFieldError("minutes", tr("settings.customMinutesInvalid", { max: MAX_REMINDER_MINUTES }));
    return minutes;
  }
  const days = wholeNumber(form.days, MAX_DAYS_BEFORE);
  const time = /^(\d{2}):(\d{2})$/.exec(form.time.trim());
  if (days === null) ui.setFieldError("days", tr("settings.customDaysInvalid", { max: MAX_DAYS_BEFORE }));
  if (!time) ui.setFieldError("time", tr("settings.customTimeInvalid"));
  if (days === null || !time) return null;
  return allDayReminderMinutes(days, Number(time[1]) * 60 + Number(time[2]));
}

/** "Add" under a kind's presets: a time of one's own, checked here (whole numbers, in range, new, room for it) before it is saved. */
export async function handleCustomReminderSubmit(
  form: CustomReminderForm,
  current: ReminderDefaults,
  effects: SettingsEffects,
  ui: ReminderDefaultsUi & FormErrorsUi<CustomField> & { clear: () => void },
) {
  const minutes = customMinutes(form, ui);
  if (minutes === null) return;
  const chosen = current[form.kind];
  const field: CustomField = form.kind === "timed" ? "minutes" : "days";
  if (chosen.includes(minutes)) return ui.setFieldError(field, tr("settings.reminderAlreadyChosen"));
  if (chosen.length >= MAX_REMINDERS) return ui.setFieldError(field, tr("settings.remindersAtMost", { max: MAX_REMINDERS }));
  if (await saveReminderDefaults({ ...current, [form.kind]: [...chosen, minutes] }, current, effects, ui)) ui.clear();
}
