import type { Database } from "@planner/db";
import { ConflictError } from "@planner/domain";

/**
 * A friendly early answer when a new account's username or e-mail is taken, at
 * the field to change; the unique indexes still decide races (P2002 → CONFLICT).
 */
export async function assertUsernameAndEmailFree(db: Database, username: string, email: string): Promise<void> {
  const taken = await db.users.findTaken(username, email);
  if (taken.username) throw new ConflictError("username", "That username is already taken.", "usernameTaken");
  if (taken.email) throw new ConflictError("email", "An account with that email address already exists.", "emailTaken");
}
