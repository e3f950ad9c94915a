import type { Database, Follower, Person } from "@planner/db";
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
  loginLookup,
  type Actor,
  type AdminGrantShareValues,
  type AdminRevokeShareValues,
} from "@planner/domain";
import { found } from "./found";

/**
 * Gives a subscriber read access to an owner's calendar. The subscriber is
 * named by username or email and must be a SUBSCRIBER account.
 */
export async function grantShare(db: Database, actor: Actor, input: AdminGrantShareValues): Promise<Follower[]> {
  // A subscriber account's own calendar is read-only and empty: nothing to share.
  if (actor.role === "SUBSCRIBER") throw new ForbiddenError("Subscriber accounts have no calendar to share.", "subscriberCannotShare");
  const subscriber = await db.users.findByLogin(loginLookup(input.subscriber));
  if (!subscriber) throw new ValidationError("No account has that username or email.", { subscriber: ["No account has that username or email."] }, "noSuchAccount");
  if (subscriber.role !== "SUBSCRIBER") {
    // Named as the caller named it: an e-mail address typed here must not come back as its account's username.
    const named = input.subscriber.trim();
    throw new ValidationError("Only subscriber accounts can follow a calendar.", { subscriber: [`${named} is not a subscriber account.`] }, "notASubscriber", {
      username: named,
    });
  }
  if (subscriber.id === input.ownerId) throw new ConflictError("subscriber", "That is the calendar's own owner.", "ownCalendar");
  found(await db.users.findById(input.ownerId), "That user", "userNotFound");
  await db.subscriptions.grant(subscriber.id, input.ownerId, actor.userId);
  return db.subscriptions.followersOf(input.ownerId);
}

export async function revokeShare(db: Database, input: AdminRevokeShareValues): Promise<Follower[]> {
  if (!(await db.subscriptions.revoke(input.subscriberId, input.ownerId))) throw new NotFoundError("That follower", "followerNotFound");
  return db.subscriptions.followersOf(input.ownerId);
}

/** Who follows an account's calendar; an account that does not exist is not found (not an empty list). */
export async function followersOf(db: Database, ownerId: string): Promise<Follower[]> {
  const followers = await db.subscriptions.followersOf(ownerId);
  // Only an empty answer costs the second query.
  if (followers.length === 0) found(await db.users.findById(ownerId), "That user", "userNotFound");
  return followers;
}

export function calendarsSharedWith(db: Database, actor: Actor): Promise<{ owner: Person; grantedAt: Date }[]> {
  return db.subscriptions.followedBy(actor.userId);
}
