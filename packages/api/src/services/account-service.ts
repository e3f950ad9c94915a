import { hashPassword, verifyPassword, type Database, type PublicUser } from "@planner/db";
import {
  ValidationError,
  type ErrorCode,
  assertKeepsAnAdmin,
  loginAccountKey,
  type Actor,
  type ChangePasswordValues,
  type DeleteAccountValues,
  type UpdateLocaleValues,
  type UpdateThemeValues,
  type UpdateWeekStartValues,
  type UpdateReminderDefaultsValues,
  reminderDefaultsOf,
  type UpdateProfileValues,
  type UpdateTimeZoneValues,
} from "@planner/domain";
import { found } from "./found";
import { assertSavableTimeZone } from "./time-zone-names";

export function updateProfile(db: Database, actor: Actor, input: UpdateProfileValues): Promise<PublicUser> {
  assertSavableTimeZone(input.timeZone);
  return db.users.updateProfile(actor.userId, input);
}

/** The zone the calendar is shown in; the settings page and the sign-up's browser zone set it. */
export async function updateTimeZone(db: Database, actor: Actor, input: UpdateTimeZoneValues): Promise<UpdateTimeZoneValues> {
  assertSavableTimeZone(input.timeZone);
  await db.users.setTimeZone(actor.userId, input.timeZone);
  return { timeZone: input.timeZone };
}

/** The language of the app and of the account's reminders. */
export async function updateLocale(db: Database, actor: Actor, input: UpdateLocaleValues): Promise<UpdateLocaleValues> {
  await db.users.setLocale(actor.userId, input.locale);
  return { locale: input.locale };
}

/** Light, dark or the device's scheme; the browser remembers it too, for the log-in page. */
export async function updateTheme(db: Database, actor: Actor, input: UpdateThemeValues): Promise<UpdateThemeValues> {
  await db.users.setTheme(actor.userId, input.theme);
  return { theme: input.theme };
}

/** The first day of the calendar's weeks; null goes back to the language's. */
export async function updateWeekStart(db: Database, actor: Actor, input: UpdateWeekStartValues): Promise<UpdateWeekStartValues> {
  await db.users.setWeekStart(actor.userId, input.weekStart);
  return { weekStart: input.weekStart };
}

/** Settings → Reminders: what new timed and all-day schedules are reminded with unless they say otherwise. */
export async function updateReminderDefaults(db: Database, actor: Actor, input: UpdateReminderDefaultsValues): Promise<ReturnType<typeof reminderDefaultsOf>> {
  await db.users.setReminderDefaults(actor.userId, input);
  return reminderDefaultsOf(input.timed, input.allDay);
}

/**
 * Needs the current password. Bumps the session version, which signs out
 * every session of the account, this one included: the page logs in again
 * with the new password right away. Programs' sessions end too (their tokens
 * go with them); personal API tokens only when the person asks.
 */
export async function changePassword(db: Database, actor: Actor, input: ChangePasswordValues): Promise<{ changed: true; tokensRevoked: number }> {
  await assertPassword(db, actor.userId, input.currentPassword, "currentPassword");
  await db.users.setPassword(actor.userId, await hashPassword(input.newPassword));
  // The version bump already refuses them; deleting the rows also takes them off the list.
  await db.sessions.deleteAllOf(actor.userId);
  const tokensRevoked = input.revokeTokens === true ? await db.apiTokens.deletePersonalOf(actor.userId) : 0;
  return { changed: true, tokensRevoked };
}

/** Deletes the caller's own account and everything of theirs; needs the password; never the last admin. */
export async function deleteOwnAccount(db: Database, actor: Actor, input: DeleteAccountValues): Promise<{ deleted: true }> {
  await assertPassword(db, actor.userId, input.password, "password");
  await deleteAccount(db, actor.userId, "Your account", "accountNotFound");
  return { deleted: true };
}

/**
 * Deletes an account and, by cascade, everything of theirs; never the last
 * admin. Then clears its account-wide failed-log-in counter, which is keyed
 * by the account's id rather than tied to it by a foreign key. That second step
 * is its own statement: should it fail, counters left behind (and the
 * per-client ones) expire with their window and the worker sweeps them.
 */
export async function deleteAccount(db: Database, userId: string, what: string, code: ErrorCode): Promise<void> {
  const deleted = found(
    await db.users.delete(userId, (target, adminCount) => assertKeepsAnAdmin(target, { deleting: true }, adminCount)),
    what,
    code,
  );
  await db.rateLimits.clear(loginAccountKey(deleted.id));
}

/** Refuses a wrong password as a field error on `field` (the forms that ask for it to confirm). */
export async function assertPassword(db: Database, userId: string, password: string, field: string): Promise<void> {
  const account = found(await db.users.findPasswordHash(userId), "Your account", "accountNotFound");
  if (!(await verifyPassword(password, account.passwordHash))) {
    throw new ValidationError("That password is not correct.", { [field]: ["That password is not correct."] }, "wrongPassword");
  }
}
