import { changePasswordInput, deleteAccountInput, updateProfileInput, type WeekStartDay } from "@planner/domain";
import { handleLogoutClick, type SessionEffects } from "~/features/auth/events";
import type { Notices } from "~/kit/effects";
import { tr } from "~/i18n/translator";
import { showIssues, showRefusal, type FormErrorsUi } from "~/kit/form-errors";
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
};

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
  await handleLogoutClick(effects);
}
