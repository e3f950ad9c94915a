import { ConflictError } from "../errors";
import type { Role } from "../user/role";

/**
 * The system must always keep one admin: the last one can be neither demoted
 * nor deleted (by anyone, themselves included).
 */
export function assertKeepsAnAdmin(target: { role: Role }, change: { newRole?: Role; deleting?: boolean }, adminCount: number): void {
  if (target.role !== "ADMIN") return;
  const losesAdmin = change.deleting || (change.newRole !== undefined && change.newRole !== "ADMIN");
  if (losesAdmin && adminCount <= 1) {
    throw new ConflictError(
      change.deleting ? "userId" : "role",
      change.deleting ? "The last admin cannot be deleted. Make someone else an admin first." : "The last admin cannot be demoted. Make someone else an admin first.",
      change.deleting ? "lastAdminDelete" : "lastAdminDemote",
    );
  }
}
