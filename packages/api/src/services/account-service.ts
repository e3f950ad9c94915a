import { hashPassword, verifyPassword, type Database, type PublicUser } from "@planner/db";
import { NotFoundError, ValidationError, assertKeepsAnAdmin, type Actor } from "@planner/domain";

export function updateProfile(db: Database, actor: Actor, input: { name: string; timeZone: string }): Promise<PublicUser> {
  return db.users.updateProfile(actor.userId, input);
}

/**
 * Needs the current password. Bumps the session version, which signs out
 * every session of the account, this one included: the page logs in again
 * with the new password right away.
 */
export async function changePassword(
  db: Database,
  actor: Actor,
  input: { currentPassword: string; newPassword: string },
): Promise<{ changed: true }> {
  await assertPassword(db, actor.userId, input.currentPassword, "currentPassword");
  await db.users.setPassword(actor.userId, await hashPassword(input.newPassword));
  return { changed: true };
}

/** Deletes the caller's own account and everything of theirs; needs the password; never the last admin. */
export async function deleteOwnAccount(db: Database, actor: Actor, input: { password: string }): Promise<{ deleted: true }> {
  await assertPassword(db, actor.userId, input.password, "password");
  const deleted = await db.users.delete(actor.userId, (target, adminCount) => assertKeepsAnAdmin(target, { deleting: true }, adminCount));
  if (!deleted) throw new NotFoundError("Your account");
  return { deleted: true };
}

async function assertPassword(db: Database, userId: string, password: string, field: string): Promise<void> {
  const account = await db.users.findPasswordHash(userId);
  if (!account) throw new NotFoundError("Your account");
  if (!(await verifyPassword(password, account.passwordHash))) {
    throw new ValidationError("That password is not correct.", { [field]: ["That password is not correct."] });
  }
}
