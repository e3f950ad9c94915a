import type { AdminUserRow, Database, PublicUser } from "@planner/db";
import { assertKeepsAnAdmin, type Actor, type AdminListUsersValues, type ChangeRoleValues, type UserIdValues } from "@planner/domain";
import { deleteAccount } from "./account-service";
import { found } from "./found";

/** The admin console's users table (the router requires the admin role). */
export function listUsers(db: Database, input: AdminListUsersValues): Promise<{ items: AdminUserRow[]; total: number }> {
  return db.users.listForAdmin(input);
}

/** One account as the admin console shows it: with whether it has two-step log-in on. */
export type AdminUser = PublicUser & { twoFactorEnabled: boolean };

export async function adminUserById(db: Database, input: UserIdValues): Promise<AdminUser> {
  const user = found(await db.users.findById(input.userId), "That user", "userNotFound");
  return { ...user, twoFactorEnabled: await db.twoFactor.isEnabled(input.userId) };
}

/** USER, ADMIN or SUBSCRIBER; the records follow in the same transaction; never the last admin away. */
export async function changeUserRole(db: Database, actor: Actor, input: ChangeRoleValues): Promise<AdminUser> {
  const updated = await db.users.changeRole(input.userId, input.role, actor.userId, (target, adminCount) =>
    assertKeepsAnAdmin(target, { newRole: input.role }, adminCount),
  );
  const user = found(updated, "That user", "userNotFound");
  return { ...user, twoFactorEnabled: await db.twoFactor.isEnabled(user.id) };
}

/** Deletes an account with everything of theirs; never the last admin. */
export async function deleteUser(db: Database, input: UserIdValues): Promise<UserIdValues> {
  await deleteAccount(db, input.userId, "That user", "userNotFound");
  return { userId: input.userId };
}
