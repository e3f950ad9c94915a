import type { Database, PublicUser } from "@planner/db";
import { NotFoundError, assertKeepsAnAdmin, type Actor, type Role } from "@planner/domain";

export async function adminUserById(db: Database, userId: string): Promise<PublicUser> {
  const user = await db.users.findById(userId);
  if (!user) throw new NotFoundError("That user");
  return user;
}

/** USER, ADMIN or SUBSCRIBER; the records follow in the same transaction; never the last admin away. */
export async function changeUserRole(db: Database, actor: Actor, input: { userId: string; role: Role }): Promise<PublicUser> {
  const updated = await db.users.changeRole(input.userId, input.role, actor.userId, (target, adminCount) =>
    assertKeepsAnAdmin(target, { newRole: input.role }, adminCount),
  );
  if (!updated) throw new NotFoundError("That user");
  return updated;
}

/** Deletes an account with everything of theirs; never the last admin. */
export async function deleteUser(db: Database, input: { userId: string }): Promise<{ userId: string }> {
  const deleted = await db.users.delete(input.userId, (target, adminCount) => assertKeepsAnAdmin(target, { deleting: true }, adminCount));
  if (!deleted) throw new NotFoundError("That user");
  return { userId: input.userId };
}
