import { signIn } from "next-auth/react";
import { changePasswordInput, deleteAccountInput, updateProfileInput } from "@planner/domain";
import { handleLogoutClick } from "~/features/auth/events";
import { errorMessage, serverFieldErrors } from "~/trpc/errors";
import type { DeleteAccountValues, PasswordValues, ProfileValues } from "./types";

// Event handlers of the settings page: each validates with the server's own
// schema, calls the mutation (or next-auth) and turns the outcome into field
// errors, a toast, a refresh or a redirect. The views only render and wire them.

/** The tRPC mutations, as plain async functions. */
export type SettingsApi = {
  updateProfile(input: ProfileValues): Promise<{ name: string; timeZone: string }>;
  changePassword(input: PasswordValues): Promise<unknown>;
  deleteAccount(input: DeleteAccountValues): Promise<unknown>;
};

export type SettingsNotices = { success(message: string): void; error(message: string): void };

export type SettingsEffects = {
  api: SettingsApi;
  notices: SettingsNotices;
  /** Re-renders the server parts (the header's name, the calendar's zone). */
  refresh(): void;
  /** A full load of another page, e.g. /login once the session is gone. */
  leave(url: string): void;
};

/** What a handler may do to its form. */
export type SettingsFormUi<Field extends string> = {
  setFieldError(field: Field, message: string): void;
  setFormError(message: string | undefined): void;
};

/** "Save profile". */
export async function handleProfileSubmit(
  values: ProfileValues,
  effects: SettingsEffects,
  ui: SettingsFormUi<keyof ProfileValues> & { saved(values: ProfileValues): void },
) {
  const parsed = updateProfileInput.safeParse(values);
  if (!parsed.success) return showIssues(parsed.error.issues, ui);
  ui.setFormError(undefined);
  try {
    const saved = await effects.api.updateProfile(parsed.data);
    ui.saved({ name: saved.name, timeZone: saved.timeZone });
  } catch (error) {
    showServerErrors(error, ["name", "timeZone"], ui);
    return;
  }
  effects.notices.success("Profile saved.");
  effects.refresh();
}

/**
 * "Change password". The server ends every session of the account, this one
 * too, so the page logs straight back in with the new password: the person
 * stays where they are, and every other device has to log in again.
 */
export async function handlePasswordChangeSubmit(
  values: PasswordValues,
  username: string,
  effects: SettingsEffects,
  ui: SettingsFormUi<keyof PasswordValues> & { clear(): void },
) {
  const parsed = changePasswordInput.safeParse(values);
  if (!parsed.success) return showIssues(parsed.error.issues, ui);
  ui.setFormError(undefined);
  try {
    await effects.api.changePassword(parsed.data);
  } catch (error) {
    showServerErrors(error, ["currentPassword", "newPassword", "confirmPassword"], ui);
    return;
  }
  let loggedIn = false;
  try {
    const result = await signIn("credentials", { login: username, password: parsed.data.newPassword, redirect: false });
    loggedIn = !!result && !result.error;
  } catch {
    loggedIn = false;
  }
  if (!loggedIn) {
    // Changed, but this session is gone with the others: log in by hand.
    effects.notices.success("Password changed. Log in again with your new password.");
    effects.leave("/login?callbackUrl=%2Fsettings");
    return;
  }
  ui.clear();
  effects.notices.success("Password changed. Other devices have been logged out.");
  effects.refresh();
}

/** "Delete my account" in its dialog: then the session goes too, and so does the page. */
export async function handleAccountDeleteSubmit(values: DeleteAccountValues, effects: SettingsEffects, ui: SettingsFormUi<keyof DeleteAccountValues>) {
  const parsed = deleteAccountInput.safeParse(values);
  if (!parsed.success) return showIssues(parsed.error.issues, ui);
  ui.setFormError(undefined);
  try {
    await effects.api.deleteAccount(parsed.data);
  } catch (error) {
    // The last admin cannot go: that reason is about the account, not the password.
    showServerErrors(error, ["password"], ui);
    return;
  }
  await handleLogoutClick();
}

function showIssues<Field extends string>(issues: { path: PropertyKey[]; message: string }[], ui: SettingsFormUi<Field>) {
  const first = issues[0];
  if (!first) return;
  const field = first.path[0];
  if (typeof field === "string") ui.setFieldError(field as Field, first.message);
  else ui.setFormError(first.message);
}

/** Field messages at their fields; anything else in the form's alert. */
function showServerErrors<Field extends string>(error: unknown, fields: readonly Field[], ui: SettingsFormUi<Field>) {
  const fieldErrors = serverFieldErrors(error);
  const known = fields.filter((field) => fieldErrors[field]?.[0]);
  for (const field of known) ui.setFieldError(field, fieldErrors[field]![0]!);
  if (known.length === 0) ui.setFormError(Object.values(fieldErrors).find((messages) => messages?.[0])?.[0] ?? errorMessage(error));
}
